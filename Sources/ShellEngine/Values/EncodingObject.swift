import Foundation

/// `[System.Text.Encoding]::UTF8` and its siblings: `GetBytes` gives a `Byte[]`, `GetString` reads one back.
/// Source: https://learn.microsoft.com/dotnet/api/system.text.encoding
public final class EncodingObject: DotNetObject {
    public let encoding: String.Encoding
    private let webName: String
    private let displayName: String
    private let runtimeType: String

    init?(named lower: String) {
        switch lower {
        case "utf8", "default": (encoding, webName, displayName, runtimeType) = (.utf8, "utf-8", "Unicode (UTF-8)", "System.Text.UTF8Encoding")
        case "ascii": (encoding, webName, displayName, runtimeType) = (.ascii, "us-ascii", "US-ASCII", "System.Text.ASCIIEncoding")
        case "unicode": (encoding, webName, displayName, runtimeType) = (.utf16LittleEndian, "utf-16", "Unicode", "System.Text.UnicodeEncoding")
        case "bigendianunicode": (encoding, webName, displayName, runtimeType) = (.utf16BigEndian, "utf-16BE", "Unicode (Big-Endian)", "System.Text.UnicodeEncoding")
        case "utf32": (encoding, webName, displayName, runtimeType) = (.utf32LittleEndian, "utf-32", "Unicode (UTF-32)", "System.Text.UTF32Encoding")
        default: return nil
        }
    }

    public override var typeNames: [String] { [runtimeType, "System.Text.Encoding", "System.Object"] }

    public override var displayProperties: [(name: String, value: Value)] {
        [("BodyName", .string(webName)), ("EncodingName", .string(displayName)), ("WebName", .string(webName))]
    }

    public override var members: [DotNetMember] {
        DotNetMember.objectMethods + [
            .method("GetBytes", "byte[] GetBytes(string s), byte[] GetBytes(char[] chars)"),
            .method("GetByteCount", "int GetByteCount(string s)"),
            .method("GetString", "string GetString(byte[] bytes), string GetString(byte[] bytes, int index, int count)"),
            .property("EncodingName", "string EncodingName {get;}"), .property("WebName", "string WebName {get;}"),
        ]
    }

    override func property(_ lower: String) -> Value? {
        switch lower {
        case "webname", "bodyname": return .string(webName)
        case "encodingname": return .string(displayName)
        default: return nil
        }
    }

    /// Bytes of `text`; characters the encoding lacks become `?`, as .NET's replacement fallback does.
    func bytes(of text: String) -> [UInt8] {
        if let data = text.data(using: encoding) { return Array(data) }
        return Array((text.data(using: encoding, allowLossyConversion: true) ?? Data()))
    }

    override func invoke(_ lower: String, _ arguments: [Value], call: MethodCall) throws -> MethodResult? {
        switch lower {
        case "getbytes", "getbytecount":
            try call.expect(1)
            let argument = call.argument(0)
            guard !argument.isNull else { throw call.failure("Value cannot be null.\r\nParameter name: s", exception: "System.ArgumentNullException") }
            let text = argument.collectionElements.map { $0.map { LanguagePrimitives.toString($0) }.joined() } ?? LanguagePrimitives.toString(argument)
            let result = bytes(of: text)
            if lower == "getbytecount" { return .value(.int(result.count)) }
            return .value(.dotNet(CollectionObject(kind: .array, elementType: "System.Byte", items: result.map { .int(Int($0)) })))
        case "getstring":
            try call.expect(1, 3)
            guard let elements = call.argument(0).collectionElements else { throw call.overloadFailure() }
            var bytes = try elements.map { UInt8(clamping: try LanguagePrimitives.toInt($0)) }
            if call.arguments.count == 3 {
                let start = try call.int(1, parameter: "index"), count = try call.int(2, parameter: "count")
                guard start >= 0, count >= 0, start + count <= bytes.count else {
                    throw call.failure("Index and count must refer to a location within the buffer.\r\nParameter name: bytes", exception: "System.ArgumentOutOfRangeException")
                }
                bytes = Array(bytes[start..<(start + count)])
            }
            return .value(.string(String(data: Data(bytes), encoding: encoding) ?? String(decoding: bytes, as: UTF8.self)))
        default:
            return nil
        }
    }
}
