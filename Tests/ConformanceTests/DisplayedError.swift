import Foundation

/// An error as the console printed it, cut back to what a case compares (see ``ExpectedError``).
struct DisplayedError: Equatable {
    var message: [String]
    var fullyQualifiedErrorId: String?

    /// Splits the error stream's lines into records: 5.1's NormalView ends each record with its
    /// `    + FullyQualifiedErrorId : ` line (and a line holding one blank), and puts the position
    /// (`At line:1 char:5`, `+ source`, `+ ~~~`) and `    + CategoryInfo` between message and id
    /// (a parse error puts its message after the position).
    static func records(in lines: [String]) -> [DisplayedError] {
        var records: [DisplayedError] = []
        var message: [String] = []
        var inPosition = false
        for line in lines {
            if line.hasPrefix(ConformanceCorpus.fqidPrefix) {
                records.append(DisplayedError(message: message, fullyQualifiedErrorId: String(line.dropFirst(ConformanceCorpus.fqidPrefix.count))))
                message = []
                inPosition = false
            } else if line.trimmingCharacters(in: .whitespaces).isEmpty || line.hasPrefix("    + ") {
                continue
            } else if isPositionLine(line) {
                inPosition = true
            } else if inPosition && line.hasPrefix("+ ") {
                continue
            } else {
                // A parse error prints its message after the position block.
                inPosition = false
                message.append(line)
            }
        }
        if !message.isEmpty { records.append(DisplayedError(message: message, fullyQualifiedErrorId: nil)) }
        return records
    }

    /// `At line:1 char:5` or `At /path/script.ps1:3 char:1`.
    static func isPositionLine(_ line: String) -> Bool {
        guard line.hasPrefix("At "), let range = line.range(of: " char:", options: .backwards) else { return false }
        return !line[range.upperBound...].isEmpty && line[range.upperBound...].allSatisfy(\.isNumber)
    }

    func matches(_ expected: ExpectedError) -> Bool {
        guard expected.message.count == message.count else { return false }
        for (pattern, text) in zip(expected.message, message) where !Glob.matches(pattern, text) { return false }
        if let id = expected.fullyQualifiedErrorId, id != fullyQualifiedErrorId { return false }
        return true
    }

    /// The record as a case would write it, for reports.
    var asCaseText: [String] {
        message + (fullyQualifiedErrorId.map { [ConformanceCorpus.fqidPrefix + $0] } ?? [])
    }
}

/// `*` matches any run of characters (possibly none); every other character stands for itself.
enum Glob {
    static func matches(_ pattern: String, _ text: String) -> Bool {
        let parts = pattern.split(separator: "*", omittingEmptySubsequences: false).map(String.init)
        guard parts.count > 1 else { return pattern == text }
        var rest = Substring(text)
        guard rest.hasPrefix(parts[0]) else { return false }
        rest = rest.dropFirst(parts[0].count)
        for part in parts.dropFirst().dropLast() where !part.isEmpty {
            guard let range = rest.range(of: part) else { return false }
            rest = rest[range.upperBound...]
        }
        guard let last = parts.last else { return true }
        return rest.count >= last.count && rest.hasSuffix(last)
    }
}
