import Foundation
import PowerShellSyntax

/// PowerShell's binary operators with its conversions.
package enum Operators {
    static func binary(_ op: BinaryOperator, _ lhs: Value, _ rhs: Value, shell: Shell, span: SourceSpan) throws -> Value {
        // A number or string wrapped to carry notes (Select-Object -ExpandProperty with -Property) computes as itself.
        if case .object(let object) = lhs, object.baseObject != nil, let wrapped = object.wrappedValue {
            return try binary(op, wrapped, rhs, shell: shell, span: span)
        }
        if case .object(let object) = rhs, object.baseObject != nil, let wrapped = object.wrappedValue {
            return try binary(op, lhs, wrapped, shell: shell, span: span)
        }
        switch op {
        case .add: return try add(lhs, rhs, shell: shell, span: span)
        case .subtract, .multiply, .divide, .remainder:
            if op == .subtract, case .date(let date) = lhs {
                // DateTime - DateTime is a TimeSpan; DateTime - TimeSpan (or ticks) is a DateTime.
                if case .date(let other) = rhs { return .object(TimeSpanObject.make(seconds: date.timeIntervalSince(other))) }
                if let seconds = TimeSpanObject.seconds(of: rhs) { return .date(date.addingTimeInterval(-seconds)) }
                return .date(date.addingTimeInterval(-(try LanguagePrimitives.toDouble(rhs)) / 10_000_000))
            }
            if op == .multiply, case .string(let text) = lhs {
                let count = try Conversion.toInt(rhs, typeName: "System.Int32", shell: shell, span: span)
                let (bytes, overflow) = count.multipliedReportingOverflow(by: max(1, text.utf8.count))
                try MemoryLimits.checkString(bytes: overflow ? -1 : bytes, shell, span)
                try MemoryLimits.chargeString(bytes: bytes, shell)
                return .string(MemoryLimits.repeated(text, count: count))
            }
            if op == .multiply, case .array(let items) = lhs {
                let count = try Conversion.toInt(rhs, typeName: "System.Int32", shell: shell, span: span)
                let (total, overflow) = count.multipliedReportingOverflow(by: max(1, items.count))
                try MemoryLimits.checkArray(count: overflow ? -1 : total, shell, span)
                try MemoryLimits.chargeArray(count: total, shell)
                return .array(MemoryLimits.repeated(items, count: count))
            }
            return try arithmetic(op, lhs, rhs, shell: shell, span: span)
        case .range:
            let start = try Conversion.toInt(lhs, typeName: "System.Int32", shell: shell, span: span)
            let end = try Conversion.toInt(rhs, typeName: "System.Int32", shell: shell, span: span)
            let count = abs(end - start) + 1
            guard count <= 50_000_000 else {
                throw shell.error("The range is too large: \(count) elements.", id: "RangeTooLarge", span: span)
            }
            try MemoryLimits.chargeArray(count: count, shell)
            return .array(start <= end ? (start...end).map { .int($0) } : (end...start).reversed().map { .int($0) })
        case .format:
            return .string(try FormatStrings.format(LanguagePrimitives.toString(lhs), rhs.enumerated, shell: shell, span: span))
        case .and: return .bool(LanguagePrimitives.isTrue(lhs) && LanguagePrimitives.isTrue(rhs))
        case .or: return .bool(LanguagePrimitives.isTrue(lhs) || LanguagePrimitives.isTrue(rhs))
        case .xor: return .bool(LanguagePrimitives.isTrue(lhs) != LanguagePrimitives.isTrue(rhs))
        case .bitwiseAnd, .bitwiseOr, .bitwiseXor, .shiftLeft, .shiftRight:
            let a = try Conversion.toInt(lhs, typeName: "System.Int64", shell: shell, span: span)
            let b = try Conversion.toInt(rhs, typeName: "System.Int64", shell: shell, span: span)
            switch op {
            case .bitwiseAnd: return .int(a & b)
            case .bitwiseOr: return .int(a | b)
            case .bitwiseXor: return .int(a ^ b)
            case .shiftLeft: return .int(a << (b & 63))
            default: return .int(a >> (b & 63))
            }
        case .join:
            let parts = lhs.enumerated.map { LanguagePrimitives.toString($0) }
            let separator = LanguagePrimitives.toString(rhs)
            // Measured first: `$s, $s, $s -join ''` repeats one long string.
            let bytes = parts.reduce(separator.utf8.count * max(0, parts.count - 1)) { $0 + $1.utf8.count }
            try MemoryLimits.checkString(bytes: bytes, shell, span)
            try MemoryLimits.chargeString(bytes: bytes, shell)
            return .string(parts.joined(separator: separator))
        case .isType, .isNotType:
            let typeName: String
            if case .type(let type) = rhs { typeName = type.fullName } else {
                let written = LanguagePrimitives.toString(rhs)
                typeName = TypeNames.canonical(written) ?? written
            }
            var matches = Conversion.isInstance(lhs, of: typeName)
            if typeName == "System.Management.Automation.PSObject", case .object(let object) = lhs {
                // `-is [psobject]` asks whether the value is wrapped in a PSObject, as a [pscustomobject] and a cmdlet's
                // output are; an exception or error record read from a property is not (parserutils.cs IsOperator).
                matches = !ExceptionTypes.isException(object.typeName) && object.typeName != "System.Management.Automation.ErrorRecord"
            }
            return .bool(op == .isType ? matches : !matches)
        case .asType:
            let typeName: String
            if case .type(let type) = rhs { typeName = type.fullName } else { typeName = LanguagePrimitives.toString(rhs) }
            return (try? Conversion.convert(lhs, to: typeName, shell: shell, span: span)) ?? .null
        case .nullCoalesce:
            return lhs.isNull ? rhs : lhs
        case .comparison(let comparison, let sensitivity):
            return try compare(comparison, sensitivity == .sensitive, lhs, rhs, shell: shell, span: span)
        }
    }

    static func add(_ lhs: Value, _ rhs: Value, shell: Shell, span: SourceSpan) throws -> Value {
        switch lhs {
        case .null: return rhs
        case .string(let text):
            // Checked like `*`: a loop doing `$s += $s` doubles the string each turn.
            let more = LanguagePrimitives.toString(rhs)
            try MemoryLimits.checkString(bytes: text.utf8.count + more.utf8.count, shell, span)
            try MemoryLimits.chargeString(bytes: text.utf8.count + more.utf8.count, shell)
            return .string(text + more)
        case .array(let items):
            // `$a += $a` in a loop doubles the array each turn.
            if case .array(let more) = rhs {
                try MemoryLimits.checkArray(count: items.count + more.count, shell, span)
                try MemoryLimits.chargeArray(count: items.count + more.count, shell)
                return .array(items + more)
            }
            try MemoryLimits.checkArray(count: items.count + 1, shell, span)
            try MemoryLimits.chargeArray(count: items.count + 1, shell)
            return .array(items + [rhs])
        case .hashtable(let table):
            guard case .hashtable(let other) = rhs else {
                throw shell.error("A hash table can only be added to another hash table.", id: "AddHashTableToNonHashTable", span: span)
            }
            let merged = table.copy()
            for (key, value) in other.entries {
                if merged.containsKey(key) {
                    throw shell.error("Item has already been added. Key in dictionary: '\(LanguagePrimitives.toString(key))'  Key being added: '\(LanguagePrimitives.toString(key))'", id: "System.ArgumentException", category: .operationStopped, span: span, reason: "ArgumentException")
                }
                merged[key] = value
            }
            return .hashtable(merged)
        case .date(let date):
            if let seconds = TimeSpanObject.seconds(of: rhs) { return .date(date.addingTimeInterval(seconds)) }
            return .date(date.addingTimeInterval(try LanguagePrimitives.toDouble(rhs) / 10_000_000))
        case .dotNet(let object) where object.elements != nil:
            // A collection plus anything is a new Object[] (about_Arrays, "Plus equals": a new array is made).
            let items = object.elements ?? []
            let more = rhs.collectionElements ?? [rhs]
            try MemoryLimits.checkArray(count: items.count + more.count, shell, span)
            try MemoryLimits.chargeArray(count: items.count + more.count, shell)
            return .array(items + more)
        default:
            return try arithmetic(.add, lhs, rhs, shell: shell, span: span)
        }
    }

    static func arithmetic(_ op: BinaryOperator, _ lhs: Value, _ rhs: Value, shell: Shell, span: SourceSpan) throws -> Value {
        let symbol: String
        switch op {
        case .add: symbol = "+"
        case .subtract: symbol = "-"
        case .multiply: symbol = "*"
        case .divide: symbol = "/"
        default: symbol = "%"
        }
        let left: Value
        let right: Value
        do {
            left = try LanguagePrimitives.toNumber(lhs)
            right = try LanguagePrimitives.toNumber(rhs)
        } catch {
            if case .object = lhs {
                throw shell.error("Method invocation failed because [\(LanguagePrimitives.typeName(of: lhs))] does not contain a method named 'op_\(["+": "Addition", "-": "Subtraction", "*": "Multiply", "/": "Division", "%": "Modulus"][symbol] ?? "")'.", id: "MethodNotFound", span: span)
            }
            throw shell.error("Cannot convert value \"\(LanguagePrimitives.toString(error.value))\" to type \"System.Int32\". Error: \"Input string was not in a correct format.\"", id: "InvalidCastFromStringToInteger", category: .invalidArgument, span: span, reason: "RuntimeException")
        }
        if case .int(let a) = left, case .int(let b) = right {
            // Integers widen to Double, not to a wider integer, when the result leaves the operands' type:
            // Int32 (values that fit one) or Int64 (NumericOps.cs IntOps/LongOps, about_Arithmetic_Operators).
            // An Int64 or unsigned operand (`10l`, `[uint32]::MaxValue`) makes the operation Int64.
            let wide = IntegerObject.unboxed(lhs) != nil || IntegerObject.unboxed(rhs) != nil
            let int32Operands = !wide && Int(Int32.min)...Int(Int32.max) ~= a && Int(Int32.min)...Int(Int32.max) ~= b
            func checked(_ result: Int, _ overflow: Bool, _ exact: @autoclosure () -> Double) -> Value {
                if overflow || (int32Operands && !(Int(Int32.min)...Int(Int32.max) ~= result)) { return .double(exact()) }
                return wide ? IntegerObject.make(result, typeName: "System.Int64") : .int(result)
            }
            if case .enumValue(let e) = lhs, op == .add || op == .subtract, !isEnum(rhs) {
                // An enum plus a number stays in the enum (`[ConsoleColor]::Blue + 3` is Red).
                let raw = op == .add ? a &+ b : a &- b
                if let enumType = shell.types.enumeration(e.typeName), let result = enumType.value(raw: raw) { return .enumValue(result) }
            }
            switch op {
            case .add:
                let (result, overflow) = a.addingReportingOverflow(b)
                return checked(result, overflow, Double(a) + Double(b))
            case .subtract:
                let (result, overflow) = a.subtractingReportingOverflow(b)
                return checked(result, overflow, Double(a) - Double(b))
            case .multiply:
                let (result, overflow) = a.multipliedReportingOverflow(by: b)
                return checked(result, overflow, Double(a) * Double(b))
            case .divide:
                if b == 0 { throw divideByZero(shell, span) }
                // "If the remainder is 0, stay with integer division, otherwise use doubles" (IntOps.Divide).
                let (remainder, remainderOverflow) = a.remainderReportingOverflow(dividingBy: b)
                let (quotient, overflow) = a.dividedReportingOverflow(by: b)
                if remainder == 0, !remainderOverflow { return checked(quotient, overflow, Double(a) / Double(b)) }
                return .double(Double(a) / Double(b))
            default:
                if b == 0 { throw divideByZero(shell, span) }
                return checked(a.remainderReportingOverflow(dividingBy: b).partialValue, false, 0)
            }
        }
        if isDecimal(left) || isDecimal(right) {
            // Either side Decimal makes the operation Decimal (about_Arithmetic_Operators).
            let a = decimalValue(left), b = decimalValue(right)
            switch op {
            case .add: return .decimal(a + b)
            case .subtract: return .decimal(a - b)
            case .multiply: return .decimal(DecimalPrecision.clr(a * b))
            case .divide:
                if b == 0 { throw divideByZero(shell, span) }
                return .decimal(DecimalPrecision.clr(a / b))
            default: break
            }
        }
        let a = try LanguagePrimitives.toDouble(left)
        let b = try LanguagePrimitives.toDouble(right)
        switch op {
        case .add: return .double(a + b)
        case .subtract: return .double(a - b)
        case .multiply: return .double(a * b)
        case .divide:
            if b == 0 { throw divideByZero(shell, span) }
            return .double(a / b)
        default:
            if b == 0 { throw divideByZero(shell, span) }
            return .double(a.truncatingRemainder(dividingBy: b))
        }
    }

    static func isEnum(_ value: Value) -> Bool {
        if case .enumValue = value { return true }
        return false
    }

    static func isDecimal(_ value: Value) -> Bool {
        if case .decimal = value { return true }
        return false
    }

    static func decimalValue(_ value: Value) -> Decimal {
        switch value {
        case .decimal(let number): return number
        case .int(let number): return Decimal(number)
        case .double(let number): return Decimal(string: String(format: "%.15g", number)) ?? Decimal(number)
        default: return 0
        }
    }

    static func divideByZero(_ shell: Shell, _ span: SourceSpan) -> RuntimeError {
        var error = shell.error("Attempted to divide by zero.", id: "RuntimeException", category: .notSpecified, span: span)
        error.record.innerExceptionType = "System.DivideByZeroException"
        return error
    }

    /// A Double result typed like the inputs: all integers give an integer.
    static func numericResult(_ number: Double, like inputs: [Value]) throws -> Value {
        let allInts = inputs.allSatisfy { if case .int = (try? LanguagePrimitives.toNumber($0)) ?? .null { return true } else { return false } }
        return allInts && abs(number) < 9e18 ? .int(Int(number)) : .double(number)
    }

    // MARK: - Comparison

    /// `filtering`: a collection on the left filters its elements, each compared as one value (a
    /// nested array is an element, not filtered again: PowerShell goes one level down, and so a
    /// self-nested `$a = $a, $a` stays linear).
    package static func compare(_ op: ComparisonOperator, _ caseSensitive: Bool, _ lhs: Value, _ rhs: Value, shell: Shell, span: SourceSpan,
                                filtering: Bool = true, settingMatches: Bool = true) throws -> Value {
        switch op {
        case .contains, .notcontains:
            let found = lhs.enumerated.contains { LanguagePrimitives.areEqual($0, rhs, caseSensitive: caseSensitive) }
            return .bool(op == .contains ? found : !found)
        case .in, .notin:
            let found = rhs.enumerated.contains { LanguagePrimitives.areEqual($0, lhs, caseSensitive: caseSensitive) }
            return .bool(op == .in ? found : !found)
        case .replace:
            return try replace(lhs, rhs, caseSensitive: caseSensitive, shell: shell, span: span)
        case .split:
            return try split(lhs, rhs, caseSensitive: caseSensitive, shell: shell, span: span)
        default:
            break
        }
        if filtering, let items = lhs.collectionElements {
            // A collection on the left filters; -match does not set $Matches then, and -like gives strings
            // (about_Comparison_Operators).
            var matches: [Value] = []
            for item in items where LanguagePrimitives.isTrue(try compare(op, caseSensitive, item, rhs, shell: shell, span: span, filtering: false, settingMatches: false)) {
                switch op {
                case .like, .notlike: matches.append(.string(LanguagePrimitives.toString(item)))
                default: matches.append(item)
                }
            }
            return .array(matches)
        }
        switch op {
        case .eq: return .bool(LanguagePrimitives.areEqual(lhs, rhs, caseSensitive: caseSensitive))
        case .ne: return .bool(!LanguagePrimitives.areEqual(lhs, rhs, caseSensitive: caseSensitive))
        case .gt, .ge, .lt, .le:
            guard let order = LanguagePrimitives.compare(lhs, rhs, caseSensitive: caseSensitive) else {
                throw shell.error("Cannot compare \"\(LanguagePrimitives.toString(lhs))\" because it is not IComparable.", id: "NotIcomparable", span: span)
            }
            switch op {
            case .gt: return .bool(order == .orderedDescending)
            case .ge: return .bool(order != .orderedAscending)
            case .lt: return .bool(order == .orderedAscending)
            default: return .bool(order != .orderedDescending)
            }
        case .like, .notlike:
            let matches = WildcardPattern(LanguagePrimitives.toString(rhs), caseSensitive: caseSensitive).matches(LanguagePrimitives.toString(lhs))
            return .bool(op == .like ? matches : !matches)
        case .match, .notmatch:
            let text = LanguagePrimitives.toString(lhs)
            let pattern = LanguagePrimitives.toString(rhs)
            let regex = try compileRegex(pattern, caseSensitive: caseSensitive, shell: shell, span: span)
            guard let match = try firstMatch(regex, in: text, shell: shell) else {
                return .bool(op == .notmatch)
            }
            if settingMatches { shell.setVariable("Matches", .hashtable(matchesTable(match, in: text, pattern: pattern))) }
            return .bool(op == .match)
        default:
            return .bool(false)
        }
    }

    // MARK: - -replace and -split

    /// `-replace pattern, substitute`: a string substitute with .NET's `$` references, or a script block run for
    /// each match; a collection on the left gives each element replaced (StringOps.cs ReplaceOperator).
    static func replace(_ lhs: Value, _ rhs: Value, caseSensitive: Bool, shell: Shell, span: SourceSpan) throws -> Value {
        let parts = rhs.enumerated
        if parts.count > 2 {
            throw shell.error("The -replace operator allows only two elements to follow it, not \(parts.count).", id: "BadReplaceArgument", span: span)
        }
        let pattern: String
        let regex: NSRegularExpression
        if case .dotNet(let given as RegexObject)? = parts.first {
            pattern = given.pattern
            regex = given.regex
        } else {
            pattern = parts.first.map { LanguagePrimitives.toString($0) } ?? ""
            regex = try compileRegex(pattern, caseSensitive: caseSensitive, shell: shell, span: span)
        }
        let substitute = parts.count > 1 ? parts[1] : .string("")
        func one(_ item: Value) throws -> String {
            let text = LanguagePrimitives.toString(item)
            if case .scriptBlock = substitute {
                return try regexReplace(text, regex: regex, pattern: pattern, evaluator: substitute, shell: shell, span: span)
            }
            return try regexReplace(text, regex: regex, replacement: LanguagePrimitives.toString(substitute), shell: shell, span: span)
        }
        if let items = lhs.collectionElements { return .array(try items.map { .string(try one($0)) }) }
        return .string(try one(lhs))
    }

    /// `-split delimiter[, max-substrings[, options]]` and `-split { predicate }` (StringOps.cs SplitOperator):
    /// the result is a `String[]`.
    static func split(_ lhs: Value, _ rhs: Value, caseSensitive: Bool, shell: Shell, span: SourceSpan) throws -> Value {
        let parts = rhs.enumerated
        let limit = parts.count > 1 ? try Conversion.toInt(parts[1], typeName: "System.Int32", shell: shell, span: span) : 0
        let items = lhs.enumerated.map { LanguagePrimitives.toString($0) }
        var results: [String] = []
        if case .scriptBlock(let block)? = parts.first {
            for item in items { results += try splitWithPredicate(item, block, limit: limit, shell: shell) }
        } else {
            var pattern = parts.first.map { LanguagePrimitives.toString($0) } ?? " "
            let options = parts.count > 2 ? try splitOptions(parts[2], shell: shell, span: span) : SplitOptions()
            if options.simpleMatch { pattern = NSRegularExpression.escapedPattern(for: pattern) }
            if options.explicitCapture { pattern = explicitCapture(pattern) }
            let regex = try compileRegex(pattern, caseSensitive: caseSensitive && !options.ignoreCase, options: options.regexOptions, shell: shell, span: span)
            for item in items { results += try regexSplit(item, regex: regex, limit: limit, shell: shell, span: span) }
        }
        return .dotNet(CollectionObject(kind: .array, elementType: "System.String", items: results.map { .string($0) }))
    }

    /// The options of `-split`: SimpleMatch or RegexMatch, IgnoreCase, CultureInvariant, IgnorePatternWhitespace,
    /// Multiline, Singleline, ExplicitCapture; SimpleMatch takes only IgnoreCase, and Multiline excludes Singleline.
    struct SplitOptions {
        var simpleMatch = false, regexMatch = false, ignoreCase = false, explicitCapture = false
        var regexOptions: NSRegularExpression.Options = []
    }

    /// RegexOptions.ExplicitCapture, which ICU lacks: unnamed groups `(...)` become non-capturing `(?:...)`.
    static func explicitCapture(_ pattern: String) -> String {
        var result = ""
        var escaped = false, inClass = false
        let characters = Array(pattern)
        for (index, character) in characters.enumerated() {
            defer { escaped = !escaped && character == "\\" }
            if escaped { result.append(character); continue }
            if character == "[" { inClass = true } else if character == "]" { inClass = false }
            if character == "(", !inClass, index + 1 >= characters.count || characters[index + 1] != "?" {
                result += "(?:"
            } else {
                result.append(character)
            }
        }
        return result
    }

    static func splitOptions(_ value: Value, shell: Shell, span: SourceSpan) throws -> SplitOptions {
        var options = SplitOptions()
        let names = value.enumerated.flatMap { LanguagePrimitives.toString($0).split(separator: ",") }
            .map { $0.trimmingCharacters(in: .whitespaces).lowercased() }.filter { !$0.isEmpty }
        var others = false
        for name in names {
            switch name {
            case "simplematch": options.simpleMatch = true
            case "regexmatch": options.regexMatch = true; others = true
            case "ignorecase": options.ignoreCase = true
            case "cultureinvariant": others = true
            case "ignorepatternwhitespace": options.regexOptions.insert(.allowCommentsAndWhitespace); others = true
            case "multiline": options.regexOptions.insert(.anchorsMatchLines); others = true
            case "singleline": options.regexOptions.insert(.dotMatchesLineSeparators); others = true
            case "explicitcapture": options.explicitCapture = true; others = true
            default:
                throw shell.error("Cannot convert value \"\(name)\" to type \"System.Management.Automation.SplitOptions\". Error: \"Unable to match the identifier name \(name) to a valid enumerator name. Specify one of the following enumerator names and try again:\nSimpleMatch, RegexMatch, CultureInvariant, IgnorePatternWhitespace, Multiline, Singleline, IgnoreCase, ExplicitCapture\"",
                                  id: "InvalidCastFromStringToEnum", category: .invalidArgument, span: span)
            }
        }
        let bothLines = options.regexOptions.contains(.anchorsMatchLines) && options.regexOptions.contains(.dotMatchesLineSeparators)
        if (options.simpleMatch && others) || bothLines {
            throw shell.error("The combination of options with the -split operator is not valid.", id: "InvalidSplitOptionCombination",
                              category: .parserError, span: span, reason: "ParseException")
        }
        return options
    }

    /// `-split { ... }`: each character for which the script block is true (`$_` the character) is a delimiter.
    static func splitWithPredicate(_ item: String, _ block: ScriptBlockValue, limit: Int, shell: Shell) throws -> [String] {
        if limit == 1 { return [item] }
        let characters = Array(item)
        var pieces: [String] = []
        var current = ""
        var index = 0
        while index < characters.count {
            let character = characters[index]
            let result = try shell.invokeScriptBlock(block, dollarUnder: .string(String(character)), arguments: [.string(item), .int(index)])
            index += 1
            if LanguagePrimitives.isTrue(Value.fromPipelineOutput(result)) {
                pieces.append(current)
                current = ""
                if limit > 0, pieces.count + 1 == limit { break }
            } else {
                current.append(character)
            }
        }
        current += String(characters[index...])
        pieces.append(current)
        return pieces
    }
}
