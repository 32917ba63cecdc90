import Foundation

/// How a value shows inside a table cell or after `Label : ` in a list.
enum CellText {
    static func render(_ value: Value, enumerationLimit: Int = 4, inTable: Bool = false) -> String {
        switch value {
        case .null: return ""
        case .double(let number) where inTable && number.isFinite:
            // Tables show floating point numbers with the culture's two decimals (`1234.57`).
            return String(format: "%.2f", number)
        case .decimal(let number) where inTable:
            return String(format: "%.2f", NSDecimalNumber(decimal: number).doubleValue)
        case .array(let items):
            let shown = items.prefix(max(0, enumerationLimit)).map { render($0, enumerationLimit: enumerationLimit) }
            return "{" + shown.joined(separator: ", ") + (items.count > enumerationLimit ? "..." : "") + "}"
        case .date(let date): return DateFormatting.general(date)
        case .hashtable(let table):
            let shown = table.entries.prefix(enumerationLimit).map { "[\(LanguagePrimitives.toString($0.key)), \(render($0.value))]" }
            return "{" + shown.joined(separator: ", ") + (table.count > enumerationLimit ? "..." : "") + "}"
        default: return LanguagePrimitives.toString(value)
        }
    }

    static func isRightAligned(_ value: Value) -> Bool {
        switch value {
        case .int, .double, .decimal, .bool, .enumValue, .secureString: return true
        default: return false
        }
    }

    /// Fits text to `width` the Windows PowerShell 5.1 way: first line only (with `...` when lines
    /// were dropped), and `...` when cut.
    static func fit(_ text: String, width: Int) -> String {
        var line = text
        if let newline = text.firstIndex(where: { $0 == "\n" || $0 == "\r" }) {
            line = String(text[..<newline]) + "..."
        }
        if line.count <= width { return line }
        if width <= 3 { return String(line.prefix(max(0, width))) }
        return String(line.prefix(width - 3)) + "..."
    }

    /// Splits text into lines of at most `width` characters, breaking at spaces when it can.
    static func wrap(_ text: String, width: Int) -> [String] {
        var result: [String] = []
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var rest = Substring(rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine)
            if rest.isEmpty { result.append(""); continue }
            while rest.count > width {
                let window = rest.prefix(width + 1)
                if let space = window.lastIndex(of: " "), space > rest.startIndex {
                    result.append(String(rest[..<space]))
                    rest = rest[rest.index(after: space)...]
                } else {
                    result.append(String(rest.prefix(width)))
                    rest = rest.dropFirst(width)
                }
            }
            result.append(String(rest))
        }
        return result.isEmpty ? [""] : result
    }

    static func pad(_ text: String, to width: Int, right: Bool) -> String {
        let count = text.count
        guard count < width else { return text }
        let padding = String(repeating: " ", count: width - count)
        return right ? padding + text : text + padding
    }
}
