/// The text format of the history file: a header line, then one entry per line.
///
/// Entries can span several lines (multi-line statements), so each entry is escaped onto one
/// line: `\` becomes `\\`, a newline `\n`, a carriage return `\r`. Unknown escapes are kept
/// as written, so hand-edited files never lose text.
enum HistoryFileFormat {
    static let header = "#vtash-history v1"

    static func encode(_ entry: String) -> String {
        var out = ""
        out.reserveCapacity(entry.utf8.count)
        for scalar in entry.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    static func decode(_ line: String) -> String {
        // Most entries have nothing escaped; a full history is 4096 of them, read before the first prompt.
        guard line.utf8.contains(UInt8(ascii: "\\")) else { return line }
        var out = ""
        var escaping = false
        for scalar in line.unicodeScalars {
            if escaping {
                switch scalar {
                case "\\": out += "\\"
                case "n": out += "\n"
                case "r": out += "\r"
                default:
                    out += "\\"
                    out.unicodeScalars.append(scalar)
                }
                escaping = false
            } else if scalar == "\\" {
                escaping = true
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        if escaping { out += "\\" }
        return out
    }

    /// Entries of a file's text, oldest first. The header is optional; empty lines are skipped.
    static func parse(_ text: String) -> [String] {
        // Split on bytes: in Swift "\r\n" is one Character and would not split on "\n".
        var entries: [String] = []
        let lines = Array(text.utf8).split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        for (index, bytes) in lines.enumerated() {
            let line = bytes.last == UInt8(ascii: "\r") ? bytes.dropLast() : bytes
            let text = String(decoding: line, as: UTF8.self)
            if text.isEmpty || (index == 0 && text == header) { continue }
            entries.append(decode(text))
        }
        return entries
    }

    /// A whole file: header and entries.
    static func render(_ entries: [String]) -> String {
        var text = header + "\n"
        for entry in entries { text += encode(entry) + "\n" }
        return text
    }
}
