import ShellEngine
import ShellFormatting
import Foundation

/// `Start-Sleep` (`sleep`): waits, in short slices so Ctrl+C ends it at once.
public final class StartSleepCommand: Cmdlet {
    public static let metadata = CommandMetadata(
        name: "Start-Sleep", className: "Microsoft.PowerShell.Commands.StartSleepCommand",
        synopsis: "Suspends the activity in a script or session for the specified period of time.",
        parameters: [
            ParameterMetadata("Seconds", .double, aliases: ["s"], mandatory: true, position: 0, pipeline: [.byValue, .byPropertyName], set: "Seconds", description: "Specifies how long the resource sleeps in seconds."),
            ParameterMetadata("Milliseconds", .int, aliases: ["ms"], mandatory: true, pipeline: .byPropertyName, set: "Milliseconds", description: "Specifies how long the resource sleeps in milliseconds."),
        ],
        defaultParameterSet: "Seconds")

    public init() {}

    public func process(_ context: CommandContext) throws {
        let p = context.parameters
        let seconds = p.parameterSetName == "Milliseconds" ? Double(p.int("Milliseconds") ?? 0) / 1000 : ((try? LanguagePrimitives.toDouble(p["Seconds"] ?? .int(0))) ?? 0)
        guard seconds > 0, seconds.isFinite else { return }
        let deadline = Date().addingTimeInterval(min(seconds, 86_400 * 365))
        while Date() < deadline {
            if context.host.takeInterrupt() { throw PipelineInterrupted() }
            Thread.sleep(forTimeInterval: min(0.05, max(0, deadline.timeIntervalSinceNow)))
        }
    }
}
