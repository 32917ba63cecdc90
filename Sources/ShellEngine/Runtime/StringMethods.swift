import Foundation
import PowerShellSyntax

/// The `System.String` methods scripts use.
enum StringMethods {
    static func invoke(_ string: String, _ lower: String, _ arguments: [Value], shell: Shell, span: SourceSpan) throws -> Value? {
        func text(_ index: Int) -> String { index < arguments.count ? LanguagePrimitives.toString(arguments[index]) : "" }
        func int(_ index: Int) throws -> Int { index < arguments.count ? try LanguagePrimitives.toInt(arguments[index]) : 0 }
        let characters = Array(string)
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
        case "replace": return .string(string.replacingOccurrences(of: text(0), with: text(1)))
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
        case "padleft":
            let width = try int(0)
            let pad = arguments.count > 1 ? Character(text(1).isEmpty ? " " : String(text(1).prefix(1))) : " "
            return .string(String(repeating: pad, count: max(0, width - characters.count)) + string)
        case "padright":
            let width = try int(0)
            let pad = arguments.count > 1 ? Character(text(1).isEmpty ? " " : String(text(1).prefix(1))) : " "
            return .string(string + String(repeating: pad, count: max(0, width - characters.count)))
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

/// The `System.DateTime` methods scripts use.
enum DateMethods {
    static func invoke(_ date: Date, _ lower: String, _ arguments: [Value], shell: Shell, span: SourceSpan) throws -> Value? {
        func number(_ index: Int) throws -> Double { index < arguments.count ? try LanguagePrimitives.toDouble(arguments[index]) : 0 }
        switch lower {
        case "adddays": return .date(date.addingTimeInterval(try number(0) * 86400))
        case "addhours": return .date(date.addingTimeInterval(try number(0) * 3600))
        case "addminutes": return .date(date.addingTimeInterval(try number(0) * 60))
        case "addseconds": return .date(date.addingTimeInterval(try number(0)))
        case "addmilliseconds": return .date(date.addingTimeInterval(try number(0) / 1000))
        case "addyears", "addmonths":
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = DateFormatting.localZone
            let amount = Int(try number(0))
            return .date(calendar.date(byAdding: lower == "addyears" ? .year : .month, value: amount, to: date) ?? date)
        case "tostring":
            if arguments.isEmpty { return .string(DateFormatting.general(date)) }
            return .string(Formatting.formatDate(date, LanguagePrimitives.toString(arguments[0])))
        case "touniversaltime", "tolocaltime": return .date(date)
        case "toshortdatestring":
            return .string(String(DateFormatting.general(date).split(separator: " ").first ?? ""))
        case "tolongdatestring":
            return .string(DateFormatting.long(date).components(separatedBy: " ").dropLast(2).joined(separator: " "))
        default: return nil
        }
    }
}
