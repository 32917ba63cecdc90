import ShellEngine
import ShellFormatting
import Foundation

/// `Get-Date`: now, or a given date, optionally formatted (`-Format`, `-UFormat`).
public final class GetDateCommand: Cmdlet {
    public static let metadata = CommandMetadata(
        name: "Get-Date", className: "Microsoft.PowerShell.Commands.GetDateCommand",
        synopsis: "Gets the current date and time.",
        parameters: [
            ParameterMetadata("Date", .dateTime, aliases: ["LastWriteTime"], position: 0, pipeline: [.byValue, .byPropertyName], description: "Specifies a date and time."),
            ParameterMetadata("Format", .string, description: "Displays the date and time in the .NET format indicated by the format specifier."),
            ParameterMetadata("UFormat", .string, description: "Displays the date and time in UNIX format."),
            ParameterMetadata("Year", .int, description: "Specifies the year that is displayed."),
            ParameterMetadata("Month", .int, description: "Specifies the month that is displayed."),
            ParameterMetadata("Day", .int, description: "Specifies the day of the month that is displayed."),
            ParameterMetadata("Hour", .int, description: "Specifies the hour that is displayed."),
            ParameterMetadata("Minute", .int, description: "Specifies the minute that is displayed."),
            ParameterMetadata("Second", .int, description: "Specifies the second that is displayed."),
        ])

    public init() {}

    public func process(_ context: CommandContext) throws {
        let p = context.parameters
        var date = Date()
        if case .date(let given)? = p["Date"] { date = given }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = DateFormatting.localZone
        var components = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second, .nanosecond], from: date)
        if let year = p.int("Year") { components.year = year }
        if let month = p.int("Month") { components.month = month }
        if let day = p.int("Day") { components.day = day }
        if let hour = p.int("Hour") { components.hour = hour }
        if let minute = p.int("Minute") { components.minute = minute }
        if let second = p.int("Second") { components.second = second }
        date = calendar.date(from: components) ?? date
        if let format = p.string("Format") {
            try context.write(.string(FormatStrings.formatDate(date, format)))
        } else if let format = p.string("UFormat") {
            try context.write(.string(Self.unixFormat(date, format)))
        } else {
            try context.write(.date(date))
        }
    }

    /// The common `-UFormat` specifiers (`%Y-%m-%d %H:%M:%S`, `%s`).
    static func unixFormat(_ date: Date, _ format: String) -> String {
        var result = ""
        var characters = Array(format)[...]
        while let c = characters.popFirst() {
            guard c == "%", let spec = characters.popFirst() else { result.append(c); continue }
            switch spec {
            case "Y": result += FormatStrings.formatDate(date, "yyyy")
            case "y": result += FormatStrings.formatDate(date, "yy")
            case "m": result += FormatStrings.formatDate(date, "MM")
            case "d": result += FormatStrings.formatDate(date, "dd")
            case "H": result += FormatStrings.formatDate(date, "HH")
            case "M": result += FormatStrings.formatDate(date, "mm")
            case "S": result += FormatStrings.formatDate(date, "ss")
            case "s": result += String(Int64(date.timeIntervalSince1970))
            case "A": result += FormatStrings.formatDate(date, "EEEE")
            case "B": result += FormatStrings.formatDate(date, "MMMM")
            case "%": result += "%"
            default: result += "%" + String(spec)
            }
        }
        return result
    }
}
