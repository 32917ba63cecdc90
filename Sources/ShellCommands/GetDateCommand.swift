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
        shown = calendar.date(from: components) ?? shown
        if let format {
            try context.write(.string(FormatStrings.formatDate(shown, format)))
        } else if let uFormat {
            try context.write(.string(Self.unixFormat(shown, uFormat)))
        } else {
            try context.write(.date(shown))
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
