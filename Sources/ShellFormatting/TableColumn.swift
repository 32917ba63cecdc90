import ShellEngine

public struct TableColumn {
    public var label: String
    /// Fixed width; `nil` sizes the column to its content.
    public var width: Int?
    public var alignment: ColumnAlignment
    public var value: (Value) -> Value {
        didSet { propertyName = nil }
    }
    /// The property the column shows, when `value` is the default lookup (tables find it by layout).
    private(set) var propertyName: String?

    public init(_ label: String, width: Int? = nil, alignment: ColumnAlignment = .left, value: ((Value) -> Value)? = nil) {
        self.label = label
        self.width = width
        self.alignment = alignment
        self.propertyName = value == nil ? label : nil
        self.value = value ?? { item in
            if case .object(let object) = item { return object[label] }
            if case .hashtable(let table) = item { return table[label] ?? .null }
            return .null
        }
    }
}
