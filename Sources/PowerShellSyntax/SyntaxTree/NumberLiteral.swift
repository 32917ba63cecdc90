public enum NumberLiteral: Equatable, Sendable {
    case int(Int32)
    case long(Int64)
    case double(Double)
    /// `1.5d`; kept as text so no precision is lost.
    case decimal(String)
}
