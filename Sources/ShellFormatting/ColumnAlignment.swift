import ShellEngine

public enum ColumnAlignment: Sendable {
    case left
    case right
    /// Padded on both sides, the odd blank on the right (TableWriter.cs GenerateRowField).
    case center
    /// Decided by the first row's value (numbers, booleans and enums right).
    case automatic
}
