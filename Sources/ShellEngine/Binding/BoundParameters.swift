/// The arguments a command received, converted to their parameters' types.
public struct BoundParameters {
    /// Canonical names in binding order.
    public private(set) var names: [String] = []
    /// The values, parallel to `names`. A command binds a handful of parameters, so a linear search with a
    /// case-insensitive comparison that allocates nothing beats hashing a lower-cased copy of the name; it
    /// runs several times for every pipeline object.
    private var values: [Value] = []
    /// Parallel to `names`: the `@Parameter` slot of each (see ``ParameterMetadata/slot``), or -1.
    package private(set) var slots: [Int] = []
    public var parameterSetName: String = ParameterSetMembership.allSets
    /// Arguments no parameter took, for a simple function's or script's `$args`.
    public var remaining: [Value] = []

    public init() {}

    private func index(of name: String) -> Int? {
        for index in names.indices where VariableKey.equal(names[index], name) { return index }
        return nil
    }

    public mutating func set(_ name: String, _ value: Value) {
        set(name, value, slot: nil)
    }

    package mutating func set(_ name: String, _ value: Value, slot: Int?) {
        if let index = index(of: name) {
            values[index] = value
        } else {
            names.append(name)
            values.append(value)
            slots.append(slot ?? -1)
        }
    }

    /// The value at `index` of `names`.
    package func value(at index: Int) -> Value { values[index] }

    public mutating func remove(_ name: String) {
        while let index = index(of: name) {
            names.remove(at: index)
            values.remove(at: index)
            slots.remove(at: index)
        }
    }

    public func has(_ name: String) -> Bool { index(of: name) != nil }

    public subscript(name: String) -> Value? { index(of: name).map { values[$0] } }

    public func string(_ name: String) -> String? {
        guard let value = self[name], !value.isNull else { return nil }
        return LanguagePrimitives.toString(value)
    }

    public func strings(_ name: String) -> [String]? {
        guard let value = self[name], !value.isNull else { return nil }
        return value.enumerated.map { LanguagePrimitives.toString($0) }
    }

    public func int(_ name: String) -> Int? {
        guard let value = self[name], !value.isNull else { return nil }
        return try? LanguagePrimitives.toInt(value, typeName: "System.Int64")
    }

    /// True when the switch was given (and not as `-Switch:$false`).
    public func isOn(_ name: String) -> Bool {
        guard let value = self[name] else { return false }
        return LanguagePrimitives.isTrue(value)
    }

    /// The bound value as a list (a scalar gives one element; `$null` or absent gives none).
    public func list(_ name: String) -> [Value] {
        guard let value = self[name], !value.isNull else { return [] }
        return value.enumerated
    }
}
