/// A PowerShell hashtable (`@{}`) or ordered dictionary (`[ordered]@{}`).
///
/// Keys compare case-insensitively when they are strings, as PowerShell's default comparer does.
/// Insertion order is kept for both kinds: PowerShell's `@{}` order is a hash order that scripts
/// must not rely on, and a stable order makes output reproducible.
public final class PSHashtable {
    public private(set) var keys: [Value]
    private var values: [Value]
    private var index: [String: Int]
    public var isOrdered: Bool

    public init(isOrdered: Bool = false) {
        self.keys = []
        self.values = []
        self.index = [:]
        self.isOrdered = isOrdered
    }

    public var count: Int { keys.count }

    public var entries: [(key: Value, value: Value)] { Array(zip(keys, values)) }

    public subscript(key: Value) -> Value? {
        get { index[Self.lookupKey(key)].map { values[$0] } }
        set {
            let lookup = Self.lookupKey(key)
            if let newValue {
                if let position = index[lookup] {
                    values[position] = newValue
                } else {
                    index[lookup] = keys.count
                    keys.append(key)
                    values.append(newValue)
                }
            } else if let position = index[lookup] {
                keys.remove(at: position)
                values.remove(at: position)
                index = [:]
                for (offset, key) in keys.enumerated() { index[Self.lookupKey(key)] = offset }
            }
        }
    }

    public subscript(name: String) -> Value? {
        get { self[.string(name)] }
        set { self[.string(name)] = newValue }
    }

    public func containsKey(_ key: Value) -> Bool { index[Self.lookupKey(key)] != nil }

    public func copy() -> PSHashtable {
        let clone = PSHashtable(isOrdered: isOrdered)
        for (key, value) in entries { clone[key] = value }
        return clone
    }

    static func lookupKey(_ key: Value) -> String {
        switch key {
        case .string(let text): return "s:" + VariableKey.of(text)
        case .int(let number): return "n:\(number)"
        case .double(let number): return number == number.rounded() && abs(number) < 1e15 ? "n:\(Int(number))" : "d:\(number)"
        case .bool(let flag): return "b:\(flag)"
        case .enumValue(let value): return "s:" + VariableKey.of(value.name)
        default: return "o:" + LanguagePrimitives.toString(key)
        }
    }
}
