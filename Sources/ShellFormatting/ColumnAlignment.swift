import ShellEngine

public enum ColumnAlignment: Sendable {
    case left
    case right
    /// Decided by the first row's value (numbers, booleans and enums right).
    case automatic
}
