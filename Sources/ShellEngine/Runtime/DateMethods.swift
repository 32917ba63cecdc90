import Foundation
import PowerShellSyntax

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
            return .string(FormatStrings.formatDate(date, LanguagePrimitives.toString(arguments[0])))
        case "touniversaltime", "tolocaltime": return .date(date)
        case "toshortdatestring":
            return .string(String(DateFormatting.general(date).split(separator: " ").first ?? ""))
        case "tolongdatestring":
            return .string(DateFormatting.long(date).components(separatedBy: " ").dropLast(2).joined(separator: " "))
        default: return nil
        }
    }
}
