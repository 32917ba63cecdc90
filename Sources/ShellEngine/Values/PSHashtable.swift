/// A PowerShell hashtable (`@{}`), ordered dictionary (`[ordered]@{}`) or generic `Dictionary[K,V]`.
///
/// A hashtable's string keys compare case-insensitively, as PowerShell's default comparer does; a
/// `Dictionary[string,V]` compares them exactly (.NET's default comparer is ordinal) unless it was made with
/// an ignore-case comparer. Insertion order is kept for all kinds: PowerShell's `@{}` order is a hash order
/// that scripts must not rely on, and a stable order makes output reproducible.
public final class PSHashtable {
    public private(set) var keys: [Value]
    private var values: [Value]
    private var index: [String: Int]
    public var isOrdered: Bool
    /// A `Dictionary[K,V]`'s key and value types (full names); `nil` for a hashtable or ordered dictionary.
    public private(set) var genericTypes: (key: String, value: String)?
    /// String keys compare exactly (a Dictionary's default).
    public private(set) var caseSensitiveKeys = false

    public init(isOrdered: Bool = false) {
        self.keys = []
        self.values = []
        self.index = [:]
        self.isOrdered = isOrdered
    }

    /// A `Dictionary[key,value]`; `ignoreCase` when made with an ignore-case string comparer.
    public init(keyType: String, valueType: String, ignoreCase: Bool = false) {
        self.keys = []
        self.values = []
        self.index = [:]
        self.isOrdered = false
        self.genericTypes = (keyType, valueType)
        self.caseSensitiveKeys = !ignoreCase
    }

    /// The .NET type name `GetType().FullName` gives.
    public var typeName: String {
        if let genericTypes {
            return GenericTypeName(definition: "System.Collections.Generic.Dictionary`2", arguments: [genericTypes.key, genericTypes.value]).fullName
        }
        return isOrdered ? "System.Collections.Specialized.OrderedDictionary" : "System.Collections.Hashtable"
    }

    public var isDictionary: Bool { genericTypes != nil }

    public var count: Int { keys.count }

    public var entries: [(key: Value, value: Value)] { Array(zip(keys, values)) }

    public subscript(key: Value) -> Value? {
        get { index[lookup(key)].map { values[$0] } }
        set {
            let slot = lookup(key)
            if let newValue {
                if let position = index[slot] {
                    values[position] = newValue
                } else {
                    index[slot] = keys.count
                    keys.append(key)
                    values.append(newValue)
                }
            } else if let position = index[slot] {
                keys.remove(at: position)
                values.remove(at: position)
                reindex()
            }
        }
    }

    public subscript(name: String) -> Value? {
        get { self[.string(name)] }
        set { self[.string(name)] = newValue }
    }

    public func containsKey(_ key: Value) -> Bool { index[lookup(key)] != nil }

    public func copy() -> PSHashtable {
        let clone = PSHashtable(isOrdered: isOrdered)
        clone.genericTypes = genericTypes
        clone.caseSensitiveKeys = caseSensitiveKeys
        for (key, value) in entries { clone[key] = value }
        return clone
    }

    public func removeAll() {
        keys.removeAll()
        values.removeAll()
        index.removeAll()
    }

    /// The entry at `position` in insertion order (an ordered dictionary's `$o[0]`).
    public func entry(at position: Int) -> (key: Value, value: Value)? {
        position >= 0 && position < keys.count ? (keys[position], values[position]) : nil
    }

    /// Replaces the value at `position` (an ordered dictionary's `$o[0] = value`).
    public func setValue(_ value: Value, at position: Int) {
        guard position >= 0, position < values.count else { return }
        values[position] = value
    }

    /// OrderedDictionary.Insert: the key must be new and `position` within 0...count.
    public func insert(_ value: Value, forKey key: Value, at position: Int) {
        guard position >= 0, position <= keys.count, index[lookup(key)] == nil else { return }
        keys.insert(key, at: position)
        values.insert(value, at: position)
        reindex()
    }

    /// OrderedDictionary.RemoveAt.
    public func remove(at position: Int) {
        guard position >= 0, position < keys.count else { return }
        keys.remove(at: position)
        values.remove(at: position)
        reindex()
    }

    private func reindex() {
        index = [:]
        for (offset, key) in keys.enumerated() { index[lookup(key)] = offset }
    }

    func lookup(_ key: Value) -> String { Self.lookupKey(key, caseSensitive: caseSensitiveKeys) }

    static func lookupKey(_ key: Value, caseSensitive: Bool = false) -> String {
        switch key {
        case .string(let text): return "s:" + (caseSensitive ? text : VariableKey.of(text))
        case .dotNet(let char as CharObject): return "c:" + (caseSensitive ? char.text : VariableKey.of(char.text))
        case .dotNet(let integer as IntegerObject): return "n:\(integer.value)"
        // A Guid is a value type: equal Guids are one key (Guid.Equals/GetHashCode), apart from their text.
        case .dotNet(let guid as GuidObject): return "g:" + guid.digits
        case .dotNet(let object): return "r:\(ObjectIdentifier(object).hashValue)"
        case .int(let number): return "n:\(number)"
        case .double(let number): return number == number.rounded() && abs(number) < 1e15 ? "n:\(Int(number))" : "d:\(number)"
        case .bool(let flag): return "b:\(flag)"
        case .enumValue(let value): return "s:" + VariableKey.of(value.name)
        default: return "o:" + LanguagePrimitives.toString(key)
        }
    }
}
