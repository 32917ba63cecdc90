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
            shell.error("Exception calling \"\(lower.capitalized)\" with \"\(arguments.count)\" argument(s): \"Index and length must refer to a location within the string.\r\nParameter name: \(parameter)\"",
                        id: "ArgumentOutOfRangeException", category: .notSpecified, span: span, reason: "MethodInvocationException")
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
            var separators = Set<Character>()
            if arguments.isEmpty { separators.insert(" ") }
            for argument in arguments {
                for item in argument.enumerated { separators.formUnion(LanguagePrimitives.toString(item)) }
            }
            return .array(string.split(omittingEmptySubsequences: false, whereSeparator: { separators.contains($0) }).map { .string(String($0)) })
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
        case "equals": return .bool(string == text(0))
        case "compareto": return .int(string < text(0) ? -1 : (string == text(0) ? 0 : 1))
        case "tochararray": return .array(characters.map { .string(String($0)) })
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
}
