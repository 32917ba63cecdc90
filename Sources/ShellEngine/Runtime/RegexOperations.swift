import Foundation
import PowerShellSyntax

/// The regular-expression side of the operators (`-match`, `-replace`, `-split`, `switch -Regex`) with .NET's
/// semantics where ICU differs: substitutions (`$1`, `${name}`, `$$`, `$&`), Regex.Split including captured
/// delimiters, right-to-left splitting for a negative limit. Sources: PS:src/System.Management.Automation/engine/
/// runtime/Operations/StringOps.cs (SplitOperator, ReplaceOperator) and https://learn.microsoft.com/dotnet/
/// standard/base-types/substitutions-in-regular-expressions.
extension Operators {
    static func compileRegex(_ pattern: String, caseSensitive: Bool, options extra: NSRegularExpression.Options = [],
                             shell: Shell?, span: SourceSpan) throws -> NSRegularExpression {
        do {
            var options = extra
            if !caseSensitive { options.insert(.caseInsensitive) }
            return try NSRegularExpression(pattern: pattern, options: options)
        } catch {
            guard let shell else { throw error }
            throw shell.error("The regular expression pattern \(pattern) is not valid.", id: "InvalidRegularExpression", category: .invalidOperation, span: span)
        }
    }

    static func regexMatch(_ text: String, pattern: String, caseSensitive: Bool, shell: Shell?) throws -> Bool {
        guard let regex = try? NSRegularExpression(pattern: pattern, options: caseSensitive ? [] : [.caseInsensitive]) else { return false }
        return try firstMatch(regex, in: text, shell: shell) != nil
    }

    static func regexReplace(_ text: String, pattern: String, replacement: String, caseSensitive: Bool, shell: Shell, span: SourceSpan) throws -> String {
        let regex = try compileRegex(pattern, caseSensitive: caseSensitive, shell: shell, span: span)
        return try regexReplace(text, regex: regex, replacement: replacement, shell: shell, span: span)
    }

    /// Replaces every match with `replacement`, expanding .NET's substitutions.
    static func regexReplace(_ text: String, regex: NSRegularExpression, replacement: String, shell: Shell, span: SourceSpan) throws -> String {
        let template = Substitution.parse(replacement, regex: regex)
        return try replaceMatches(text, regex: regex, shell: shell, span: span) { match, source in
            template.expand(match, in: source)
        }
    }

    /// `-replace $pattern, { ... }`: the script block's output for each match, with `$_` the Match.
    static func regexReplace(_ text: String, regex: NSRegularExpression, pattern: String, evaluator: Value, shell: Shell, span: SourceSpan) throws -> String {
        guard case .scriptBlock(let block) = evaluator else { return text }
        return try replaceMatches(text, regex: regex, shell: shell, span: span) { match, _ in
            let output = try shell.invokeScriptBlock(block, dollarUnder: .object(matchObject(match, in: text, pattern: pattern)), arguments: [])
            return LanguagePrimitives.toString(Value.fromPipelineOutput(output))
        }
    }

    private static func replaceMatches(_ text: String, regex: NSRegularExpression, shell: Shell, span: SourceSpan,
                                       _ replacement: (NSTextCheckingResult, NSString) throws -> String) throws -> String {
        let source = NSString(string: text)
        var result = ""
        var last = 0
        var failure: (any Error)?
        try enumerateMatches(regex, in: text, shell: shell) { match in
            result += source.substring(with: NSRange(location: last, length: match.range.location - last))
            do { result += try replacement(match, source) } catch { failure = error; return false }
            last = NSMaxRange(match.range)
            // `-replace '', 'xx'` inserts at every position: a long text would grow without bound.
            try MemoryLimits.checkString(bytes: result.utf8.count, shell, span)
            return true
        }
        if let failure { throw failure }
        result += source.substring(from: last)
        try MemoryLimits.checkString(bytes: result.utf8.count, shell, span)
        return result
    }

    /// .NET's Regex.Split: the pieces between matches, each match's captured groups in between, at most `limit`
    /// pieces (0: all); a negative limit splits from the right (PowerShell's -split, RegexOptions.RightToLeft).
    static func regexSplit(_ text: String, regex: NSRegularExpression, limit: Int, shell: Shell, span: SourceSpan) throws -> [String] {
        let source = NSString(string: text)
        var matches: [NSTextCheckingResult] = []
        try enumerateMatches(regex, in: text, shell: shell) { match in
            matches.append(match)
            try MemoryLimits.checkArray(count: matches.count, shell, span)
            return true
        }
        if limit == 1 || matches.isEmpty { return [text] }
        let wanted = abs(limit) - 1
        if limit > 0, matches.count > wanted { matches = Array(matches.prefix(wanted)) }
        if limit < 0, matches.count > wanted { matches = Array(matches.suffix(wanted)) }
        func captures(_ match: NSTextCheckingResult) -> [String] {
            (1..<max(1, match.numberOfRanges)).compactMap { group in
                let range = match.range(at: group)
                return range.location == NSNotFound ? nil : source.substring(with: range)
            }
        }
        var pieces: [String] = []
        var last = 0
        for match in matches {
            pieces.append(source.substring(with: NSRange(location: last, length: match.range.location - last)))
            pieces += captures(match)
            last = NSMaxRange(match.range)
        }
        pieces.append(source.substring(from: last))
        return pieces
    }

    /// A `System.Text.RegularExpressions.Match` as scripts read it: Value, Index, Length, Success, Groups.
    static func matchObject(_ match: NSTextCheckingResult, in text: String, pattern: String) -> PSObject {
        let source = NSString(string: text)
        let named = namedGroups(in: pattern)
        var groups: [Value] = []
        for group in 0..<match.numberOfRanges {
            let range = match.range(at: group)
            let found = range.location != NSNotFound
            let name = named.first { match.range(withName: $0) == range && group > 0 } ?? String(group)
            let object = PSObject(typeNames: ["System.Text.RegularExpressions.Group", "System.Object"], properties: [
                PSProperty(name: "Groups", value: .null), PSProperty(name: "Success", value: .bool(found)),
                PSProperty(name: "Name", value: .string(name)), PSProperty(name: "Captures", value: .null),
                PSProperty(name: "Index", value: .int(found ? range.location : 0)), PSProperty(name: "Length", value: .int(found ? range.length : 0)),
                PSProperty(name: "Value", value: .string(found ? source.substring(with: range) : "")),
            ])
            object.stringText = found ? source.substring(with: range) : ""
            groups.append(.object(object))
        }
        let value = source.substring(with: match.range)
        let object = PSObject(typeNames: ["System.Text.RegularExpressions.Match", "System.Text.RegularExpressions.Group", "System.Object"], properties: [
            PSProperty(name: "Groups", value: .array(groups)), PSProperty(name: "Success", value: .bool(true)),
            PSProperty(name: "Name", value: .string("0")), PSProperty(name: "Captures", value: .array([groups.first ?? .null])),
            PSProperty(name: "Index", value: .int(match.range.location)), PSProperty(name: "Length", value: .int(match.range.length)),
            PSProperty(name: "Value", value: .string(value)),
        ])
        object.stringText = value
        return object
    }

    /// `Match.Empty`: what `[regex]::Match` gives when nothing matches.
    static func emptyMatch() -> PSObject {
        let object = PSObject(typeNames: ["System.Text.RegularExpressions.Match", "System.Text.RegularExpressions.Group", "System.Object"], properties: [
            PSProperty(name: "Groups", value: .array([])), PSProperty(name: "Success", value: .bool(false)),
            PSProperty(name: "Name", value: .string("0")), PSProperty(name: "Captures", value: .array([])),
            PSProperty(name: "Index", value: .int(0)), PSProperty(name: "Length", value: .int(0)), PSProperty(name: "Value", value: .string("")),
        ])
        object.stringText = ""
        return object
    }

    /// `$Matches` after a successful `-match` or `switch -Regex` clause: group numbers and names to the text
    /// they matched (groups that did not take part are left out).
    static func matchesTable(_ match: NSTextCheckingResult, in text: String, pattern: String) -> PSHashtable {
        let source = NSString(string: text)
        let table = PSHashtable()
        let named = namedGroups(in: pattern)
        var namedRanges: [NSRange] = []
        for name in named {
            let range = match.range(withName: name)
            namedRanges.append(range)
            if range.location != NSNotFound { table[.string(name)] = .string(source.substring(with: range)) }
        }
        for group in 0..<match.numberOfRanges {
            let range = match.range(at: group)
            guard range.location != NSNotFound, group == 0 || !namedRanges.contains(range) || named.isEmpty else { continue }
            table[.int(group)] = .string(source.substring(with: range))
        }
        return table
    }

    static func namedGroups(in pattern: String) -> [String] {
        guard let finder = try? NSRegularExpression(pattern: "\\(\\?<([A-Za-z_][A-Za-z0-9_]*)>") else { return [] }
        return finder.matches(in: pattern, range: NSRange(pattern.startIndex..., in: pattern)).compactMap { match in
            Range(match.range(at: 1), in: pattern).map { String(pattern[$0]) }
        }
    }

    static func firstMatch(_ regex: NSRegularExpression, in text: String, shell: Shell?) throws -> NSTextCheckingResult? {
        var first: NSTextCheckingResult?
        try enumerateMatches(regex, in: text, shell: shell) { match in
            first = match
            return false
        }
        return first
    }

    /// Calls `body` with each match until it returns false. Each match, and each progress report
    /// ICU makes while it tries positions and backtracks, polls the host for Ctrl+C: a pattern that
    /// backtracks for ages (`'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!' -match '(a+)+$'`, exponential
    /// in .NET too) or millions of matches in a long text stop like an endless loop does.
    static func enumerateMatches(_ regex: NSRegularExpression, in text: String, shell: Shell?, _ body: (NSTextCheckingResult) throws -> Bool) throws {
        var failure: (any Error)?
        // swift-corelibs-foundation declares the block escaping; it is only called during the call.
        withoutActuallyEscaping(body) { body in
            regex.enumerateMatches(in: text, options: shell == nil ? [] : .reportProgress, range: NSRange(text.startIndex..., in: text)) { match, _, stop in
                do {
                    if let shell, shell.host.takeInterrupt() { throw PipelineInterrupted() }
                    if let match, try !body(match) { stop.pointee = true }
                } catch {
                    failure = error
                    stop.pointee = true
                }
            }
        }
        if let failure { throw failure }
    }
}

/// A .NET replacement pattern, parsed once: literal text and references to groups and to parts of the input.
struct Substitution {
    enum Part {
        case text(String)
        case group(Int)
        case named(String)
        case wholeMatch, before, after, lastGroup, wholeInput
    }

    var parts: [Part]

    /// `$n` takes the longest run of digits that names a group; `${name}` a named or numbered group; `$$` is a
    /// dollar; `$&`, `` $` ``, `$'`, `$+`, `$_` the match, the text before and after it, the last group, the
    /// input. Anything else after `$` (or an unknown group) stays literal.
    static func parse(_ replacement: String, regex: NSRegularExpression) -> Substitution {
        let groupCount = regex.numberOfCaptureGroups
        let names = Set(Operators.namedGroups(in: regex.pattern))
        var parts: [Part] = []
        var literal = ""
        let characters = Array(replacement)
        var index = 0
        func flush() { if !literal.isEmpty { parts.append(.text(literal)); literal = "" } }
        while index < characters.count {
            let character = characters[index]
            guard character == "$", index + 1 < characters.count else {
                literal.append(character)
                index += 1
                continue
            }
            let next = characters[index + 1]
            switch next {
            case "$": literal.append("$"); index += 2
            case "&": flush(); parts.append(.wholeMatch); index += 2
            case "`": flush(); parts.append(.before); index += 2
            case "'": flush(); parts.append(.after); index += 2
            case "+": flush(); parts.append(.lastGroup); index += 2
            case "_": flush(); parts.append(.wholeInput); index += 2
            case "{":
                guard let close = characters[(index + 2)...].firstIndex(of: "}") else { literal.append(character); index += 1; continue }
                let name = String(characters[(index + 2)..<close])
                if let number = Int(name), number >= 0, number <= groupCount {
                    flush(); parts.append(.group(number)); index = close + 1
                } else if names.contains(name) {
                    flush(); parts.append(.named(name)); index = close + 1
                } else {
                    literal.append(character)
                    index += 1
                }
            case let digit where digit.isASCII && digit.isNumber:
                var end = index + 1
                var best: (number: Int, end: Int)?
                var number = 0
                while end < characters.count, let value = characters[end].wholeNumberValue, characters[end].isASCII {
                    number = number * 10 + value
                    end += 1
                    if number <= groupCount { best = (number, end) } else { break }
                }
                if let best {
                    flush(); parts.append(.group(best.number)); index = best.end
                } else {
                    literal.append(character)
                    index += 1
                }
            default:
                literal.append(character)
                index += 1
            }
        }
        flush()
        return Substitution(parts: parts)
    }

    func expand(_ match: NSTextCheckingResult, in source: NSString) -> String {
        func text(_ range: NSRange) -> String { range.location == NSNotFound ? "" : source.substring(with: range) }
        var result = ""
        for part in parts {
            switch part {
            case .text(let literal): result += literal
            case .group(let number): result += number < match.numberOfRanges ? text(match.range(at: number)) : ""
            case .named(let name): result += text(match.range(withName: name))
            case .wholeMatch: result += text(match.range)
            case .before: result += source.substring(to: match.range.location)
            case .after: result += source.substring(from: NSMaxRange(match.range))
            case .lastGroup: result += text(match.range(at: max(0, match.numberOfRanges - 1)))
            case .wholeInput: result += source as String
            }
        }
        return result
    }
}
