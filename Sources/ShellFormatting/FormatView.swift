import ShellEngine

/// How objects of one type print.
public struct FormatView {
    public enum Shape {
        case table([TableColumn])
        case list([ListEntry])
    }

    public var typeName: String
    public var shape: Shape
    /// Header lines a group of objects is shown under (`   TypeName: X`); a new value starts a new group.
    public var groupBy: ((Value) -> [String])?

    public init(typeName: String, shape: Shape, groupBy: ((Value) -> [String])? = nil) {
        self.typeName = typeName
        self.shape = shape
        self.groupBy = groupBy
    }
}
