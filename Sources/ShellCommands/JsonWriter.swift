import ShellEngine
import ShellFormatting
import Foundation

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
        case .dotNet(let integer as IntegerObject):
            // An Int64 or unsigned integer is a JSON number as any integer.
            output += String(integer.value)
        case .dotNet where value.collectionElements != nil:
            // ArrayList, List[T], typed arrays...: a JSON array, as PowerShell writes any IList.
            if depth > maxDepth { output += Self.quote(LanguagePrimitives.toString(value)); return }
            try writeList((value.collectionElements ?? []).map { (nil, $0) }, open: "[", close: "]", depth: depth, indent: indent, into: &output)
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
