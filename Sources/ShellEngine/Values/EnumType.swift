import Foundation

/// A .NET enum type: its name and member names with their values (in value order unless given).
public struct EnumType: Sendable {
    public var name: String
    public var names: [String]
    /// Each name's numeric value; by default its position.
    public var values: [Int]

    public init(name: String, names: [String], values: [Int]? = nil) {
        self.name = name
        self.names = names
        self.values = values ?? Array(names.indices)
    }

    public func value(named text: String) -> EnumValue? {
        guard let index = names.firstIndex(where: { CaseInsensitiveText.equal($0, text) }) else {
            // A number written as text converts too (`[DayOfWeek]'2'`).
            if let number = Int(text.trimmingCharacters(in: .whitespaces)) { return value(raw: number) }
            return nil
        }
        return EnumValue(typeName: name, name: names[index], rawValue: values[index])
    }

    /// The member with this numeric value; a value no member has is kept as a number, as .NET keeps it.
    public func value(raw: Int) -> EnumValue? {
        guard let index = values.firstIndex(of: raw) else { return EnumValue(typeName: name, name: String(raw), rawValue: raw) }
        return EnumValue(typeName: name, name: names[index], rawValue: raw)
    }
}
