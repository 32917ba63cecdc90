import Foundation
import PowerShellSyntax

/// The `System.String` methods scripts use.
enum StringMethods {
    static func invoke(_ string: String, _ lower: String, _ arguments: [Value], shell: Shell, span: SourceSpan) throws -> Value? {
        func text(_ index: Int) -> String { index < arguments.count ? LanguagePrimitives.toString(arguments[index]) : "" }
        func int(_ index: Int) throws -> Int { index < arguments.count ? try LanguagePrimitives.toInt(arguments[index]) : 0 }
        // Lazy: `.ToUpper()` on a long string must not first split it into characters.
        lazy var characters = Array(string)
        // Most methods read the whole string.
        try MemoryLimits.chargeString(bytes: string.utf8.count, shell)
        func outOfRange(_ parameter: String) -> RuntimeError {
            let message = parameter == "startIndex" && lower == "substring"
                ? "startIndex cannot be larger than length of string.\r\nParameter name: startIndex"
                : "Index and length must refer to a location within the string.\r\nParameter name: \(parameter)"
            return MethodCall(shell: shell, span: span, writtenName: spelling[lower] ?? lower, arguments: arguments)
                .failure(message, exception: "System.ArgumentOutOfRangeException")
        }
        switch lower {
        case "toupper", "toupperinvariant": return .string(string.uppercased())
        case "tolower", "tolowerinvariant": return .string(string.lowercased())
        case "tostring": return .string(string)
        case "trim":
            if arguments.isEmpty { return .string(string.trimmingCharacters(in: .whitespacesAndNewlines)) }
            return .string(string.trimmingCharacters(in: CharacterSet(charactersIn: arguments.map { LanguagePrimitives.toString($0) }.joined())))
        case "trimstart":
            let set = arguments.isEmpty ? CharacterSet.whitespacesAndNewlines : CharacterSet(charactersIn: text(0))
            return .string(String(string.unicodeScalars.drop { set.contains($0) }.map(Character.init)))
        case "trimend":
            let set = arguments.isEmpty ? CharacterSet.whitespacesAndNewlines : CharacterSet(charactersIn: text(0))
            var scalars = Array(string.unicodeScalars)
            while let last = scalars.last, set.contains(last) { scalars.removeLast() }
            return .string(String(String.UnicodeScalarView(scalars)))
        case "contains": return .bool(string.contains(text(0)))
        case "startswith": return .bool(string.hasPrefix(text(0)))
        case "endswith": return .bool(string.hasSuffix(text(0)))
        case "indexof":
            guard let range = string.range(of: text(0)) else { return .int(-1) }
            return .int(string.distance(from: string.startIndex, to: range.lowerBound))
        case "lastindexof":
            guard let range = string.range(of: text(0), options: .backwards) else { return .int(-1) }
            return .int(string.distance(from: string.startIndex, to: range.lowerBound))
        case "replace": return .string(try replaceOrdinal(string, text(0), text(1), shell: shell, span: span))
        case "split":
            return try split(string, arguments, shell: shell, span: span)
        case "substring":
            let start = try int(0)
            guard start >= 0, start <= characters.count else { throw outOfRange("startIndex") }
            if arguments.count > 1 {
                let length = try int(1)
                guard length >= 0, start + length <= characters.count else { throw outOfRange("length") }
                return .string(String(characters[start..<(start + length)]))
            }
            return .string(String(characters[start...]))
        case "padleft", "padright":
            let width = try int(0)
            let pad = arguments.count > 1 ? (text(1).isEmpty ? " " : String(text(1).prefix(1))) : " "
            let count = max(0, width - characters.count)
            // `'a'.PadLeft(999999999)` fails like `'a' * 999999999` instead of filling memory.
            let (bytes, overflow) = count.multipliedReportingOverflow(by: pad.utf8.count)
            try MemoryLimits.checkString(bytes: overflow ? -1 : bytes + string.utf8.count, shell, span)
            let padding = MemoryLimits.repeated(pad, count: count)
            return .string(lower == "padleft" ? padding + string : string + padding)
        case "equals":
            if arguments.count == 2, case .enumValue(let comparison) = arguments[1], comparison.name.hasSuffix("IgnoreCase") {
                return .bool(CaseInsensitiveText.equal(string, text(0)))
            }
            return .bool(string == text(0))
        case "compareto": return .int(string < text(0) ? -1 : (string == text(0) ? 0 : 1))
        case "tochararray":
            return .dotNet(CollectionObject(kind: .array, elementType: "System.Char", items: string.utf16.map { .dotNet(CharObject(code: $0)) }))
        case "insert":
            let at = try int(0)
            guard at >= 0, at <= characters.count else { throw outOfRange("startIndex") }
            return .string(String(characters[..<at]) + text(1) + String(characters[at...]))
        case "remove":
            let at = try int(0)
            guard at >= 0, at <= characters.count else { throw outOfRange("startIndex") }
            let length = arguments.count > 1 ? try int(1) : characters.count - at
            guard length >= 0, at + length <= characters.count else { throw outOfRange("count") }
            return .string(String(characters[..<at]) + String(characters[(at + length)...]))
        case "normalize": return .string(string)
        case "gethashcode": return .int(string.hashValue & 0x7fffffff)
        default: return nil
        }
    }
}

extension StringMethods {
    /// `String.Replace(old, new)`: ordinal, as .NET compares (Foundation's `replacingOccurrences`
    /// also matches canonically equivalent text, and takes seconds on a long string). Works on the
    /// UTF-8 bytes, which match on whole scalars since UTF-8 is self-synchronizing.
    static func replaceOrdinal(_ string: String, _ old: String, _ new: String, shell: Shell, span: SourceSpan) throws -> String {
        guard !old.isEmpty, !string.isEmpty else { return string }
        var source = string
        let needle = Array(old.utf8)
        let replacement = Array(new.utf8)
        let bytes: [UInt8]? = try source.withUTF8 { haystack -> [UInt8]? in
            guard let base = haystack.baseAddress else { return nil }
            var output: [UInt8] = []
            var last = 0
            var position = 0
            while position + needle.count <= haystack.count,
                  let found = memchr(base + position, Int32(needle[0]), haystack.count - position) {
                let index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                guard index + needle.count <= haystack.count else { break }
                if memcmp(base + index, needle, needle.count) == 0 {
                    output.append(contentsOf: haystack[last..<index])
                    output.append(contentsOf: replacement)
                    // `$s = $s.Replace('a', 'aa')` in a loop doubles the string.
                    try MemoryLimits.checkString(bytes: output.count, shell, span)
                    position = index + needle.count
                    last = position
                } else {
                    position = index + 1
                }
            }
            guard last > 0 else { return nil }
            output.append(contentsOf: haystack[last...])
            try MemoryLimits.checkString(bytes: output.count, shell, span)
            return output
        }
        return bytes.map { String(decoding: $0, as: UTF8.self) } ?? string
    }

    /// The .NET spelling of the methods, for messages and for `'abc'.ToUpper` without parentheses.
    static let spelling: [String: String] = [
        "toupper": "ToUpper", "tolower": "ToLower", "toupperinvariant": "ToUpperInvariant", "tolowerinvariant": "ToLowerInvariant",
        "tostring": "ToString", "trim": "Trim", "trimstart": "TrimStart", "trimend": "TrimEnd", "contains": "Contains",
        "startswith": "StartsWith", "endswith": "EndsWith", "indexof": "IndexOf", "lastindexof": "LastIndexOf", "replace": "Replace",
        "split": "Split", "substring": "Substring", "padleft": "PadLeft", "padright": "PadRight", "equals": "Equals",
        "compareto": "CompareTo", "tochararray": "ToCharArray", "insert": "Insert", "remove": "Remove", "normalize": "Normalize",
        "gethashcode": "GetHashCode", "gettype": "GetType", "clone": "Clone",
    ]

    /// `String.Split`: by characters (`Split(char[])`, what a string argument converts to), or by strings when
    /// given a `String[]` with options; a count limits the pieces and `RemoveEmptyEntries` drops empty ones.
    static func split(_ string: String, _ arguments: [Value], shell: Shell, span: SourceSpan) throws -> Value {
        var separatorArguments = arguments
        var removeEmpty = false
        var limit = Int.max
        while let last = separatorArguments.last {
            if case .enumValue(let option) = last, option.typeName == "System.StringSplitOptions" {
                removeEmpty = option.name == "RemoveEmptyEntries"
                separatorArguments.removeLast()
            } else if case .int(let count) = last, separatorArguments.count > 1 {
                limit = count
                separatorArguments.removeLast()
            } else {
                break
            }
        }
        if limit < 0 {
            throw MethodCall(shell: shell, span: span, writtenName: "Split", arguments: arguments)
                .failure("Count cannot be less than zero.\r\nParameter name: count", exception: "System.ArgumentOutOfRangeException")
        }
        var pieces: [String]
        if separatorArguments.count == 1, case .dotNet(let list as CollectionObject) = separatorArguments[0], list.elementType == "System.String",
           arguments.count > 1 {
            pieces = splitByStrings(string, list.items.map { LanguagePrimitives.toString($0) }.filter { !$0.isEmpty })
        } else {
            var separators = Set<Character>()
            for argument in separatorArguments {
                for item in argument.enumerated { separators.formUnion(LanguagePrimitives.toString(item)) }
            }
            pieces = separators.isEmpty
                ? string.split(omittingEmptySubsequences: false, whereSeparator: { $0.isWhitespace }).map(String.init)
                : string.split(omittingEmptySubsequences: false, whereSeparator: { separators.contains($0) }).map(String.init)
        }
        if removeEmpty { pieces = pieces.filter { !$0.isEmpty } }
        if limit == 0 {
            pieces = []
        } else if pieces.count > limit {
            // The last piece keeps the rest of the string, separators included (one separator after each piece).
            let kept = Array(pieces.prefix(limit - 1))
            var rest = Substring(string)
            for piece in kept {
                rest = rest.dropFirst(piece.count)
                if !rest.isEmpty { rest = rest.dropFirst() }
            }
            pieces = kept + [String(rest)]
        }
        return .dotNet(CollectionObject(kind: .array, elementType: "System.String", items: pieces.map { .string($0) }))
    }

    static func splitByStrings(_ string: String, _ separators: [String]) -> [String] {
        guard !separators.isEmpty else { return string.split(omittingEmptySubsequences: false, whereSeparator: { $0.isWhitespace }).map(String.init) }
        var pieces: [String] = []
        var current = ""
        var index = string.startIndex
        while index < string.endIndex {
            if let separator = separators.first(where: { string[index...].hasPrefix($0) }) {
                pieces.append(current)
                current = ""
                index = string.index(index, offsetBy: separator.count)
            } else {
                current.append(string[index])
                index = string.index(after: index)
            }
        }
        pieces.append(current)
        return pieces
    }
}
