/// A type literal such as `[int]` or `[System.Math]` used as a value.
public struct TypeReference: Equatable, Sendable {
    /// The canonical full name, e.g. `System.Int32`.
    public var fullName: String

    public init(fullName: String) {
        self.fullName = fullName
    }
}
