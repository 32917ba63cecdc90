import ShellEngine
import ShellFormatting
import Foundation

/// A small JSON reader with a nesting limit.
struct JsonReader {
    struct Failure: Error {
        var detail: String
    }

    private let scalars: [Unicode.Scalar]
    private var position = 0
    private let asHashtable: Bool
    static let maximumDepth = 512

    init(text: String, asHashtable: Bool) {
        self.scalars = Array(text.unicodeScalars)
        self.asHashtable = asHashtable
    }

    mutating func document() throws(Failure) -> Value {
        let value = try parseValue(depth: 0)
        skipSpace()
        guard position == scalars.count else { throw Failure(detail: remainder()) }
        return value
    }

    private func remainder() -> String {
        String(String.UnicodeScalarView(scalars[min(position, scalars.count)...].prefix(20)))
    }

    private mutating func skipSpace() {
        while position < scalars.count, [" ", "\n", "\r", "\t"].contains(scalars[position]) { position += 1 }
    }

    private mutating func parseValue(depth: Int) throws(Failure) -> Value {
        guard depth < Self.maximumDepth else { throw Failure(detail: "nesting too deep") }
        skipSpace()
        guard position < scalars.count else { throw Failure(detail: "") }
        switch scalars[position] {
        case "{":
            position += 1
            var pairs: [(String, Value)] = []
            skipSpace()
            if position < scalars.count, scalars[position] == "}" { position += 1; return makeObject(pairs) }
            while true {
                skipSpace()
                guard position < scalars.count, scalars[position] == "\"" else { throw Failure(detail: remainder()) }
                let key = try parseString()
                skipSpace()
                guard position < scalars.count, scalars[position] == ":" else { throw Failure(detail: remainder()) }
                position += 1
                pairs.append((key, try parseValue(depth: depth + 1)))
                skipSpace()
                guard position < scalars.count else { throw Failure(detail: "") }
                if scalars[position] == "," { position += 1; continue }
                if scalars[position] == "}" { position += 1; return makeObject(pairs) }
                throw Failure(detail: remainder())
            }
        case "[":
            position += 1
            var items: [Value] = []
            skipSpace()
            if position < scalars.count, scalars[position] == "]" { position += 1; return .array(items) }
            while true {
                items.append(try parseValue(depth: depth + 1))
                skipSpace()
                guard position < scalars.count else { throw Failure(detail: "") }
                if scalars[position] == "," { position += 1; continue }
                if scalars[position] == "]" { position += 1; return .array(items) }
                throw Failure(detail: remainder())
            }
        case "\"":
            return .string(try parseString())
        default:
            let start = position
            while position < scalars.count, !([",", "]", "}", " ", "\n", "\r", "\t"] as [Unicode.Scalar]).contains(scalars[position]) { position += 1 }
            let word = String(String.UnicodeScalarView(scalars[start..<position]))
            switch word {
            case "true": return .bool(true)
            case "false": return .bool(false)
            case "null": return .null
            default:
                if let number = Int(word) { return .int(number) }
                // JavaScriptSerializer (Windows PowerShell's reader) gives Decimal for a plain fraction, Double only
                // for an exponent (JsonObject.cs at 60b3b304f2 uses it; NumberStyles.Number has no exponent).
                if !word.contains(where: { $0 == "e" || $0 == "E" }), word.first.map({ $0.isNumber || $0 == "-" }) == true,
                   word.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-") }),
                   let number = Decimal(string: word, locale: Locale(identifier: "en_US_POSIX")) {
                    return .decimal(number)
                }
                if let number = Double(word), word.first.map({ $0.isNumber || $0 == "-" }) == true { return .double(number) }
                throw Failure(detail: word)
            }
        }
    }

    private func makeObject(_ pairs: [(String, Value)]) -> Value {
        if asHashtable {
            let table = PSHashtable()
            for (key, value) in pairs { table[key] = value }
            return .hashtable(table)
        }
        return .object(PSObject.customObject(pairs))
    }

    private mutating func parseString() throws(Failure) -> String {
        position += 1
        var result = String.UnicodeScalarView()
        while position < scalars.count {
            let scalar = scalars[position]
            position += 1
            if scalar == "\"" { return String(result) }
            if scalar == "\\" {
                guard position < scalars.count else { break }
                let escape = scalars[position]
                position += 1
                switch escape {
                case "n": result.append("\n")
                case "r": result.append("\r")
                case "t": result.append("\t")
                case "b": result.append("\u{08}")
                case "f": result.append("\u{0C}")
                case "u":
                    guard position + 4 <= scalars.count,
                          let code = UInt32(String(String.UnicodeScalarView(scalars[position..<(position + 4)])), radix: 16) else { throw Failure(detail: remainder()) }
                    position += 4
                    result.append(Unicode.Scalar(code) ?? "\u{FFFD}")
                default: result.append(escape)
                }
            } else {
                result.append(scalar)
            }
        }
        throw Failure(detail: "unterminated string")
    }
}
