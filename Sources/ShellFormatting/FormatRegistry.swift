import ShellEngine
/// Registered views per type (what PowerCLI's `*.Format.ps1xml` files provide).
public struct FormatRegistry {
    private var views: [String: FormatView] = [:]

    /// A registry with the engine's own views (Group-Object, Measure-Object, Get-Member, files, ...).
    public init() {
        for view in BuiltinViews.all { views[view.typeName] = view }
    }

    public mutating func register(_ view: FormatView) { views[view.typeName] = view }

    /// The registered view for the first of the value's type names that has one.
    public func view(for value: Value) -> FormatView? {
        guard case .object(let object) = value else { return nil }
        for name in object.typeNames {
            if let view = views[name] { return view }
        }
        return nil
    }

    public var typeNames: [String] { Array(views.keys) }
}

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

public enum ColumnAlignment: Sendable {
    case left
    case right
    /// Decided by the first row's value (numbers, booleans and enums right).
    case automatic
}

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

public struct ListEntry {
    public var label: String
    public var value: (Value) -> Value

    public init(_ label: String, value: ((Value) -> Value)? = nil) {
        self.label = label
        self.value = value ?? { item in
            if case .object(let object) = item { return object[label] }
            return .null
        }
    }
}
