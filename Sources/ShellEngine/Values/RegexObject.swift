import Foundation
import PowerShellSyntax

/// `[regex]'pattern'`: a compiled .NET regular expression with Match, Matches, IsMatch, Replace and Split.
/// Source: https://learn.microsoft.com/dotnet/api/system.text.regularexpressions.regex
public final class RegexObject: DotNetObject {
    public let pattern: String
    let regex: NSRegularExpression

    init(pattern: String, ignoreCase: Bool = false, shell: Shell, span: SourceSpan) throws {
        self.pattern = pattern
        self.regex = try Operators.compileRegex(pattern, caseSensitive: !ignoreCase, shell: shell, span: span)
    }

    public override var typeNames: [String] { ["System.Text.RegularExpressions.Regex", "System.Object"] }

    public override var text: String { pattern }

    public override var displayProperties: [(name: String, value: Value)] {
        [("Options", .enumValue(EnumValue(typeName: "System.Text.RegularExpressions.RegexOptions", name: regex.options.contains(.caseInsensitive) ? "IgnoreCase" : "None", rawValue: regex.options.contains(.caseInsensitive) ? 1 : 0))),
         ("MatchTimeout", .string("-00:00:00.0010000")), ("RightToLeft", .bool(false))]
    }

    public override var members: [DotNetMember] {
        DotNetMember.objectMethods + [
            .method("GetGroupNames", "string[] GetGroupNames()"),
            .method("IsMatch", "bool IsMatch(string input)"),
            .method("Match", "System.Text.RegularExpressions.Match Match(string input)"),
            .method("Matches", "System.Text.RegularExpressions.MatchCollection Matches(string input)"),
            .method("Replace", "string Replace(string input, string replacement)"),
            .method("Split", "string[] Split(string input)"),
        ]
    }

    override func invoke(_ lower: String, _ arguments: [Value], call: MethodCall) throws -> MethodResult? {
        let input = LanguagePrimitives.toString(call.argument(0))
        switch lower {
        case "ismatch":
            try call.expect(1)
            return .value(.bool(try Operators.firstMatch(regex, in: input, shell: call.shell) != nil))
        case "match":
            try call.expect(1)
            guard let match = try Operators.firstMatch(regex, in: input, shell: call.shell) else {
                return .value(.object(Operators.emptyMatch()))
            }
            return .value(.object(Operators.matchObject(match, in: input, pattern: pattern)))
        case "matches":
            try call.expect(1)
            var found: [Value] = []
            try Operators.enumerateMatches(regex, in: input, shell: call.shell) { match in
                found.append(.object(Operators.matchObject(match, in: input, pattern: pattern)))
                return true
            }
            return .value(.array(found))
        case "replace":
            try call.expect(2)
            if case .scriptBlock = call.argument(1) {
                return .value(.string(try Operators.regexReplace(input, regex: regex, pattern: pattern, evaluator: call.argument(1), shell: call.shell, span: call.span)))
            }
            return .value(.string(try Operators.regexReplace(input, regex: regex, replacement: LanguagePrimitives.toString(call.argument(1)), shell: call.shell, span: call.span)))
        case "split":
            try call.expect(1)
            let pieces = try Operators.regexSplit(input, regex: regex, limit: 0, shell: call.shell, span: call.span)
            return .value(.dotNet(CollectionObject(kind: .array, elementType: "System.String", items: pieces.map { .string($0) })))
        case "getgroupnames":
            let names = (0...regex.numberOfCaptureGroups).map { String($0) }.filter { _ in true }
            let named = Operators.namedGroups(in: pattern)
            let numbered = names.prefix(regex.numberOfCaptureGroups + 1 - named.count)
            return .value(.dotNet(CollectionObject(kind: .array, elementType: "System.String", items: (Array(numbered) + named).map { .string($0) })))
        case "tostring":
            return .value(.string(pattern))
        default:
            return nil
        }
    }
}
