/// Registered views per type (what PowerCLI's `*.Format.ps1xml` files provide) and the enums the
/// shell knows by name.
public struct FormatRegistry {
    private var views: [String: FormatView] = [:]
    private var enums: [String: EnumType] = [:]

    /// A registry with the engine's own views (Group-Object, Measure-Object, Get-Member, files, ...).
    public init() {
        for view in BuiltinViews.all { views[view.typeName] = view }
    }

    public mutating func register(_ view: FormatView) { views[view.typeName] = view }

    public mutating func register(_ type: EnumType) { enums[type.name] = type }

    /// The registered view for the first of the value's type names that has one.
    public func view(for value: Value) -> FormatView? {
        guard case .object(let object) = value else { return nil }
        for name in object.typeNames {
            if let view = views[name] { return view }
        }
        return nil
    }

    public func enumeration(_ name: String) -> EnumType? { enums[name] }

    public var knownTypeNames: [String] { Array(views.keys) + Array(enums.keys) }
}

/// A .NET enum type: its name and member names in value order.
public struct EnumType: Sendable {
    public var name: String
    public var names: [String]

    public init(name: String, names: [String]) {
        self.name = name
        self.names = names
    }

    public func value(named text: String) -> EnumValue? {
        guard let index = names.firstIndex(where: { CaseInsensitiveText.equal($0, text) }) else { return nil }
        return EnumValue(typeName: name, name: names[index], rawValue: index)
    }
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
