/// The arguments a command received, converted to their parameters' types.
public struct BoundParameters {
    /// Canonical names in binding order.
    public private(set) var names: [String] = []
    /// The values, parallel to `names`, each with its `@Parameter` slot (see ``ParameterMetadata/slot``) or -1:
    /// one array for both, since binding a command line builds a new set of these for every command. A command
    /// binds a handful of parameters, so a linear search with a case-insensitive comparison that allocates
    /// nothing beats hashing a lower-cased copy of the name; it runs several times for every pipeline object.
    private var entries: [Entry] = []

    /// A struct, not a tuple: an array of tuples is destroyed element by element through the tuple's generic
    /// value witnesses (20 M instructions over 10,000 statements).
    private struct Entry {
        var value: Value
        var slot: Int
    }
    public var parameterSetName: String = ParameterSetMembership.allSets
    /// Arguments no parameter took, for a simple function's or script's `$args`.
    public var remaining: [Value] = []
    /// Set by a binder replaying a plan that found no mandatory parameter missing, so that completing them looks
    /// nothing up; removing a parameter clears it.
    package var missesNoMandatory = false

    public init() {}

    /// Room for `count` parameters, when the binder knows how many it binds.
    package mutating func reserveCapacity(_ count: Int) {
        names.reserveCapacity(count)
        entries.reserveCapacity(count)
    }

    private func index(of name: String) -> Int? {
        for index in names.indices where VariableKey.equal(names[index], name) { return index }
        return nil
    }

    public mutating func set(_ name: String, _ value: Value) {
        set(name, value, slot: nil)
    }

    package mutating func set(_ name: String, _ value: Value, slot: Int?) {
        if let index = index(of: name) {
            entries[index].value = value
        } else {
            names.append(name)
            entries.append(Entry(value: value, slot: slot ?? -1))
        }
    }

    /// The value at `index` of `names`.
    package func value(at index: Int) -> Value { entries[index].value }

    /// The `@Parameter` slot of the parameter at `index` of `names`, or -1 (a common parameter, or one set by name).
    package func slot(at index: Int) -> Int { entries[index].slot }

    public mutating func remove(_ name: String) {
        missesNoMandatory = false
        while let index = index(of: name) {
            names.remove(at: index)
            entries.remove(at: index)
        }
    }

    public func has(_ name: String) -> Bool { index(of: name) != nil }

    public subscript(name: String) -> Value? { index(of: name).map { entries[$0].value } }

    /// Whether a parameter without a slot is bound (every common parameter is such).
    package var hasUnslottedParameter: Bool { entries.contains { $0.slot < 0 } }

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
