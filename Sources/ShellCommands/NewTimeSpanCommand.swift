import Foundation
import ShellEngine

/// `New-TimeSpan`: the time between two dates, or a span of days, hours, minutes and seconds.
public final class NewTimeSpanCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "New-TimeSpan", className: "Microsoft.PowerShell.Commands.NewTimeSpanCommand", module: "Microsoft.PowerShell.Utility",
        synopsis: "Creates a TimeSpan object.",
        description: "The New-TimeSpan cmdlet creates a TimeSpan object that represents a time interval. Without parameters it returns a zero time interval. -Start defaults to the current date and time, as does -End.",
        defaultParameterSet: "Date", outputType: "System.TimeSpan",
        examples: [
            HelpExample("New-TimeSpan -Hours 1 -Minutes 25", "Creates a time interval of one hour and 25 minutes."),
            HelpExample("New-TimeSpan -Start (Get-Date) -End (Get-Date -Month 1 -Day 1 -Year 2030)", "The time from now until January 1, 2030."),
        ])

    @Parameter(aliases: ["LastWriteTime"], position: 0, pipeline: .byPropertyName, set: "Date", description: "Specifies the start of a time span. The default is the current date and time.")
    var start: Date?
    @Parameter(position: 1, pipeline: .byPropertyName, set: "Date", description: "Specifies the end of a time span. The default is the current date and time.")
    var end: Date?
    @Parameter(set: "Time", description: "Specifies the days in the time span. The default is 0.")
    var days: Int = 0
    @Parameter(set: "Time", description: "Specifies the hours in the time span. The default is 0.")
    var hours: Int = 0
    @Parameter(set: "Time", description: "Specifies the minutes in the time span. The default is 0.")
    var minutes: Int = 0
    @Parameter(set: "Time", description: "Specifies the length of the time span in seconds. The default is 0.")
    var seconds: Int = 0
    @Parameter(set: "Time", description: "Specifies the length of the time span in milliseconds (PowerShell 6 and later). The default is 0.")
    var milliseconds: Int = 0

    public init() {}

    public func process(_ context: CommandContext) throws {
        if $days.isBound || $hours.isBound || $minutes.isBound || $seconds.isBound || $milliseconds.isBound {
            let total = Double(days) * 86_400 + Double(hours) * 3_600 + Double(minutes) * 60 + Double(seconds) + Double(milliseconds) / 1000
            try context.write(.object(TimeSpanObject.make(seconds: total)))
            return
        }
        let now = Date()
        let interval = (end ?? now).timeIntervalSince(start ?? now)
        try context.write(.object(TimeSpanObject.make(seconds: interval)))
    }
}
