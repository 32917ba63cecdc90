/// How printed text is compared: trailing blanks (and a carriage return) of each line and blank lines before the first and after
/// the last printed line do not count (the console's framing of tables and lists), everything else does.
enum OutputLines {
    static func normalized(_ lines: [String]) -> [String] {
        var trimmed = lines.map { line -> String in
            var text = Substring(line)
            while let last = text.last, last == " " || last == "\t" || last == "\r" { text = text.dropLast() }
            return String(text)
        }
        while let first = trimmed.first, first.isEmpty { trimmed.removeFirst() }
        while let last = trimmed.last, last.isEmpty { trimmed.removeLast() }
        return trimmed
    }
}
