import ShellEngine
import Foundation

/// How a value shows inside a table cell or after `Label : ` in a list.
package enum CellText {
    package static func render(_ value: Value, enumerationLimit: Int = 4, inTable: Bool = false) -> String {
        switch value {
        case .null: return ""
        // A number's cell is its ToString() in Windows PowerShell 5.1 (`6`, `1234.56789`): PowerShell 7.3 added the
        // culture's rounding (PR #17650); 5.1's MshObjectUtil.cs at 60b3b304f2 writes the value's string.
        case .array(let items):
            let shown = items.prefix(max(0, enumerationLimit)).map { item -> String in
                // An element is named by its ToString (MshObjectUtil.cs `GetObjectName`), which does not
                // recurse further: `{1, 2 3}` for `1, (2, 3)`. So a cell stays small however deep the nesting.
                switch item {
                case .array, .hashtable: return LanguagePrimitives.toString(item)
                default: return render(item, enumerationLimit: enumerationLimit)
                }
            }
            return "{" + shown.joined(separator: ", ") + (items.count > enumerationLimit ? "..." : "") + "}"
        case .dotNet(let object) where object.elements != nil:
            return render(.array(object.elements ?? []), enumerationLimit: enumerationLimit, inTable: inTable)
        case .date(let date): return DateFormatting.general(date)
        case .hashtable(let table):
            let shown = table.entries.prefix(enumerationLimit).map { entry -> String in
                // The entry's text holds the value's ToString: a nested table or array is its type name.
                let value: String
                switch entry.value {
                case .array, .hashtable: value = LanguagePrimitives.elementString(entry.value)
                default: value = render(entry.value)
                }
                return "[\(LanguagePrimitives.toString(entry.key)), \(value)]"
            }
            return "{" + shown.joined(separator: ", ") + (table.count > enumerationLimit ? "..." : "") + "}"
        default: return LanguagePrimitives.toString(value)
        }
    }

    static func isRightAligned(_ value: Value) -> Bool {
        switch value {
        case .int, .double, .decimal, .bool, .enumValue, .secureString: return true
        case .dotNet(let object): return object is IntegerObject
        default: return false
        }
    }

    /// Fits text to `width` the Windows PowerShell 5.1 way: first line only (with `...` when lines
    /// were dropped), and `...` when cut.
    package static func fit(_ text: String, width: Int) -> String {
        if let count = plainCount(text) {
            // One ASCII line: bytes are characters, no grapheme breaking needed.
            if count <= width { return text }
            if width <= 3 { return String(decoding: text.utf8.prefix(max(0, width)), as: UTF8.self) }
            return String(decoding: text.utf8.prefix(width - 3), as: UTF8.self) + "..."
        }
        var line = text
        if let newline = text.firstIndex(where: { $0 == "\n" || $0 == "\r" }) {
            line = String(text[..<newline]) + "..."
        }
        if line.count <= width { return line }
        if width <= 3 { return String(line.prefix(max(0, width))) }
        return String(line.prefix(width - 3)) + "..."
    }

    /// The character count of ASCII text without line breaks (its byte count); `nil` for other text.
    static func plainCount(_ text: String) -> Int? {
        var count = 0
        for byte in text.utf8 {
            if byte >= 0x80 || byte == 0x0A || byte == 0x0D { return nil }
            count &+= 1
        }
        return count
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

    /// `text` padded to `width` as a table column of `alignment` pads it (left, right or centered).
    static func pad(_ text: String, to width: Int, alignment: ColumnAlignment) -> String {
        let count = plainCount(text) ?? text.count
        guard count < width else { return text }
        let padding = width - count
        let left = alignment == .right ? padding : (alignment == .center ? padding / 2 : 0)
        return String(repeating: " ", count: left) + text + String(repeating: " ", count: padding - left)
    }

    package static func pad(_ text: String, to width: Int, right: Bool) -> String {
        let count = plainCount(text) ?? text.count
        guard count < width else { return text }
        let padding = String(repeating: " ", count: width - count)
        return right ? padding + text : text + padding
    }

    /// The line (UTF-8 bytes) as text without its trailing spaces.
    static func trimmingTrailingSpaces(_ bytes: [UInt8]) -> String {
        var end = bytes.count
        while end > 0 && bytes[end - 1] == 0x20 { end -= 1 }
        // After other text than ASCII a space may belong to the character before it: trim by characters there.
        if end > 0 && end < bytes.count && bytes[end - 1] >= 0x80 {
            return trimmingTrailingSpaces(String(decoding: bytes, as: UTF8.self))
        }
        return String(decoding: bytes[..<end], as: UTF8.self)
    }

    /// The line without its trailing spaces.
    static func trimmingTrailingSpaces(_ line: String) -> String {
        let bytes = line.utf8
        var end = bytes.endIndex
        while end > bytes.startIndex {
            let before = bytes.index(before: end)
            if bytes[before] != 0x20 { break }
            end = before
        }
        if end == bytes.endIndex { return line }
        // A space after ASCII (or at the start) is a character of its own; after other text it may
        // belong to the character before it (a prepended mark), so trim character by character there.
        if end == bytes.startIndex || bytes[bytes.index(before: end)] < 0x80 {
            return String(line[..<end])
        }
        var text = line
        while text.last == " " { text.removeLast() }
        return text
    }
}
