import ShellEngine
import ShellFormatting
import Foundation

/// `Get-Date`: now, or a given date, optionally formatted (`-Format`, `-UFormat`).
public final class GetDateCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Get-Date", className: "Microsoft.PowerShell.Commands.GetDateCommand",
        synopsis: "Gets the current date and time.")

    @Parameter(aliases: ["LastWriteTime"], position: 0, pipeline: [.byValue, .byPropertyName], description: "Specifies a date and time.")
    var date: Date?
    @Parameter(description: "Displays the date and time in the .NET format indicated by the format specifier.")
    var format: String?
    @Parameter(description: "Displays the date and time in UNIX format.")
    var uFormat: String?
    @Parameter(description: "Specifies the year that is displayed.")
    var year: Int?
    @Parameter(description: "Specifies the month that is displayed.")
    var month: Int?
    @Parameter(description: "Specifies the day of the month that is displayed.")
    var day: Int?
    @Parameter(description: "Specifies the hour that is displayed.")
    var hour: Int?
    @Parameter(description: "Specifies the minute that is displayed.")
    var minute: Int?
    @Parameter(description: "Specifies the second that is displayed.")
    var second: Int?
    @Parameter(description: "Specifies the milliseconds in the date. Enter a value from 0 to 999.")
    var millisecond: Int?

    public init() {}

    public func process(_ context: CommandContext) throws {
        var shown = date ?? Date()
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = DateFormatting.localZone
        var components = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second, .nanosecond], from: shown)
        if let year { components.year = year }
        if let month { components.month = month }
        if let day { components.day = day }
        if let hour { components.hour = hour }
        if let minute { components.minute = minute }
        if let second { components.second = second }
        if let millisecond {
            // Source: GetDateCommand.cs at 60b3b304f2 ([ValidateRange(0, 999)] on Millisecond).
            guard (0...999).contains(millisecond) else {
                throw context.failure("Cannot validate argument on parameter 'Millisecond'. The \(millisecond) argument is \(millisecond < 0 ? "less than the minimum allowed range of 0" : "greater than the maximum allowed range of 999"). Supply an argument that is \(millisecond < 0 ? "greater than or equal to 0" : "less than or equal to 999") and then try the command again.",
                                      id: "ParameterArgumentValidationError", category: .invalidData, reason: "ParameterBindingValidationException")
            }
            components.nanosecond = millisecond * 1_000_000 + (components.nanosecond ?? 0) % 1_000_000
        }
        shown = calendar.date(from: components) ?? shown
        if let format {
            let (pattern, universal) = Self.fileFormat(format)
            let zone = universal ? TimeZone(identifier: "UTC") ?? DateFormatting.localZone : DateFormatting.localZone
            try context.write(.string(FormatStrings.formatDate(shown, pattern, zone: zone)))
        } else if let uFormat {
            try context.write(.string(Self.unixFormat(shown, uFormat)))
        } else {
            try context.write(.date(shown))
        }
    }

    /// The common `-UFormat` specifiers (`%Y-%m-%d %H:%M:%S`, `%s`).
    /// The ISO 8601 "basic" forms for file names (GetDateCommand.cs at 60b3b304f2): FileDate, FileDateUniversal,
    /// FileDateTime, FileDateTimeUniversal (the universal ones in UTC); any other format as given.
    static func fileFormat(_ format: String) -> (pattern: String, universal: Bool) {
        switch format.lowercased() {
        case "filedate": return ("yyyyMMdd", false)
        case "filedateuniversal": return ("yyyyMMddZ", true)
        case "filedatetime": return ("yyyyMMddTHHmmssffff", false)
        case "filedatetimeuniversal": return ("yyyyMMddTHHmmssffffZ", true)
        default: return (format, false)
        }
    }

    /// -UFormat as Windows PowerShell 5.1 reads it (GetDateCommand.cs UFormatDateString at 60b3b304f2): `%j` and `%u`
    /// unpadded numbers, `%U`/`%W` the day of the year divided by 7, `%V` that plus one, `%G` the year; an unknown
    /// letter after `%` is written as itself.
    static func unixFormat(_ date: Date, _ format: String) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = DateFormatting.localZone
        let c = calendar.dateComponents([.year, .day, .weekday], from: date)
        let dayOfYear = calendar.ordinality(of: .day, in: .year, for: date) ?? 1
        let dayOfWeek = ((c.weekday ?? 1) - 1 + 7) % 7
        func pattern(_ text: String) -> String { FormatStrings.formatDate(date, text) }
        func rightAligned(_ value: Int) -> String { value < 10 ? " \(value)" : String(value) }
        var result = ""
        var characters = Array(format)[...]
        if characters.first == "+" { characters.removeFirst() }
        while let c0 = characters.popFirst() {
            guard c0 == "%", let spec = characters.popFirst() else { result.append(c0); continue }
            switch spec {
            case "A": result += pattern("dddd")
            case "a": result += pattern("ddd")
            case "B": result += pattern("MMMM")
            case "b", "h": result += pattern("MMM")
            case "C": result += String((c.year ?? 0) / 100)
            case "c": result += pattern("ddd MMM ") + rightAligned(c.day ?? 1) + " " + pattern("HH:mm:ss yyyy")
            case "D", "x": result += pattern("MM/dd/yy")
            case "d": result += pattern("dd")
            case "e": result += rightAligned(c.day ?? 1)
            case "H", "k": result += pattern("HH")
            case "I", "l": result += pattern("hh")
            case "j": result += String(dayOfYear)
            case "M": result += pattern("mm")
            case "m": result += pattern("MM")
            case "n": result += "\n"
            case "p": result += pattern("tt")
            case "R": result += pattern("HH:mm")
            case "r": result += pattern("hh:mm:ss tt")
            case "S": result += pattern("ss")
            case "s":
                // The local wall-clock time's seconds since 1 January 1970 (no conversion to UTC in 5.1).
                let offset = Double(DateFormatting.localZone.secondsFromGMT(for: date))
                result += LanguagePrimitives.toString(.double(date.timeIntervalSince1970 + offset))
            case "T", "X": result += pattern("HH:mm:ss")
            case "t": result += "\t"
            case "u", "w": result += String(dayOfWeek)
            case "U", "W": result += String(dayOfYear / 7)
            case "V": result += String(dayOfYear / 7 + 1)
            case "G", "Y": result += pattern("yyyy")
            case "g", "y": result += pattern("yy")
            case "Z": result += pattern("zz")
            default: result.append(spec)
            }
        }
        return result
    }
}
