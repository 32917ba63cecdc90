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
