/// What `$name` gives a cmdlet for its `@Parameter var name`: whether the parameter was bound.
public struct ParameterState {
    /// Whether the command line or the pipeline object gave it (PowerShell's `BoundParameters.ContainsKey`).
    public let isBound: Bool

    @usableFromInline
    init(isBound: Bool) {
        self.isBound = isBound
    }
}
