public enum CaseSensitivity: Equatable, Sendable {
    /// `-eq` (case-insensitive by default)
    case `default`
    /// `-ieq`
    case insensitive
    /// `-ceq`
    case sensitive
}
