/// What `$name` gives a cmdlet for its `@Parameter var name`: whether the parameter was bound.
public struct ParameterState {
    @usableFromInline let storage: ParameterValues
    @usableFromInline let index: Int

    @usableFromInline
    init(storage: ParameterValues, index: Int) {
        self.storage = storage
        self.index = index
    }

    /// Whether the command line or the pipeline object gave it (PowerShell's `BoundParameters.ContainsKey`).
    public var isBound: Bool { storage[index] != nil }
}
