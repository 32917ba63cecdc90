import Foundation

/// A `System.Guid` (`[guid]::NewGuid()`, `[guid]'...'`): a value with a `Guid` property holding its text, which
/// prints as a one-column table, converts to its text (`"$g"`, ConvertTo-Json, Export-Csv) and compares by value,
/// also against a string (learn.microsoft.com/dotnet/api/system.guid).
public final class GuidObject: DotNetObject {
    /// The 32 hexadecimal digits, lower case, without separators.
    let digits: String

    private init(digits: String) {
        self.digits = digits
    }

    static func random() -> GuidObject { GuidObject(digits: UUID().uuidString.lowercased().filter { $0 != "-" }) }

    /// A new random Guid as a value (New-Guid, `[guid]::NewGuid()`).
    public static func newValue() -> Value { .dotNet(random()) }

    static func empty() -> GuidObject { GuidObject(digits: String(repeating: "0", count: 32)) }

    /// The formats Guid.Parse reads: `D` (hyphens), `N` (digits only), `B` (braces) and `P` (parentheses),
    /// in either case, with blanks around; `nil` for anything else.
    static func parse(_ text: String) -> GuidObject? {
        var body = Substring(text.trimmingCharacters(in: .whitespaces))
        if (body.hasPrefix("{") && body.hasSuffix("}")) || (body.hasPrefix("(") && body.hasSuffix(")")) {
            body = body.dropFirst().dropLast()
        }
        let groups = body.split(separator: "-", omittingEmptySubsequences: false)
        let isHyphenated = groups.map(\.count) == [8, 4, 4, 4, 12]
        guard isHyphenated || (groups.count == 1 && body.count == 32) else { return nil }
        let digits = groups.joined()
        guard digits.allSatisfy(\.isHexDigit) else { return nil }
        return GuidObject(digits: digits.lowercased())
    }

    /// `ToString(format)`: `D` (the default), `N`, `B` or `P`; `nil` for a format .NET refuses.
    func formatted(_ format: String) -> String? {
        let characters = Array(digits)
        let hyphenated = [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { String(characters[$0]) }.joined(separator: "-")
        switch format {
        case "", "D", "d": return hyphenated
        case "N", "n": return digits
        case "B", "b": return "{" + hyphenated + "}"
        case "P", "p": return "(" + hyphenated + ")"
        default: return nil
        }
    }

    public override var typeNames: [String] { ["System.Guid", "System.ValueType", "System.Object"] }

    public override var text: String { formatted("D") ?? digits }

    public override var displayProperties: [(name: String, value: Value)] { [("Guid", .string(text))] }

    public override var members: [DotNetMember] {
        DotNetMember.objectMethods + [
            .method("CompareTo", "int CompareTo(System.Object value), int CompareTo(guid value)"),
            .method("ToByteArray", "byte[] ToByteArray()"),
            .method("ToString", "string ToString(string format), string ToString(string format, System.IFormatProvider provider)"),
            .property("Guid", "string Guid {get;}"),
        ]
    }

    override func property(_ lower: String) -> Value? {
        lower == "guid" ? .string(text) : nil
    }

    /// Equal to another Guid of the same digits, or to a string that converts to one (PowerShell converts the
    /// right operand to the left one's type).
    override func isEqual(to other: Value, caseSensitive: Bool) -> Bool {
        switch other {
        case .dotNet(let object as GuidObject): return object.digits == digits
        case .string(let text): return GuidObject.parse(text)?.digits == digits
        default: return false
        }
    }

    override func invoke(_ lower: String, _ arguments: [Value], call: MethodCall) throws -> MethodResult? {
        switch lower {
        case "tostring":
            let format = arguments.isEmpty ? "" : LanguagePrimitives.toString(call.argument(0))
            guard let text = formatted(format) else {
                throw call.failure("Format String can be only \"D\", \"d\", \"N\", \"n\", \"P\", \"p\", \"B\", \"b\", \"X\" or \"x\".",
                                   exception: "System.FormatException")
            }
            return .value(.string(text))
        case "equals": return .value(.bool(isEqual(to: call.argument(0), caseSensitive: false)))
        case "gethashcode": return .value(.int(digits.hashValue & 0x7fff_ffff))
        case "compareto":
            guard case .dotNet(let other as GuidObject) = call.argument(0) else { return .value(.int(1)) }
            return .value(.int(digits < other.digits ? -1 : digits == other.digits ? 0 : 1))
        default: return nil
        }
    }
}
