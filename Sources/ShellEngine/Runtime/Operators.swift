import Foundation
import PowerShellSyntax

/// PowerShell's binary operators with its conversions.
package enum Operators {
    static func binary(_ op: BinaryOperator, _ lhs: Value, _ rhs: Value, shell: Shell, span: SourceSpan) throws -> Value {
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
            let matches = Conversion.isInstance(lhs, of: typeName)
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
            switch op {
            case .add:
                let (result, overflow) = a.addingReportingOverflow(b)
                return overflow ? .double(Double(a) + Double(b)) : .int(result)
            case .subtract:
                let (result, overflow) = a.subtractingReportingOverflow(b)
                return overflow ? .double(Double(a) - Double(b)) : .int(result)
            case .multiply:
                let (result, overflow) = a.multipliedReportingOverflow(by: b)
                return overflow ? .double(Double(a) * Double(b)) : .int(result)
            case .divide:
                if b == 0 { throw divideByZero(shell, span) }
                if a % b == 0 { return .int(a / b) }
                return .double(Double(a) / Double(b))
            default:
                if b == 0 { throw divideByZero(shell, span) }
                return .int(a % b)
            }
        }
        if case .decimal = left, case .decimal = right {
            guard case .decimal(let a) = left, case .decimal(let b) = right else { return .null }
            switch op {
            case .add: return .decimal(a + b)
            case .subtract: return .decimal(a - b)
            case .multiply: return .decimal(a * b)
            case .divide:
                if b == 0 { throw divideByZero(shell, span) }
                return .decimal(a / b)
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
    package static func compare(_ op: ComparisonOperator, _ caseSensitive: Bool, _ lhs: Value, _ rhs: Value, shell: Shell, span: SourceSpan, filtering: Bool = true) throws -> Value {
        switch op {
        case .contains, .notcontains:
            let found = lhs.enumerated.contains { LanguagePrimitives.areEqual($0, rhs, caseSensitive: caseSensitive) }
            return .bool(op == .contains ? found : !found)
        case .in, .notin:
            let found = rhs.enumerated.contains { LanguagePrimitives.areEqual($0, lhs, caseSensitive: caseSensitive) }
            return .bool(op == .in ? found : !found)
        case .replace:
            let parts = rhs.enumerated
            let pattern = parts.first.map { LanguagePrimitives.toString($0) } ?? ""
            let replacement = parts.count > 1 ? LanguagePrimitives.toString(parts[1]) : ""
            if case .array(let items) = lhs {
                return .array(try items.map { .string(try regexReplace(LanguagePrimitives.toString($0), pattern: pattern, replacement: replacement, caseSensitive: caseSensitive, shell: shell, span: span)) })
            }
            return .string(try regexReplace(LanguagePrimitives.toString(lhs), pattern: pattern, replacement: replacement, caseSensitive: caseSensitive, shell: shell, span: span))
        case .split:
            let parts = rhs.enumerated
            let pattern = parts.first.map { LanguagePrimitives.toString($0) } ?? " "
            let limit = parts.count > 1 ? (try? LanguagePrimitives.toInt(parts[1])) ?? 0 : 0
            var results: [Value] = []
            for item in lhs.enumerated {
                results += try regexSplit(LanguagePrimitives.toString(item), pattern: pattern, limit: limit, caseSensitive: caseSensitive, shell: shell, span: span).map { .string($0) }
            }
            return .array(results)
        default:
            break
        }
        if filtering, case .array(let items) = lhs {
            var matches: [Value] = []
            for item in items where LanguagePrimitives.isTrue(try compare(op, caseSensitive, item, rhs, shell: shell, span: span, filtering: false)) {
                matches.append(item)
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
            let table = PSHashtable()
            for group in 0..<match.numberOfRanges {
                let groupRange = match.range(at: group)
                if groupRange.location != NSNotFound, let swiftRange = Range(groupRange, in: text) {
                    table[.int(group)] = .string(String(text[swiftRange]))
                }
            }
            for name in namedGroups(in: pattern) {
                let groupRange = match.range(withName: name)
                if groupRange.location != NSNotFound, let swiftRange = Range(groupRange, in: text) {
                    table[.string(name)] = .string(String(text[swiftRange]))
                }
            }
            shell.setVariable("Matches", .hashtable(table))
            return .bool(op == .match)
        default:
            return .bool(false)
        }
    }

    static func namedGroups(in pattern: String) -> [String] {
        guard let finder = try? NSRegularExpression(pattern: "\\(\\?<([A-Za-z_][A-Za-z0-9_]*)>") else { return [] }
        return finder.matches(in: pattern, range: NSRange(pattern.startIndex..., in: pattern)).compactMap { match in
            Range(match.range(at: 1), in: pattern).map { String(pattern[$0]) }
        }
    }

    static func compileRegex(_ pattern: String, caseSensitive: Bool, shell: Shell?, span: SourceSpan) throws -> NSRegularExpression {
        do {
            return try NSRegularExpression(pattern: pattern, options: caseSensitive ? [] : [.caseInsensitive])
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
        // .NET uses $1 and ${name}; ICU uses $1 too. Escape backslashes, which ICU treats specially.
        let template = replacement.replacingOccurrences(of: "\\", with: "\\\\")
        let source = NSString(string: text)
        var result = ""
        var last = 0
        try enumerateMatches(regex, in: text, shell: shell) { match in
            result += source.substring(with: NSRange(location: last, length: match.range.location - last))
            result += regex.replacementString(for: match, in: text, offset: 0, template: template)
            last = NSMaxRange(match.range)
            // `-replace '', 'xx'` inserts at every position: a long text would grow without bound.
            try MemoryLimits.checkString(bytes: result.utf8.count, shell, span)
            return true
        }
        result += source.substring(from: last)
        try MemoryLimits.checkString(bytes: result.utf8.count, shell, span)
        return result
    }

    static func regexSplit(_ text: String, pattern: String, limit: Int, caseSensitive: Bool, shell: Shell, span: SourceSpan) throws -> [String] {
        let regex = try compileRegex(pattern, caseSensitive: caseSensitive, shell: shell, span: span)
        var pieces: [String] = []
        var last = text.startIndex
        try enumerateMatches(regex, in: text, shell: shell) { match in
            if limit > 0 && pieces.count == limit - 1 { return false }
            guard let range = Range(match.range, in: text) else { return true }
            pieces.append(String(text[last..<range.lowerBound]))
            last = range.upperBound
            try MemoryLimits.checkArray(count: pieces.count, shell, span)
            return true
        }
        pieces.append(String(text[last...]))
        return pieces
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
