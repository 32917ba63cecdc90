import ShellEngine
import ShellFormatting
import Foundation

/// `ConvertTo-Json`: Windows PowerShell 5.1's layout (four-space indent, two spaces after the colon).
public final class ConvertToJsonCommand: Cmdlet {
    public static let metadata = CommandMetadata(
        name: "ConvertTo-Json", className: "Microsoft.PowerShell.Commands.ConvertToJsonCommand",
        synopsis: "Converts an object to a JSON-formatted string.",
        parameters: [
            ParameterMetadata("InputObject", .any, mandatory: true, position: 0, pipeline: .byValue, description: "Specifies the objects to convert to JSON format."),
            ParameterMetadata("Depth", .int, description: "Specifies how many levels of contained objects are included in the JSON representation. The default value is 2."),
            ParameterMetadata("Compress", .switchParameter, description: "Omits white space and indented formatting in the output string."),
            ParameterMetadata("AsArray", .switchParameter, description: "Outputs the object in array brackets, even if the input is a single object."),
        ])

    private var items: [Value] = []

    public init() {}

    public func process(_ context: CommandContext) throws {
        if let item = context.inputObject ?? context.parameters["InputObject"] { items.append(item) }
    }

    public func end(_ context: CommandContext) throws {
        guard !items.isEmpty else { return }
        let depth = max(0, min(context.parameters.int("Depth") ?? 2, 100))
        let value: Value = items.count == 1 && !context.parameters.isOn("AsArray") ? items[0] : .array(items)
        let writer = JsonWriter(compress: context.parameters.isOn("Compress"), maxDepth: depth, interrupted: context.host.takeInterrupt)
        let text: String
        do {
            text = try writer.text(value)
        } catch is JsonWriter.TooLarge {
            throw context.failure("Exception of type 'System.OutOfMemoryException' was thrown.", id: "OutOfMemoryException", category: .invalidOperation)
        }
        try context.write(.string(text))
    }
}

/// Serializes values to JSON text.
struct JsonWriter {
    let compress: Bool
    let maxDepth: Int
    /// Polled for each container: a value that shares its parts (`$a = @{a=$a; b=$a}` in a loop)
    /// has exponentially many paths at `-Depth 100`, in PowerShell too; Ctrl+C must still stop it.
    var interrupted: () -> Bool = { false }

    /// The text would pass the shell's string limit (``MemoryLimits``).
    struct TooLarge: Error {}

    func text(_ value: Value) throws -> String {
        var output = ""
        try write(value, depth: 0, indent: 0, into: &output)
        return output
    }

    private func write(_ value: Value, depth: Int, indent: Int, into output: inout String) throws {
        switch value {
        case .null: output += "null"
        case .bool(let flag): output += flag ? "true" : "false"
        case .int(let number): output += String(number)
        case .double(let number): output += number.isFinite ? LanguagePrimitives.formatDouble(number) : "\"\(LanguagePrimitives.formatDouble(number))\""
        case .decimal(let number): output += "\(number)"
        case .string(let text): output += Self.quote(text)
        case .enumValue(let e): output += String(e.rawValue)
        case .date(let date): output += Self.quote("\\/Date(\(Int64(date.timeIntervalSince1970 * 1000)))\\/")
        case .array(let items):
            if depth > maxDepth { output += Self.quote(LanguagePrimitives.toString(value)); return }
            try writeList(items.map { (nil, $0) }, open: "[", close: "]", depth: depth, indent: indent, into: &output)
        case .hashtable(let table):
            if depth > maxDepth { output += Self.quote(LanguagePrimitives.toString(value)); return }
            try writeList(table.entries.map { (LanguagePrimitives.toString($0.key), $0.value) }, open: "{", close: "}", depth: depth, indent: indent, into: &output)
        case .object(let object):
            if depth > maxDepth { output += Self.quote(LanguagePrimitives.toString(value)); return }
            try writeList(object.properties.map { ($0.name, $0.value) }, open: "{", close: "}", depth: depth, indent: indent, into: &output)
        default:
            output += Self.quote(LanguagePrimitives.toString(value))
        }
    }

    private func writeList(_ entries: [(String?, Value)], open: String, close: String, depth: Int, indent: Int, into output: inout String) throws {
        if interrupted() { throw PipelineInterrupted() }
        if output.utf8.count >= MemoryLimits.maxStringBytes { throw TooLarge() }
        if compress {
            output += open
            for (offset, (key, value)) in entries.enumerated() {
                if offset > 0 { output += "," }
                if let key { output += Self.quote(key) + ":" }
                try write(value, depth: depth + 1, indent: indent, into: &output)
            }
            output += close
            return
        }
        let inner = String(repeating: " ", count: indent + 4)
        output += open + "\n"
        for (offset, (key, value)) in entries.enumerated() {
            output += inner
            if let key { output += Self.quote(key) + ":  " }
            try write(value, depth: depth + 1, indent: indent + 4, into: &output)
            output += offset == entries.count - 1 ? "\n" : ",\n"
        }
        if entries.isEmpty { output += "\n" }
        output += String(repeating: " ", count: indent) + close
    }

    static func quote(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "'", "<", ">", "&": result += String(format: "\\u%04x", scalar.value)
            default:
                if scalar.value < 0x20 { result += String(format: "\\u%04x", scalar.value) } else { result.unicodeScalars.append(scalar) }
            }
        }
        return result + "\""
    }
}

/// `ConvertFrom-Json`: JSON text to PSCustomObjects (arrays come out as one array, as in 5.1).
public final class ConvertFromJsonCommand: Cmdlet {
    public static let metadata = CommandMetadata(
        name: "ConvertFrom-Json", className: "Microsoft.PowerShell.Commands.ConvertFromJsonCommand",
        synopsis: "Converts a JSON-formatted string to a custom object or a hash table.",
        parameters: [
            ParameterMetadata("InputObject", .string, mandatory: true, position: 0, pipeline: .byValue, description: "Specifies the JSON strings to convert to JSON objects."),
            ParameterMetadata("AsHashtable", .switchParameter, description: "Converts the JSON to a hash table object."),
        ])

    private var lines: [String] = []

    public init() {}

    public func process(_ context: CommandContext) throws {
        if let text = context.parameters.string("InputObject") { lines.append(text) }
    }

    public func end(_ context: CommandContext) throws {
        let text = lines.joined(separator: "\n")
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return }
        var reader = JsonReader(text: text, asHashtable: context.parameters.isOn("AsHashtable"))
        let value: Value
        do {
            value = try reader.document()
        } catch {
            throw context.failure("Invalid JSON primitive: \(error.detail).", id: "System.ArgumentException", category: .notSpecified,
                                  reason: "ArgumentException")
        }
        try context.write(value)
    }
}

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
