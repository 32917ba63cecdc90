import ShellEngine

/// How objects of one type print.
public struct FormatView {
    public enum Shape {
        case table([TableColumn])
        case list([ListEntry])
        /// Lines made from the object (PowerShell's custom controls, such as MatchInfo's `$_.ToString()`).
        case custom((Value) -> [String])
    }

    public var typeName: String
    public var shape: Shape
    /// Header lines a group of objects is shown under (`   TypeName: X`); a new value starts a new group.
    public var groupBy: ((Value) -> [String])?
    /// A custom control shown on its own, without the blank lines around a group (`outOfBand` in PowerShell's
    /// views: WarningRecord, InformationRecord).
    public var isOutOfBand = false

    public init(typeName: String, shape: Shape, groupBy: ((Value) -> [String])? = nil, isOutOfBand: Bool = false) {
        self.typeName = typeName
        self.shape = shape
        self.groupBy = groupBy
        self.isOutOfBand = isOutOfBand
    }
}
