import Foundation
import PowerShellSyntax

/// PowerShell's binary operators with its conversions.
enum Operators {
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
                guard count >= 0, count.multipliedReportingOverflow(by: max(1, text.utf8.count)).partialValue < 100_000_000 else {
                    throw shell.error("Exception of type 'System.OutOfMemoryException' was thrown.", id: "OutOfMemoryException", span: span)
                }
                return .string(String(repeating: text, count: count))
            }
            if op == .multiply, case .array(let items) = lhs {
                let count = try Conversion.toInt(rhs, typeName: "System.Int32", shell: shell, span: span)
                guard count >= 0, count.multipliedReportingOverflow(by: max(1, items.count)).partialValue < 10_000_000 else {
                    throw shell.error("Exception of type 'System.OutOfMemoryException' was thrown.", id: "OutOfMemoryException", span: span)
                }
                return .array(Array(repeating: items, count: count).flatMap { $0 })
            }
            return try arithmetic(op, lhs, rhs, shell: shell, span: span)
        case .range:
            let start = try Conversion.toInt(lhs, typeName: "System.Int32", shell: shell, span: span)
            let end = try Conversion.toInt(rhs, typeName: "System.Int32", shell: shell, span: span)
            let count = abs(end - start) + 1
            guard count <= 50_000_000 else {
                throw shell.error("The range is too large: \(count) elements.", id: "RangeTooLarge", span: span)
            }
            return .array(start <= end ? (start...end).map { .int($0) } : (end...start).reversed().map { .int($0) })
        case .format:
            return .string(try Formatting.format(LanguagePrimitives.toString(lhs), rhs.enumerated, shell: shell, span: span))
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
            return .string(lhs.enumerated.map { LanguagePrimitives.toString($0) }.joined(separator: LanguagePrimitives.toString(rhs)))
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
        case .string(let text): return .string(text + LanguagePrimitives.toString(rhs))
        case .array(let items):
            if case .array(let more) = rhs { return .array(items + more) }
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
        shell.error("Attempted to divide by zero.", id: "RuntimeException", category: .notSpecified, span: span)
    }

    /// A Double result typed like the inputs: all integers give an integer.
    static func numericResult(_ number: Double, like inputs: [Value]) throws -> Value {
        let allInts = inputs.allSatisfy { if case .int = (try? LanguagePrimitives.toNumber($0)) ?? .null { return true } else { return false } }
        return allInts && abs(number) < 9e18 ? .int(Int(number)) : .double(number)
    }

    // MARK: - Comparison

    static func compare(_ op: ComparisonOperator, _ caseSensitive: Bool, _ lhs: Value, _ rhs: Value, shell: Shell, span: SourceSpan) throws -> Value {
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
        if case .array(let items) = lhs {
            var matches: [Value] = []
            for item in items where LanguagePrimitives.isTrue(try compare(op, caseSensitive, item, rhs, shell: shell, span: span)) {
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
            let range = NSRange(text.startIndex..., in: text)
            guard let match = regex.firstMatch(in: text, range: range) else {
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

    static func regexMatch(_ text: String, pattern: String, caseSensitive: Bool, shell: Shell?) -> Bool {
        guard let regex = try? NSRegularExpression(pattern: pattern, options: caseSensitive ? [] : [.caseInsensitive]) else { return false }
        return regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    static func regexReplace(_ text: String, pattern: String, replacement: String, caseSensitive: Bool, shell: Shell, span: SourceSpan) throws -> String {
        let regex = try compileRegex(pattern, caseSensitive: caseSensitive, shell: shell, span: span)
        // .NET uses $1 and ${name}; ICU uses $1 too. Escape backslashes, which ICU treats specially.
        let template = replacement.replacingOccurrences(of: "\\", with: "\\\\")
        return regex.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text), withTemplate: template)
    }

    static func regexSplit(_ text: String, pattern: String, limit: Int, caseSensitive: Bool, shell: Shell, span: SourceSpan) throws -> [String] {
        let regex = try compileRegex(pattern, caseSensitive: caseSensitive, shell: shell, span: span)
        var pieces: [String] = []
        var last = text.startIndex
        for match in regex.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
            if limit > 0 && pieces.count == limit - 1 { break }
            guard let range = Range(match.range, in: text) else { continue }
            pieces.append(String(text[last..<range.lowerBound]))
            last = range.upperBound
        }
        pieces.append(String(text[last...]))
        return pieces
    }
}
