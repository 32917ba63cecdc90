import Foundation
import ShellEngine
import ShellFormatting

/// `Select-String` (`sls`): lines of the input strings or of files that match a regular expression (or a plain
/// text with -SimpleMatch), as MatchInfo objects that print `path:line:text` (a file) or the line (input).
public final class SelectStringCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Select-String", className: "Microsoft.PowerShell.Commands.SelectStringCommand", module: "Microsoft.PowerShell.Utility",
        synopsis: "Finds text in strings and files.",
        description: "The Select-String cmdlet uses regular expression matching to search for text patterns in input strings and files. By default, Select-String finds the first match in each line and, for each match, it displays the file name, line number, and all text in the line containing the match. Matching is case-insensitive unless -CaseSensitive is given.",
        defaultParameterSet: "File", outputType: "Microsoft.PowerShell.Commands.MatchInfo",
        examples: [
            HelpExample("'Hello', 'HELLO' | Select-String -Pattern 'HELLO' -CaseSensitive -SimpleMatch", "Finds the case-sensitive match HELLO."),
            HelpExample("Select-String -Path .\\*.txt -Pattern 'Get-'", "Finds Get- in the text files of the current folder."),
            HelpExample("Select-String -Path log.txt -Pattern 'error' -Context 2, 3", "Shows each match with two lines before and three after."),
        ])

    @Parameter(pipeline: .byValue, set: "Object", description: "Specifies the text to be searched. Enter a variable that contains the text, or type a command or expression that gets the text.")
    var inputObject: Value
    @Parameter(mandatory: true, position: 0, description: "Specifies the text to find on each line. The pattern value is treated as a regular expression.")
    var pattern: [String]
    @Parameter(mandatory: true, position: 1, pipeline: .byPropertyName, set: "File", description: "Specifies the path to the files to search. Wildcards are permitted.", wildcards: true)
    var path: [String]
    @Parameter(aliases: ["PSPath"], mandatory: true, pipeline: .byPropertyName, set: "LiteralFile", description: "Specifies the path to the files to be searched. The value is used exactly as it is typed.")
    var literalPath: [String]
    @Parameter(description: "Indicates that the cmdlet uses a simple match rather than a regular expression match.")
    var simpleMatch: SwitchParameter
    @Parameter(description: "Indicates that the cmdlet matches are case-sensitive. By default, matches are not case-sensitive.")
    var caseSensitive: SwitchParameter
    @Parameter(description: "Indicates that the cmdlet returns a Boolean value (True) when a match is found, instead of a MatchInfo object.")
    var quiet: SwitchParameter
    @Parameter(description: "Only the first instance of matching text is returned from each input file.")
    var list: SwitchParameter
    @Parameter(description: "The NotMatch parameter finds text that does not match the specified pattern.")
    var notMatch: SwitchParameter
    @Parameter(description: "Indicates that the cmdlet searches for more than one match in each line of text. Without this parameter, Select-String finds only the first match in each line.")
    var allMatches: SwitchParameter
    @Parameter(description: "Captures the specified number of lines before and after the line that matches the pattern (one number: both; two numbers: before, after).")
    var context: [Int]
    @Parameter(description: "Causes the cmdlet to output only the matching strings, rather than MatchInfo objects (PowerShell 6 and later).")
    var raw: SwitchParameter
    @Parameter(description: "Specifies the type of encoding for the target file.")
    var encoding: String?
    @Parameter(description: "Includes the specified items. Wildcards are permitted.", wildcards: true)
    var include: [String]
    @Parameter(description: "Exclude the specified items. Wildcards are permitted.", wildcards: true)
    var exclude: [String]

    public init() {}

    static let typeName = "Microsoft.PowerShell.Commands.MatchInfo"
    private static let inputStream = "InputStream"

    /// The lines of one source, searched in `end` so that context can look ahead.
    private var streamLines: [String] = []
    private var foundAny = false
    private var expressions: [NSRegularExpression]?

    public func process(_ context: CommandContext) throws {
        if !path.isEmpty || !literalPath.isEmpty {
            try searchFiles(path.isEmpty ? literalPath : path, literal: path.isEmpty, context)
            return
        }
        guard $inputObject.isBound else { return }
        // A FileInfo from Get-ChildItem is searched as a file; anything else as its text.
        if case .object(let object) = inputObject, object.typeNames.first == "System.IO.FileInfo" {
            let full = LanguagePrimitives.toString(object["FullName"])
            try searchFile(full, context)
            return
        }
        streamLines.append(LanguagePrimitives.toString(inputObject))
    }

    public func end(_ context: CommandContext) throws {
        if !streamLines.isEmpty { try search(streamLines, path: Self.inputStream, context) }
        if quiet.isPresent && foundAny { try context.write(.bool(true)) }
    }

    private func searchFiles(_ paths: [String], literal: Bool, _ context: CommandContext) throws {
        let includes = include.map { WildcardPattern($0) }
        let excludes = exclude.map { WildcardPattern($0) }
        for written in paths {
            let matches = literal ? [context.shell.resolvePath(written)] : FileSystemItems.expand(written, shell: context.shell)
            if matches.isEmpty || (literal && !FileManager.default.fileExists(atPath: matches[0])) {
                try context.writeError(context.errorRecord(
                    "Cannot find path '\(context.shell.resolvePath(written))' because it does not exist.", id: "PathNotFound",
                    category: .objectNotFound, reason: "ItemNotFoundException", targetName: written, targetType: "String"))
                continue
            }
            for file in matches where !FileSystemItems.isDirectory(file) {
                let name = (file as NSString).lastPathComponent
                if !includes.isEmpty && !includes.contains(where: { $0.matches(name) }) { continue }
                if excludes.contains(where: { $0.matches(name) }) { continue }
                try searchFile(file, context)
            }
        }
    }

    private func searchFile(_ file: String, _ context: CommandContext) throws {
        guard let data = FileManager.default.contents(atPath: file) else {
            try context.writeError(context.errorRecord(
                "Cannot find path '\(file)' because it does not exist.", id: "PathNotFound",
                category: .objectNotFound, reason: "ItemNotFoundException", targetName: file, targetType: "String"))
            return
        }
        var text = String(decoding: data, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        var lines = text.components(separatedBy: "\n").map { $0.hasSuffix("\r") ? String($0.dropLast()) : $0 }
        if lines.last == "" { lines.removeLast() }
        try search(lines, path: file, context)
    }

    private func compiled(_ context: CommandContext) throws -> [NSRegularExpression] {
        if let expressions { return expressions }
        let options: NSRegularExpression.Options = caseSensitive.isPresent ? [] : [.caseInsensitive]
        let made = try pattern.map { text -> NSRegularExpression in
            do {
                return try NSRegularExpression(pattern: simpleMatch.isPresent ? NSRegularExpression.escapedPattern(for: text) : text, options: options)
            } catch {
                throw context.failure("The string \(text) is not a valid regular expression: parsing \"\(text)\" - the pattern is not valid.",
                                      id: "InvalidRegex", category: .invalidArgument, reason: "ArgumentException", targetObject: .string(text))
            }
        }
        expressions = made
        return made
    }

    /// Searches the lines of one source (a file, or the input stream) and writes what was found.
    private func search(_ lines: [String], path: String, _ context: CommandContext) throws {
        let expressions = try compiled(context)
        var hits: [(index: Int, pattern: String, matches: [NSTextCheckingResult])] = []
        for (index, line) in lines.enumerated() {
            let range = NSRange(line.startIndex..., in: line)
            var found: (String, [NSTextCheckingResult])?
            for (patternIndex, expression) in expressions.enumerated() {
                let results = allMatches.isPresent ? expression.matches(in: line, range: range)
                    : expression.firstMatch(in: line, range: range).map { [$0] } ?? []
                if !results.isEmpty {
                    found = (pattern[patternIndex], results)
                    break
                }
            }
            if notMatch.isPresent {
                if found == nil { hits.append((index, pattern.first ?? "", [])) }
            } else if let found {
                hits.append((index, found.0, found.1))
            }
            if list.isPresent && !hits.isEmpty { break }
        }
        guard !hits.isEmpty else { return }
        foundAny = true
        if quiet.isPresent { return }
        let before = self.context.first ?? 0
        let after = self.context.count > 1 ? self.context[1] : before
        let hitLines = Set(hits.map(\.index))
        for (offset, hit) in hits.enumerated() {
            let line = lines[hit.index]
            if raw.isPresent {
                try context.write(.string(line))
                continue
            }
            var contextObject: Value = .null
            if !self.context.isEmpty {
                let previousHit = offset > 0 ? hits[offset - 1].index : -1
                let preStart = max(previousHit + 1, hit.index - before)
                let pre = preStart < hit.index ? Array(lines[preStart..<hit.index]) : []
                var post: [String] = []
                var next = hit.index + 1
                while post.count < after, next < lines.count, !hitLines.contains(next) {
                    post.append(lines[next])
                    next += 1
                }
                contextObject = .object(PSObject(typeNames: ["Microsoft.PowerShell.Commands.MatchInfoContext", "System.Object"], properties: [
                    PSProperty(name: "PreContext", value: .array(pre.map { .string($0) })),
                    PSProperty(name: "PostContext", value: .array(post.map { .string($0) })),
                    PSProperty(name: "DisplayPreContext", value: .array(pre.map { .string($0) })),
                    PSProperty(name: "DisplayPostContext", value: .array(post.map { .string($0) })),
                ]))
            }
            try context.write(.object(matchInfo(line: line, number: hit.index + 1, path: path, pattern: hit.pattern,
                                                matches: hit.matches, context: contextObject, shell: context.shell)))
        }
    }

    private func matchInfo(line: String, number: Int, path: String, pattern: String, matches: [NSTextCheckingResult],
                           context: Value, shell: Shell) -> PSObject {
        let isStream = path == Self.inputStream
        let object = PSObject(typeNames: [Self.typeName, "System.Object"], properties: [
            PSProperty(name: "IgnoreCase", value: .bool(!caseSensitive.isPresent)),
            PSProperty(name: "LineNumber", value: .int(number)),
            PSProperty(name: "Line", value: .string(line)),
            PSProperty(name: "Filename", value: .string(isStream ? path : (path as NSString).lastPathComponent)),
            PSProperty(name: "Path", value: .string(path)),
            PSProperty(name: "Pattern", value: .string(pattern)),
            PSProperty(name: "Context", value: context),
            PSProperty(name: "Matches", value: .array(matches.map { .object(RegexMatchObjects.match($0, in: line)) })),
        ])
        let location = shell.location
        object.stringValue = { Self.text(of: object, relativeTo: location) }
        return object
    }

    /// MatchInfo.ToString(directory): `line` for input, `relative/path:number:line` for a file; with context,
    /// `> ` before the match and `  ` before each context line.
    static func text(of object: PSObject, relativeTo directory: String) -> String {
        let path = LanguagePrimitives.toString(object["Path"])
        let line = LanguagePrimitives.toString(object["Line"])
        let number = (try? LanguagePrimitives.toInt(object["LineNumber"])) ?? 0
        let isStream = path == inputStream
        var shown = path
        if !isStream, shown.hasPrefix(directory + "/") { shown = String(shown.dropFirst(directory.count + 1)) }
        func format(_ text: String, _ lineNumber: Int) -> String { isStream ? text : "\(shown):\(lineNumber):\(text)" }
        guard case .object(let context) = object["Context"] else { return format(line, number) }
        let pre = context["PreContext"].enumerated.map { LanguagePrimitives.toString($0) }
        let post = context["PostContext"].enumerated.map { LanguagePrimitives.toString($0) }
        var lines: [String] = []
        for (offset, text) in pre.enumerated() { lines.append("  " + format(text, number - pre.count + offset)) }
        lines.append("> " + format(line, number))
        for (offset, text) in post.enumerated() { lines.append("  " + format(text, number + 1 + offset)) }
        return lines.joined(separator: "\n")
    }
}

extension SelectStringCommand {
    /// MatchInfo prints its `ToString` (relative to the current folder at the time it was made).
    static var views: [FormatView] {
        [FormatView(typeName: typeName, shape: .custom { value in
            LanguagePrimitives.toString(value).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        })]
    }
}
