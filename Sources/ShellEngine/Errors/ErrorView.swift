/// Renders an ``ErrorRecord`` the way Windows PowerShell 5.1 shows it (NormalView), or PowerShell 7's
/// ConciseView when `$ErrorView` says so.
public enum ErrorView {
    case normal
    case concise
    case category

    /// The lines to print (without a trailing newline on the last one).
    public func render(_ record: ErrorRecord) -> [String] {
        switch self {
        case .normal: return Self.normalView(record)
        case .concise: return Self.conciseView(record)
        case .category: return [Self.categoryInfo(record)]
        }
    }

    static func normalView(_ record: ErrorRecord) -> [String] {
        var lines: [String] = []
        let prefix = record.commandName.isEmpty ? "" : "\(record.commandName) : "
        let messageLines = record.message.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines.append(prefix + (messageLines.first ?? ""))
        lines.append(contentsOf: messageLines.dropFirst())
        if let position = record.position {
            lines.append(contentsOf: positionMessage(position))
        }
        lines.append("    + CategoryInfo          : " + categoryInfo(record))
        lines.append("    + FullyQualifiedErrorId : " + record.fullyQualifiedErrorId)
        lines.append(" ")
        return lines
    }

    static func conciseView(_ record: ErrorRecord) -> [String] {
        let reason: String
        if !record.commandName.isEmpty {
            reason = record.commandName
        } else if record.errorId == "RuntimeException" || record.reason == "RuntimeException" && record.category == .operationStopped {
            reason = "Exception"
        } else {
            reason = record.category.rawValue
        }
        return record.message.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { offset, line in
            offset == 0 ? "\(reason): \(line)" : String(line)
        }
    }

    /// `InvalidArgument: (:) [Get-ChildItem], ParameterBindingException`.
    static func categoryInfo(_ record: ErrorRecord) -> String {
        "\(record.category.rawValue): (\(shorten(record.targetName)):\(shorten(record.targetType))) [\(shorten(record.activity ?? record.commandName))], \(record.reason)"
    }

    /// 5.1 shortens long CategoryInfo parts to 15 + `...` + 15 characters.
    static func shorten(_ text: String) -> String {
        guard text.count > 40 else { return text }
        return String(text.prefix(15)) + "..." + String(text.suffix(15))
    }

    /// `At line:1 char:15`, the source line and the `~~~` marker, trimmed to 69 columns as
    /// PowerShell's Position.VerboseMessage does (5.1 uses three dots for the ellipsis).
    static func positionMessage(_ position: ErrorPosition) -> [String] {
        let span = position.span
        let file = position.source.fileName ?? "line"
        var lines = ["At \(file):\(span.line) char:\(span.column)"]
        var sourceLine = Array(position.source.lineText(containing: span).replacingOccurrences(of: "\t", with: "    "))
        while let last = sourceLine.last, last == " " { sourceLine.removeLast() }
        guard !sourceLine.isEmpty else { return lines }
        var spacesBefore = max(0, min(span.column - 1, sourceLine.count))
        let spanText = position.source.slice(span)
        var errorLength = spanText.contains("\n") ? sourceLine.count - spacesBefore : spanText.count
        errorLength = max(0, min(errorLength, sourceLine.count - spacesBefore))
        let maxLineLength = 69
        var prefixDots = false
        var suffixDots = false
        if sourceLine.count > maxLineLength {
            let totalPrefix = spacesBefore
            var prefix = min(totalPrefix, 12)
            let totalSuffix = sourceLine.count - errorLength - spacesBefore
            var suffix = min(totalSuffix, 8)
            var candidate = prefix + errorLength + suffix
            if candidate >= maxLineLength {
                if prefix + errorLength >= maxLineLength { errorLength = maxLineLength - prefix }
                suffixDots = true
            } else {
                let prefixAvailable = totalPrefix - prefix
                if prefixAvailable > 0 {
                    prefix += min(prefixAvailable, maxLineLength - candidate)
                    candidate = prefix + errorLength + suffix
                }
                if candidate < maxLineLength && totalSuffix > 0 {
                    suffix += min(totalSuffix, maxLineLength - candidate)
                }
                suffixDots = suffix < totalSuffix
            }
            prefixDots = prefix < totalPrefix
            let startIndex = max(spacesBefore - prefix, 0)
            let endIndex = min(startIndex + maxLineLength, sourceLine.count)
            sourceLine = Array(sourceLine[startIndex..<endIndex])
            spacesBefore = min(spacesBefore, prefix)
            errorLength = min(errorLength, maxLineLength - spacesBefore)
        }
        lines.append("+ " + (prefixDots ? "... " : "") + String(sourceLine) + (suffixDots ? " ..." : ""))
        lines.append("+ " + String(repeating: " ", count: spacesBefore + (prefixDots ? 4 : 0)) + String(repeating: "~", count: max(1, errorLength)))
        return lines
    }
}
