import Foundation

/// A `System.Char`: what indexing a string gives (`'abc'[0]`), `[char]65`, the elements of `ToCharArray()`.
/// It prints as its character, converts to its code in arithmetic and numeric casts (`[int][char]'A'` is 65),
/// and compares with `-eq` case-insensitively, with `-ceq` exactly.
public final class CharObject: DotNetObject {
    /// The UTF-16 code unit, as .NET's Char holds it.
    public let code: UInt16

    public init(code: UInt16) {
        self.code = code
    }

    /// The first UTF-16 unit of `character`.
    convenience init(_ character: Character) {
        self.init(code: character.utf16.first ?? 0)
    }

    public override var typeNames: [String] { ["System.Char", "System.ValueType", "System.Object"] }

    public override var text: String { String(decoding: [code], as: UTF16.self) }

    public override var number: Value? { .int(Int(code)) }

    public override var members: [DotNetMember] {
        DotNetMember.objectMethods + [
            .method("CompareTo", "int CompareTo(System.Object value), int CompareTo(char value)"),
            .method("GetTypeCode", "System.TypeCode GetTypeCode()"),
        ]
    }

    override func isEqual(to other: Value, caseSensitive: Bool) -> Bool {
        let otherCode: UInt16
        switch other {
        case .dotNet(let object as CharObject): otherCode = object.code
        case .string(let text):
            let units = Array(text.utf16)
            guard units.count == 1 else { return false }
            otherCode = units[0]
        case .int(let number):
            guard let unit = UInt16(exactly: number) else { return false }
            otherCode = unit
        default:
            return false
        }
        if otherCode == code { return true }
        guard !caseSensitive else { return false }
        let mine = text, theirs = String(decoding: [otherCode], as: UTF16.self)
        return mine.lowercased() == theirs.lowercased()
    }

    override func invoke(_ lower: String, _ arguments: [Value], call: MethodCall) throws -> MethodResult? {
        switch lower {
        case "tostring": return .value(.string(text))
        case "equals": return .value(.bool(isEqual(to: call.argument(0), caseSensitive: true)))
        case "gethashcode": return .value(.int(Int(code) | Int(code) << 16))
        case "compareto":
            guard let other = try? LanguagePrimitives.toInt(call.argument(0)) else { return .value(.int(1)) }
            return .value(.int(Int(code) - other))
        case "gettypecode": return .value(.enumValue(EnumValue(typeName: "System.TypeCode", name: "Char", rawValue: 4)))
        default: return nil
        }
    }

    /// `[char]::IsDigit('5')` and the other static tests.
    static func test(_ lower: String, _ character: Character) -> Bool? {
        switch lower {
        case "isdigit": return character.isNumber && character.isASCII || ("0"..."9").contains(character)
        case "isletter": return character.isLetter
        case "isletterordigit": return character.isLetter || character.isNumber
        case "iswhitespace": return character.isWhitespace
        case "isupper": return character.isUppercase
        case "islower": return character.isLowercase
        case "ispunctuation": return character.isPunctuation
        case "issymbol": return character.isSymbol
        case "isnumber": return character.isNumber
        case "iscontrol": return character.unicodeScalars.first.map { $0.properties.generalCategory == .control } ?? false
        default: return nil
        }
    }
}
