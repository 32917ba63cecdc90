/// The .NET collections scripts build: ArrayList, `List[T]`, `HashSet[T]`, Queue and Stack (plain and generic),
/// and typed arrays (`Byte[]`, `String[]`, `Char[]`...). PowerShell enumerates them in the pipeline, in `foreach`
/// and in operators; Hashtable, OrderedDictionary and `Dictionary[K,V]` are ``PSHashtable``s instead, since
/// PowerShell passes dictionaries down the pipeline whole.
public final class CollectionObject: DotNetObject {
    public enum Kind: Sendable {
        case arrayList, list, hashSet, queue, stack
        /// A typed array: fixed size, elements converted to its element type.
        case array
    }

    public let kind: Kind
    /// The element type's full name for generic collections and typed arrays; `nil` for ArrayList and the plain
    /// Queue and Stack, which take any object.
    public let elementType: String?
    /// In insertion order; a stack's top is last.
    var items: [Value]
    /// A hash set's members by ``PSHashtable/lookupKey(_:caseSensitive:)``.
    private var memberKeys: Set<String> = []
    /// A hash set made with `[StringComparer]::OrdinalIgnoreCase` (or another ignore-case comparer).
    let ignoresCase: Bool
    /// What `Capacity` reports: .NET grows a list's buffer to 4, then doubles it.
    private var reservedCapacity: Int

    init(kind: Kind, elementType: String?, items: [Value] = [], ignoresCase: Bool = false, capacity: Int = 0) {
        self.kind = kind
        self.elementType = elementType
        self.items = []
        self.ignoresCase = ignoresCase
        self.reservedCapacity = capacity
        super.init()
        if kind == .hashSet {
            for item in items { _ = insertMember(item) }
        } else {
            self.items = items
        }
        grow()
    }

    /// The element type's full name, `System.Object` when any object goes.
    var elementTypeName: String { elementType ?? "System.Object" }

    public override var typeNames: [String] {
        switch kind {
        case .array: return [typeName, "System.Array", "System.Object"]
        default: return [typeName, "System.Object"]
        }
    }

    public override var typeName: String {
        switch kind {
        case .arrayList: return "System.Collections.ArrayList"
        case .list: return GenericTypeName(definition: "System.Collections.Generic.List`1", arguments: [elementTypeName]).fullName
        case .hashSet: return GenericTypeName(definition: "System.Collections.Generic.HashSet`1", arguments: [elementTypeName]).fullName
        case .queue:
            guard let elementType else { return "System.Collections.Queue" }
            return GenericTypeName(definition: "System.Collections.Generic.Queue`1", arguments: [elementType]).fullName
        case .stack:
            guard let elementType else { return "System.Collections.Stack" }
            return GenericTypeName(definition: "System.Collections.Generic.Stack`1", arguments: [elementType]).fullName
        case .array: return elementTypeName + "[]"
        }
    }

    override var implementedTypes: [String] {
        switch kind {
        case .arrayList, .list, .array:
            return ["System.Collections.IList", "System.Collections.ICollection", "System.Collections.IEnumerable"]
        case .queue, .stack:
            return ["System.Collections.ICollection", "System.Collections.IEnumerable"]
        case .hashSet:
            return ["System.Collections.IEnumerable"]
        }
    }

    /// Whether PowerShell treats it as a list (`IList`): truth of one element, indexing, `IsFixedSize`.
    public var isList: Bool { kind == .arrayList || kind == .list || kind == .array }

    /// A stack enumerates from its top.
    public override var elements: [Value]? { kind == .stack ? items.reversed() : items }

    public override var text: String { typeName }

    public override var members: [DotNetMember] { collectionMembers }

    override func property(_ lower: String) -> Value? { collectionProperty(lower) }

    override func setProperty(_ lower: String, _ value: Value, call: MethodCall) throws -> Bool {
        try setCollectionProperty(lower, value, call: call)
    }

    override func invoke(_ lower: String, _ arguments: [Value], call: MethodCall) throws -> MethodResult? {
        try invokeCollection(lower, call: call)
    }

    override func element(at index: Value, call: MethodCall) throws -> Value? { try collectionElement(at: index, call: call) }

    override func setElement(at index: Value, _ value: Value, call: MethodCall) throws -> Bool {
        try setCollectionElement(at: index, value, call: call)
    }

    /// A copy of the same kind (`Clone()`, `GetRange`).
    func copy(items newItems: [Value]? = nil) -> CollectionObject {
        CollectionObject(kind: kind, elementType: elementType, items: newItems ?? items, ignoresCase: ignoresCase)
    }

    // MARK: - Storage

    /// Adds a hash set member; false when an equal one is there.
    func insertMember(_ value: Value) -> Bool {
        let key = PSHashtable.lookupKey(value, caseSensitive: !ignoresCase)
        guard memberKeys.insert(key).inserted else { return false }
        items.append(value)
        return true
    }

    func removeMember(_ value: Value) -> Bool {
        let key = PSHashtable.lookupKey(value, caseSensitive: !ignoresCase)
        guard memberKeys.remove(key) != nil else { return false }
        items.removeAll { PSHashtable.lookupKey($0, caseSensitive: !ignoresCase) == key }
        return true
    }

    func containsMember(_ value: Value) -> Bool {
        memberKeys.contains(PSHashtable.lookupKey(value, caseSensitive: !ignoresCase))
    }

    func clear() {
        items.removeAll()
        memberKeys.removeAll()
    }

    /// Keeps `Capacity` as .NET's list reports it after growing.
    func grow() {
        guard kind == .arrayList || kind == .list else { return }
        if items.count > reservedCapacity { reservedCapacity = max(4, reservedCapacity * 2, items.count) }
    }

    var capacity: Int {
        get { reservedCapacity }
        set { reservedCapacity = max(newValue, items.count) }
    }
}
