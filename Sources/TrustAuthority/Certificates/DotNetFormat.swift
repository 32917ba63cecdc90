import Foundation
import SwiftASN1
import X509

/// How .NET's `X509Certificate2` prints names, dates and serial numbers, so that
/// `$cert.Certificate.ToString()` reads exactly as in PowerShell on Windows.
enum DotNetFormat {
    /// Short names from .NET's OID table; other attributes print as `OID.1.2.3`.
    private static let shortNames: [ASN1ObjectIdentifier: String] = [
        [2, 5, 4, 3]: "CN", [2, 5, 4, 6]: "C", [2, 5, 4, 7]: "L", [2, 5, 4, 8]: "S",
        [2, 5, 4, 10]: "O", [2, 5, 4, 11]: "OU", [1, 2, 840, 113549, 1, 9, 1]: "E",
        [2, 5, 4, 9]: "STREET", [2, 5, 4, 5]: "SERIALNUMBER", [2, 5, 4, 4]: "SN",
        [2, 5, 4, 42]: "G", [2, 5, 4, 43]: "I", [2, 5, 4, 12]: "T",
        [0, 9, 2342, 19_200_300, 100, 1, 25]: "DC", [2, 5, 4, 17]: "PostalCode", [2, 5, 4, 46]: "dnQualifier",
    ]

    /// Characters that make .NET put a value in double quotes.
    private static let quoteTriggers: Set<Character> = [",", "+", "=", "\"", "\n", "<", ">", "#", ";"]

    /// The distinguished name in .NET's reversed form: `E=…, CN=…, OU=…, O=…, L=…, S=…, C=…`.
    static func name(_ name: DistinguishedName) -> String {
        name.reversed().map { rdn in
            rdn.map { "\(attributeName($0.type))=\(quoted(text(of: $0.value)))" }.joined(separator: " + ")
        }.joined(separator: ", ")
    }

    static func attributeName(_ type: ASN1ObjectIdentifier) -> String {
        shortNames[type] ?? "OID.\(type)"
    }

    static func quoted(_ value: String) -> String {
        let edgeIsSpace = value.first.map(isQuotingSpace) == true || value.last.map(isQuotingSpace) == true
        guard value.isEmpty || edgeIsSpace || value.contains(where: quoteTriggers.contains) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    private static func isQuotingSpace(_ character: Character) -> Bool {
        character == " " || ("\t"..."\r").contains(character)
    }

    /// The text of an attribute value, including the string types swift-certificates leaves opaque.
    static func text(of value: RelativeDistinguishedName.Attribute.Value) -> String {
        if let plain = String(value) { return plain }
        var serializer = DER.Serializer()
        guard (try? serializer.serialize(ASN1Any(value))) != nil,
            let node = try? DER.parse(serializer.serializedBytes),
            case .primitive(let bytes) = node.content
        else { return "" }
        switch node.identifier {
        case .bmpString:
            var units: [UInt16] = []
            var index = bytes.startIndex
            while index &+ 1 < bytes.endIndex {
                let high = UInt16(bytes[index])
                let low = UInt16(bytes[index &+ 1])
                units.append(high << 8 | low)
                index = index &+ 2
            }
            return String(decoding: units, as: UTF16.self)
        case .universalString:
            var scalars = String.UnicodeScalarView()
            var index = bytes.startIndex
            while index &+ 3 < bytes.endIndex {
                var value: UInt32 = 0
                for offset in 0..<4 {
                    value = value << 8 | UInt32(bytes[index &+ offset])
                }
                if let scalar = Unicode.Scalar(value) { scalars.append(scalar) }
                index = index &+ 4
            }
            return String(scalars)
        case .teletexString:
            // T61 in practice carries Latin-1.
            return String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) }))
        default:
            return String(decoding: bytes, as: UTF8.self)
        }
    }

    /// en-US general date/time ("G"): `8/10/2015 4:16:12 PM`, with an ASCII space before AM/PM as on Windows.
    static func date(_ date: Date, timeZone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        let hour24 = parts.hour ?? 0
        let hour12 = hour24 % 12 == 0 ? 12 : hour24 % 12
        let minute = twoDigits(parts.minute ?? 0)
        let second = twoDigits(parts.second ?? 0)
        let meridiem = hour24 < 12 ? "AM" : "PM"
        let year = String(parts.year ?? 1)
        let paddedYear = String(repeating: "0", count: max(0, 4 - year.count)) + year
        return "\(parts.month ?? 1)/\(parts.day ?? 1)/\(paddedYear) \(hour12):\(minute):\(second) \(meridiem)"
    }

    private static func twoDigits(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }

    /// Upper-case hex without separators, as .NET prints serial numbers and thumbprints.
    static func hex<Bytes: Sequence>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        let digits: [Character] = Array("0123456789ABCDEF")
        var text = ""
        for byte in bytes {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return text
    }
}
