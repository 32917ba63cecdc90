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
        case ("System.Double", "minvalue"): return .double(-Double.greatestFiniteMagnitude)
        case ("System.Double", "epsilon"): return .double(Double.leastNonzeroMagnitude)
        case ("System.Double", "nan"): return .double(Double.nan)
        case ("System.Double", "positiveinfinity"): return .double(Double.infinity)
        case ("System.Double", "negativeinfinity"): return .double(-Double.infinity)
        case (let name, "maxvalue") where Conversion.integerRanges[name] != nil:
            return IntegerObject.make(Conversion.integerRanges[name]?.0.upperBound ?? 0, typeName: name)
        case (let name, "minvalue") where Conversion.integerRanges[name] != nil:
            return IntegerObject.make(Conversion.integerRanges[name]?.0.lowerBound ?? 0, typeName: name)
        case ("System.Char", "maxvalue"): return .dotNet(CharObject(code: UInt16.max))
        case ("System.Char", "minvalue"): return .dotNet(CharObject(code: 0))
        case ("System.StringComparer", let name):
            let names = ["ordinal": "Ordinal", "ordinalignorecase": "OrdinalIgnoreCase", "invariantculture": "InvariantCulture",
                         "invariantcultureignorecase": "InvariantCultureIgnoreCase", "currentculture": "CurrentCulture",
                         "currentcultureignorecase": "CurrentCultureIgnoreCase"]
            return names[name].map { .dotNet(StringComparerObject(name: $0)) } ?? .null
        case ("System.Text.Encoding", let name):
            return EncodingObject(named: name).map { .dotNet($0) } ?? .null
        case ("System.Math", "pi"): return .double(Double.pi)
        case ("System.Math", "e"): return .double(M_E)
        case ("System.String", "empty"): return .string("")
        case ("System.Guid", "empty"): return .dotNet(GuidObject.empty())
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
        let call = MethodCall(shell: shell, span: span, writtenName: name, arguments: arguments)
        if member == "new" {
            if let made = try shell.construct(type.fullName, call: call) { return made }
            throw shell.error("Method invocation failed because [\(type.fullName)] does not contain a method named 'new'.", id: "MethodNotFound", span: span)
        }
        if let result = try invokeMore(type.fullName, member, call) { return result }
        switch (type.fullName, member) {
        case ("System.Math", "max"): return try Operators.numericResult(max(number(0), number(1)), like: [argument(0), argument(1)])
        case ("System.Math", "min"): return try Operators.numericResult(min(number(0), number(1)), like: [argument(0), argument(1)])
        case ("System.Math", "abs"): return try Operators.numericResult(abs(number(0)), like: [argument(0)])
        case ("System.Math", "floor"): return .double((try number(0)).rounded(.down))
        case ("System.Math", "ceiling"): return .double((try number(0)).rounded(.up))
        case ("System.Math", "round"):
            // Round(x), Round(x, digits), Round(x, mode), Round(x, digits, mode): to even unless AwayFromZero.
            var digits = 0
            var awayFromZero = false
            for extra in arguments.dropFirst() {
                if case .enumValue(let mode) = extra { awayFromZero = mode.name == "AwayFromZero" } else { digits = try LanguagePrimitives.toInt(extra) }
            }
            let factor = pow(10.0, Double(max(0, min(digits, 15))))
            let rounded = ((try number(0)) * factor).rounded(awayFromZero ? .toNearestOrAwayFromZero : .toNearestOrEven) / factor
            if case .decimal = argument(0) { return .decimal(Decimal(string: LanguagePrimitives.formatDouble(rounded)) ?? Decimal(rounded)) }
            return .double(rounded)
        case ("System.Math", "pow"): return .double(pow(try number(0), try number(1)))
        case ("System.Math", "sqrt"): return .double(sqrt(try number(0)))
        case ("System.Math", "truncate"): return .double((try number(0)).rounded(.towardZero))
        case ("System.Math", "sign"):
            let value = try number(0)
            return .int(value > 0 ? 1 : (value < 0 ? -1 : 0))
        case ("System.Math", "log10"): return .double(log10(try number(0)))
        case ("System.Math", "log"):
            // Log(x) is the natural logarithm; Log(x, base) divides by the base's (System.Math.Log).
            return arguments.count > 1 ? .double(log(try number(0)) / log(try number(1))) : .double(log(try number(0)))
        case ("System.Math", "exp"): return .double(exp(try number(0)))
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
        case ("System.Int32", "tryparse"), ("System.Int64", "tryparse"), ("System.Double", "tryparse"):
            // TryParse(String, out result): the result goes to the `[ref]` variable, 0 when the text is not a number
            // (learn.microsoft.com/dotnet/api/system.int32.tryparse: NumberStyles.Integer; system.double.tryparse: Float and AllowThousands).
            guard arguments.count == 2 else {
                throw shell.error("Cannot find an overload for \"\(name)\" and the argument count: \"\(arguments.count)\".",
                                  id: "MethodCountCouldNotFindBest", category: .notSpecified, span: span, reason: "MethodException")
            }
            guard case .dotNet(let reference as ReferenceObject) = argument(1) else {
                throw shell.error("Argument: '2' should be a System.Management.Automation.PSReference. Use [ref].",
                                  id: "NonRefArgumentToRefParameterMsg", category: .notSpecified, span: span, reason: "MethodException")
            }
            let parsed: Value?
            switch type.fullName {
            case "System.Double": parsed = NumberText.double(text(0)).map { .double($0) }
            case "System.Int64": parsed = NumberText.integer(text(0), in: Int(Int64.min)...Int(Int64.max)).map { IntegerObject.int64($0) }
            default: parsed = NumberText.integer(text(0), in: Int(Int32.min)...Int(Int32.max)).map { .int($0) }
            }
            reference.value = parsed ?? (type.fullName == "System.Double" ? .double(0) : type.fullName == "System.Int64" ? IntegerObject.int64(0) : .int(0))
            return .bool(parsed != nil)
        case ("System.DateTime", "parse"):
            guard let date = DateFormatting.parse(text(0)) else {
                throw shell.error("Exception calling \"Parse\" with \"1\" argument(s): \"String '\(text(0))' was not recognized as a valid DateTime.\"", id: "FormatException", category: .notSpecified, span: span, reason: "MethodInvocationException")
            }
            return .date(date)
        case ("System.Guid", "newguid"): return .dotNet(GuidObject.random())
        case ("System.Guid", "parse"):
            guard let guid = GuidObject.parse(text(0)) else {
                throw shell.error("Exception calling \"\(name)\" with \"\(arguments.count)\" argument(s): \"Guid should contain 32 digits with 4 dashes (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).\"",
                                  id: "FormatException", category: .notSpecified, span: span, reason: "MethodInvocationException")
            }
            return .dotNet(guid)
        case ("System.Environment", "getenvironmentvariable"):
            return ProcessInfo.processInfo.environment[text(0)].map { .string($0) } ?? .null
        case ("System.Environment", "setenvironmentvariable"):
            setenv(text(0), text(1), 1)
            return .null
        case ("System.IO.Path", "combine"):
            // Combine(String[]) as well as the fixed-count overloads: `[IO.Path]::Combine(@('a', 'b'))`.
            let parts = arguments.count == 1 ? argument(0).enumerated : arguments
            if let missing = parts.firstIndex(where: \.isNull) {
                let parameter = arguments.count == 1 ? "paths" : "path\(missing + 1)"
                throw shell.error("Exception calling \"\(name)\" with \"\(arguments.count)\" argument(s): \"Value cannot be null.\nParameter name: \(parameter)\"",
                                  id: "ArgumentNullException", category: .notSpecified, span: span, reason: "MethodInvocationException")
            }
            return .string(PathText.combine(parts.map { LanguagePrimitives.toString($0) }))
        case ("System.IO.Path", "ispathrooted"): return .bool(text(0).hasPrefix("/"))
        case ("System.IO.Path", "getfilename"): return argument(0).isNull ? .null : .string(PathText.fileName(text(0)))
        case ("System.IO.Path", "getextension"): return argument(0).isNull ? .null : .string(PathText.extensionText(text(0)))
        case ("System.IO.Path", "getfilenamewithoutextension"):
            return argument(0).isNull ? .null : .string(PathText.fileNameWithoutExtension(text(0)))
        case ("System.IO.Path", "getdirectoryname"): return PathText.directoryName(text(0)).map { .string($0) } ?? .null
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
            return .dotNet(CollectionObject(kind: .array, elementType: "System.Byte", items: data.map { .int(Int($0)) }))
        case ("System.Convert", "toint32"), ("System.Convert", "toint64"):
            let bits = member == "toint64" ? 64 : 32
            guard arguments.count == 2 else {
                return .int(try Conversion.toInt(argument(0), typeName: bits == 64 ? "System.Int64" : "System.Int32", shell: shell, span: span))
            }
            // ToInt32(String, Int32): the text's digits in a base; a null string is 0.
            if argument(0).isNull { return .int(0) }
            return try convertingBase(name, arguments.count, shell: shell, span: span, bits: bits) {
                .int(try NumberBase.parse(text(0), base: try LanguagePrimitives.toInt(argument(1)), bits: bits))
            }
        case ("System.Convert", "tostring"):
            // ToString(Int32, Int32) or ToString(Int64, Int32), as the value's type picks the overload.
            let value: Int, bits: Int
            switch argument(0) {
            case .int(let number) where arguments.count == 2:
                value = number
                bits = Int(Int32.min)...Int(Int32.max) ~= number ? 32 : 64
            case .dotNet(let object as IntegerObject) where arguments.count == 2:
                value = object.value
                bits = 64
            default:
                return .string(text(0))
            }
            return try convertingBase(name, arguments.count, shell: shell, span: span, bits: bits) {
                .string(try NumberBase.format(value, base: try LanguagePrimitives.toInt(argument(1)), bits: bits))
            }
        case ("System.Convert", "todouble"): return .double(try LanguagePrimitives.toDouble(argument(0)))
        case ("System.Convert", "toboolean"):
            // ToBoolean(String) takes only True/False (any case, trimmed); numbers are true when not zero.
            guard case .string(let value) = argument(0) else { return .bool(LanguagePrimitives.isTrue(argument(0))) }
            switch value.trimmingCharacters(in: .whitespaces).lowercased() {
            case "true": return .bool(true)
            case "false": return .bool(false)
            default:
                throw shell.error("Exception calling \"\(name)\" with \"\(arguments.count)\" argument(s): \"String was not recognized as a valid Boolean.\"",
                                  id: "FormatException", category: .notSpecified, span: span, reason: "MethodInvocationException")
            }
        case ("System.Text.RegularExpressions.Regex", "escape"): return .string(NSRegularExpression.escapedPattern(for: text(0)))
        case ("System.Text.RegularExpressions.Regex", "ismatch"), ("System.Text.RegularExpressions.Regex", "match"),
             ("System.Text.RegularExpressions.Regex", "matches"), ("System.Text.RegularExpressions.Regex", "split"),
             ("System.Text.RegularExpressions.Regex", "replace"):
            // The static forms take (input, pattern[, replacement][, options]).
            try call.expect(2, 3, 4)
            let replaces = member == "replace"
            let optionIndex = replaces ? 3 : 2
            let ignoreCase = arguments.count > optionIndex && text(optionIndex).lowercased().contains("ignorecase")
            let regex = try RegexObject(pattern: text(1), ignoreCase: ignoreCase, shell: shell, span: span)
            let instanceArguments = replaces ? [argument(0), argument(2)] : [argument(0)]
            let instanceCall = MethodCall(shell: shell, span: span, writtenName: name, arguments: instanceArguments, object: regex)
            guard case .value(let result)? = try regex.invoke(member, instanceArguments, call: instanceCall) else { return .null }
            return result
        default:
            throw shell.error("Method invocation failed because [\(type.fullName)] does not contain a method named '\(name)'.", id: "MethodNotFound", span: span)
        }
    }

    /// A base conversion of System.Convert; its failure is the method's exception.
    private static func convertingBase(_ name: String, _ count: Int, shell: Shell, span: SourceSpan, bits: Int,
                                       _ body: () throws -> Value) throws -> Value {
        do {
            return try body()
        } catch let failure as NumberBase.Failure {
            throw shell.error("Exception calling \"\(name)\" with \"\(count)\" argument(s): \"\(failure.message(bits: bits))\"",
                              id: failure.exceptionName, category: .notSpecified, span: span, reason: "MethodInvocationException")
        }
    }

    /// The static methods added with the .NET collections and exceptions: `[char]::IsDigit`, `[object]::ReferenceEquals`,
    /// `[scriptblock]::Create`, `[enum]::GetNames`, `[string]::Compare`; `nil` for the others.
    static func invokeMore(_ typeName: String, _ member: String, _ call: MethodCall) throws -> Value? {
        let shell = call.shell
        func text(_ index: Int) -> String { LanguagePrimitives.toString(call.argument(index)) }
        switch (typeName, member) {
        case ("System.Char", let test) where CharObject.test(test, "a") != nil:
            try call.expect(1, 2)
            var characters = Array(text(0))
            if call.arguments.count == 2 {
                let index = try call.int(1, parameter: "index")
                guard index >= 0, index < characters.count else {
                    throw call.failure("Index was out of range. Must be non-negative and less than the size of the collection.\r\nParameter name: index", exception: "System.ArgumentOutOfRangeException")
                }
                characters = [characters[index]]
            }
            guard characters.count == 1, let character = characters.first else {
                _ = try call.convert(call.argument(0), to: "System.Char", parameter: "c")
                throw call.overloadFailure()
            }
            return .bool(CharObject.test(test, character) ?? false)
        case ("System.Char", "toupper"), ("System.Char", "tolower"), ("System.Char", "toupperinvariant"), ("System.Char", "tolowerinvariant"):
            try call.expect(1)
            guard case .dotNet(let character as CharObject) = try call.convert(0, to: "System.Char", parameter: "c") else { return .null }
            let changed = member.hasPrefix("toupper") ? character.text.uppercased() : character.text.lowercased()
            return .dotNet(CharObject(code: changed.utf16.count == 1 ? changed.utf16.first ?? character.code : character.code))
        case ("System.Char", "getnumericvalue"):
            try call.expect(1)
            return .double(Array(text(0)).first?.wholeNumberValue.map(Double.init) ?? -1)
        case ("System.Char", "convertfromutf32"):
            try call.expect(1)
            guard let scalar = Unicode.Scalar(UInt32(clamping: try call.int(0, parameter: "utf32"))) else {
                throw call.failure("A valid UTF32 value is between 0x000000 and 0x10ffff, inclusive, and should not include surrogate codepoint values (0x00d800 ~ 0x00dfff).\r\nParameter name: utf32", exception: "System.ArgumentOutOfRangeException")
            }
            return .string(String(Character(scalar)))
        case ("System.Object", "referenceequals"):
            try call.expect(2)
            return .bool(sameReference(call.argument(0), call.argument(1)))
        case ("System.Object", "equals"):
            try call.expect(2)
            return .bool(LanguagePrimitives.areEqual(call.argument(0), call.argument(1), caseSensitive: true))
        case ("System.Management.Automation.ScriptBlock", "create"):
            try call.expect(1)
            do {
                return .scriptBlock(try shell.scriptBlock(parsing: text(0), span: call.span))
            } catch let error as RuntimeError where error.record.exceptionType == "System.Management.Automation.ParseException" {
                // A .NET method that throws: `Exception calling "Create" with "1" argument(s): "At line:1 char:4 ..."`,
                // a MethodInvocationException whose id is ParseException (the ParseException's message holds the position).
                var message = error.record.message
                if !message.hasPrefix("At line:"), let position = error.record.position {
                    message = (ErrorView.positionMessage(position) + [message]).joined(separator: "\n")
                }
                throw call.failure(message, exception: "System.Management.Automation.ParseException")
            }
        case ("System.String", "compare"):
            try call.expect(2, 3)
            var ignoreCase = false
            if call.arguments.count == 3 {
                switch call.argument(2) {
                case .bool(let flag): ignoreCase = flag
                case .enumValue(let comparison): ignoreCase = comparison.name.hasSuffix("IgnoreCase")
                default: ignoreCase = LanguagePrimitives.isTrue(call.argument(2))
                }
            }
            let order = LanguagePrimitives.compareStrings(text(0), text(1), caseSensitive: !ignoreCase)
            return .int(order == .orderedAscending ? -1 : (order == .orderedSame ? 0 : 1))
        case ("System.String", "equals"):
            try call.expect(2, 3)
            let ignoreCase: Bool
            if case .enumValue(let comparison) = call.argument(2) { ignoreCase = comparison.name.hasSuffix("IgnoreCase") } else { ignoreCase = false }
            return .bool(ignoreCase ? CaseInsensitiveText.equal(text(0), text(1)) : text(0) == text(1))
        case ("System.Enum", "getnames"), ("System.Enum", "getvalues"):
            try call.expect(1)
            guard case .type(let enumType) = call.argument(0), let type = shell.types.enumeration(enumType.fullName) else {
                throw call.failure("Type provided must be an Enum.\r\nParameter name: enumType", exception: "System.ArgumentException")
            }
            if member == "getnames" {
                return .dotNet(CollectionObject(kind: .array, elementType: "System.String", items: type.names.map { .string($0) }))
            }
            return .array(zip(type.names, type.values).map { .enumValue(EnumValue(typeName: type.name, name: $0.0, rawValue: $0.1)) })
        case ("System.Enum", "parse"):
            try call.expect(2, 3)
            guard case .type(let enumType) = call.argument(0) else { throw call.overloadFailure() }
            return try Conversion.convert(call.argument(1), to: enumType.fullName, shell: shell, span: call.span)
        case ("System.Enum", "isdefined"):
            try call.expect(2)
            guard case .type(let enumType) = call.argument(0), let type = shell.types.enumeration(enumType.fullName) else { throw call.overloadFailure() }
            if case .int(let raw) = call.argument(1) { return .bool(type.values.contains(raw)) }
            return .bool(type.names.contains(text(1)))
        case ("System.Text.Encoding", "getencoding"):
            try call.expect(1)
            let wanted = text(0).lowercased().replacingOccurrences(of: "-", with: "")
            let aliases = ["utf8": "utf8", "usascii": "ascii", "ascii": "ascii", "utf16": "unicode", "unicode": "unicode", "utf16be": "bigendianunicode", "utf32": "utf32"]
            guard let encoding = aliases[wanted].flatMap({ EncodingObject(named: $0) }) else {
                throw call.failure("'\(text(0))' is not a supported encoding name. For information on defining a custom encoding, see the documentation for the Encoding.RegisterProvider method.\r\nParameter name: name", exception: "System.ArgumentException")
            }
            return .dotNet(encoding)
        case ("System.Array", "indexof"), ("System.Array", "lastindexof"):
            try call.expect(2)
            let items = call.argument(0).collectionElements ?? []
            let found = member == "indexof" ? items.firstIndex { LanguagePrimitives.areEqual($0, call.argument(1), caseSensitive: true) }
                : items.lastIndex { LanguagePrimitives.areEqual($0, call.argument(1), caseSensitive: true) }
            return .int(found ?? -1)
        case ("System.Array", "reverse"), ("System.Array", "sort"), ("System.Array", "clear"):
            // In place, so only on an array held by reference (a typed array or list); `.array` values are copies.
            guard case .dotNet(let collection as CollectionObject) = call.argument(0) else { return .null }
            switch member {
            case "reverse": collection.items.reverse()
            case "sort": collection.items.sort { (LanguagePrimitives.compare($0, $1) ?? .orderedSame) == .orderedAscending }
            default: collection.items = collection.items.map { _ in collection.defaultElement }
            }
            shell.lastExpressionGaveNothing = true
            return .null
        default:
            return nil
        }
    }

    /// Array.Reverse, Sort and Clear of an array held as a value: the changed elements, which the caller writes back
    /// to the variable (learn.microsoft.com/dotnet/api/system.array.reverse, .sort, .clear change the array in place);
    /// `nil` for the other methods.
    static func arrayChangedInPlace(_ name: String, _ items: [Value], _ arguments: [Value], shell: Shell, span: SourceSpan) throws -> [Value]? {
        switch name.lowercased() {
        case "reverse" where arguments.count == 1: return items.reversed()
        case "sort" where arguments.count == 1:
            return items.sorted { (LanguagePrimitives.compare($0, $1) ?? .orderedSame) == .orderedAscending }
        case "clear" where arguments.count == 3:
            // Clear(array, index, length), the overload .NET Framework has; an object[]'s elements become $null.
            let start = try LanguagePrimitives.toInt(arguments[1])
            let length = try LanguagePrimitives.toInt(arguments[2])
            guard start >= 0, length >= 0, start + length <= items.count else {
                throw shell.error("Exception calling \"\(name)\" with \"\(arguments.count)\" argument(s): \"Index was outside the bounds of the array.\"",
                                  id: "IndexOutOfRangeException", category: .notSpecified, span: span, reason: "MethodInvocationException")
            }
            var changed = items
            for index in start..<(start + length) { changed[index] = .null }
            return changed
        default:
            return nil
        }
    }

    /// `[object]::ReferenceEquals`: the same object, for the values held by reference.
    static func sameReference(_ left: Value, _ right: Value) -> Bool {
        switch (left, right) {
        case (.object(let a), .object(let b)): return a === b
        case (.hashtable(let a), .hashtable(let b)): return a === b
        case (.dotNet(let a), .dotNet(let b)): return a === b
        case (.scriptBlock(let a), .scriptBlock(let b)): return a === b
        case (.null, .null): return true
        default: return false
        }
    }
}
