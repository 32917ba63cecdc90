import Foundation
import PowerShellSyntax

/// `[Type]::Member` for the handful of .NET types operator scripts reach for.
enum StaticMembers {
    static func property(_ owner: Value, _ name: String, shell: Shell, span: SourceSpan) throws -> Value {
        guard case .type(let type) = owner else { return Members.property(of: owner, named: name, shell: shell) }
        let member = name.lowercased()
        switch (type.fullName, member) {
        case ("System.Int32", "maxvalue"): return .int(Int(Int32.max))
        case ("System.Int32", "minvalue"): return .int(Int(Int32.min))
        case ("System.Int64", "maxvalue"): return .int(Int.max)
        case ("System.Int64", "minvalue"): return .int(Int.min)
        case ("System.Double", "maxvalue"): return .double(Double.greatestFiniteMagnitude)
        case ("System.Math", "pi"): return .double(Double.pi)
        case ("System.Math", "e"): return .double(M_E)
        case ("System.String", "empty"): return .string("")
        case ("System.DateTime", "now"): return .date(Date())
        case ("System.DateTime", "utcnow"): return .date(Date())
        case ("System.DateTime", "today"):
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = DateFormatting.localZone
            return .date(calendar.startOfDay(for: Date()))
        case ("System.Environment", "newline"): return .string("\n")
        case ("System.Environment", "machinename"): return .string(ProcessInfo.processInfo.hostName)
        case ("System.Environment", "username"): return .string(ProcessInfo.processInfo.environment["USER"] ?? "root")
        case ("System.Environment", "currentdirectory"): return .string(shell.location)
        case ("System.IO.Path", "directoryseparatorchar"): return .string("/")
        default: break
        }
        if let enumType = shell.types.enumeration(type.fullName), let value = enumType.value(named: name) {
            return .enumValue(value)
        }
        return .null
    }

    static func invoke(_ owner: Value, _ name: String, _ arguments: [Value], shell: Shell, span: SourceSpan) throws -> Value {
        guard case .type(let type) = owner else { return try Members.invoke(owner, name, arguments, shell: shell, span: span) }
        func text(_ index: Int) -> String { index < arguments.count ? LanguagePrimitives.toString(arguments[index]) : "" }
        func number(_ index: Int) throws -> Double { index < arguments.count ? try LanguagePrimitives.toDouble(arguments[index]) : 0 }
        func argument(_ index: Int) -> Value { index < arguments.count ? arguments[index] : .null }
        let member = name.lowercased()
        switch (type.fullName, member) {
        case ("System.Math", "max"): return try Operators.numericResult(max(number(0), number(1)), like: [argument(0), argument(1)])
        case ("System.Math", "min"): return try Operators.numericResult(min(number(0), number(1)), like: [argument(0), argument(1)])
        case ("System.Math", "abs"): return try Operators.numericResult(abs(number(0)), like: [argument(0)])
        case ("System.Math", "floor"): return .double((try number(0)).rounded(.down))
        case ("System.Math", "ceiling"): return .double((try number(0)).rounded(.up))
        case ("System.Math", "round"):
            let digits = arguments.count > 1 ? try LanguagePrimitives.toInt(arguments[1]) : 0
            let factor = pow(10.0, Double(max(0, min(digits, 15))))
            return .double(((try number(0)) * factor).rounded(.toNearestOrEven) / factor)
        case ("System.Math", "pow"): return .double(pow(try number(0), try number(1)))
        case ("System.Math", "sqrt"): return .double(sqrt(try number(0)))
        case ("System.Math", "truncate"): return .double((try number(0)).rounded(.towardZero))
        case ("System.Management.Automation.ScriptBlock", "create"):
            // [scriptblock]::Create(text): a parse error is a terminating error positioned in the text.
            let source = SourceText(text(0))
            do {
                return .scriptBlock(ScriptBlockValue(ast: try Parser.parse(text(0)), source: source))
            } catch {
                throw RuntimeError(shell.parseErrorRecord(error, source: source))
            }
        case ("System.String", "isnullorempty"): return .bool(argument(0).isNull || text(0).isEmpty)
        case ("System.String", "isnullorwhitespace"): return .bool(text(0).trimmingCharacters(in: .whitespacesAndNewlines).isEmpty)
        case ("System.String", "join"):
            let items = arguments.dropFirst().flatMap { $0.enumerated }
            return .string(items.map { LanguagePrimitives.toString($0) }.joined(separator: text(0)))
        case ("System.String", "format"):
            return .string(try FormatStrings.format(text(0), Array(arguments.dropFirst()).flatMap { arguments.count == 2 ? $0.enumerated : [$0] }, shell: shell, span: span))
        case ("System.String", "concat"): return .string(arguments.map { LanguagePrimitives.toString($0) }.joined())
        case ("System.Int32", "parse"), ("System.Int64", "parse"):
            return .int(try Conversion.toInt(argument(0), typeName: type.fullName, shell: shell, span: span))
        case ("System.Double", "parse"): return .double(try LanguagePrimitives.toDouble(argument(0)))
        case ("System.DateTime", "parse"):
            guard let date = DateFormatting.parse(text(0)) else {
                throw shell.error("Exception calling \"Parse\" with \"1\" argument(s): \"String '\(text(0))' was not recognized as a valid DateTime.\"", id: "FormatException", category: .notSpecified, span: span, reason: "MethodInvocationException")
            }
            return .date(date)
        case ("System.Guid", "newguid"): return .string(UUID().uuidString.lowercased())
        case ("System.Environment", "getenvironmentvariable"):
            return ProcessInfo.processInfo.environment[text(0)].map { .string($0) } ?? .null
        case ("System.Environment", "setenvironmentvariable"):
            setenv(text(0), text(1), 1)
            return .null
        case ("System.IO.Path", "combine"):
            var url = URL(fileURLWithPath: text(0))
            for part in arguments.dropFirst() { url.appendPathComponent(LanguagePrimitives.toString(part)) }
            return .string(url.path)
        case ("System.IO.Path", "getfilename"): return .string((text(0) as NSString).lastPathComponent)
        case ("System.IO.Path", "getextension"):
            let ext = (text(0) as NSString).pathExtension
            return .string(ext.isEmpty ? "" : "." + ext)
        case ("System.IO.Path", "getfilenamewithoutextension"): return .string(((text(0) as NSString).lastPathComponent as NSString).deletingPathExtension)
        case ("System.IO.Path", "getdirectoryname"): return .string((text(0) as NSString).deletingLastPathComponent)
        case ("System.IO.Path", "gettemppath"): return .string(NSTemporaryDirectory())
        case ("System.IO.Path", "gettempfilename"):
            let path = NSTemporaryDirectory() + "tmp" + String(UInt32.random(in: 0...UInt32.max), radix: 16) + ".tmp"
            _ = FileManager.default.createFile(atPath: path, contents: Data())  // .NET creates it too; a failure shows when it is used
            return .string(path)
        case ("System.IO.File", "exists"): return .bool(FileManager.default.fileExists(atPath: shell.resolvePath(text(0))))
        case ("System.IO.File", "readalltext"):
            guard let data = FileManager.default.contents(atPath: shell.resolvePath(text(0))) else {
                throw shell.error("Exception calling \"ReadAllText\" with \"1\" argument(s): \"Could not find file '\(shell.resolvePath(text(0)))'.\"", id: "FileNotFoundException", category: .notSpecified, span: span, reason: "MethodInvocationException")
            }
            return .string(String(decoding: data, as: UTF8.self))
        case ("System.IO.File", "writealltext"):
            do {
                try Data(text(1).utf8).write(to: URL(fileURLWithPath: shell.resolvePath(text(0))))
            } catch {
                throw shell.error("Exception calling \"WriteAllText\" with \"2\" argument(s): \"\(error.localizedDescription)\"", id: "IOException", category: .notSpecified, span: span, reason: "MethodInvocationException")
            }
            return .null
        case ("System.Convert", "tobase64string"):
            let bytes: [UInt8] = try argument(0).enumerated.map { UInt8(truncatingIfNeeded: try LanguagePrimitives.toInt($0)) }
            return .string(Data(bytes).base64EncodedString())
        case ("System.Convert", "frombase64string"):
            guard let data = Data(base64Encoded: text(0)) else {
                throw shell.error("Exception calling \"FromBase64String\" with \"1\" argument(s): \"The input is not a valid Base-64 string as it contains a non-base 64 character, more than two padding characters, or an illegal character among the padding characters.\"", id: "FormatException", category: .notSpecified, span: span, reason: "MethodInvocationException")
            }
            return .array(data.map { .int(Int($0)) })
        case ("System.Convert", "toint32"): return .int(try Conversion.toInt(argument(0), typeName: "System.Int32", shell: shell, span: span))
        case ("System.Convert", "tostring"): return .string(text(0))
        case ("System.Text.RegularExpressions.Regex", "escape"): return .string(NSRegularExpression.escapedPattern(for: text(0)))
        case ("System.Text.RegularExpressions.Regex", "ismatch"):
            return .bool(try Operators.regexMatch(text(0), pattern: text(1), caseSensitive: true, shell: shell))
        case ("System.Text.RegularExpressions.Regex", "replace"):
            return .string(try Operators.regexReplace(text(0), pattern: text(1), replacement: text(2), caseSensitive: true, shell: shell, span: span))
        default:
            throw shell.error("Method invocation failed because [\(type.fullName)] does not contain a method named '\(name)'.", id: "MethodNotFound", span: span)
        }
    }
}
