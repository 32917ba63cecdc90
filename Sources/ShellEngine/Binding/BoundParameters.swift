/// The arguments a command received, converted to their parameters' types.
public struct BoundParameters {
    private(set) var values: [String: Value] = [:]
    /// Canonical names in binding order.
    public private(set) var names: [String] = []
    public var parameterSetName: String = ParameterSetMembership.allSets

    public init() {}

    public mutating func set(_ name: String, _ value: Value) {
        let key = VariableKey.of(name)
        if values[key] == nil { names.append(name) }
        values[key] = value
    }

    public mutating func remove(_ name: String) {
        let key = VariableKey.of(name)
        values[key] = nil
        names.removeAll { VariableKey.of($0) == key }
    }

    public func has(_ name: String) -> Bool { values[VariableKey.of(name)] != nil }

    public subscript(name: String) -> Value? { values[VariableKey.of(name)] }

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
