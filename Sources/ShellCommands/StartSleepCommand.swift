import ShellEngine
import Foundation

/// `Start-Sleep` (`sleep`): waits, in short slices so Ctrl+C ends it at once.
public final class StartSleepCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Start-Sleep", className: "Microsoft.PowerShell.Commands.StartSleepCommand",
        synopsis: "Suspends the activity in a script or session for the specified period of time.",
        defaultParameterSet: "Seconds")

    @Parameter(aliases: ["s"], mandatory: true, position: 0, pipeline: [.byValue, .byPropertyName], set: "Seconds", description: "Specifies how long the resource sleeps in seconds.")
    var seconds: Double?
    @Parameter(aliases: ["ms"], mandatory: true, pipeline: .byPropertyName, set: "Milliseconds", description: "Specifies how long the resource sleeps in milliseconds.")
    var milliseconds: Int?

    public init() {}

    public func process(_ context: CommandContext) throws {
        // Each parameter is mandatory in its own set: the one bound is the set the binder chose.
        let duration = milliseconds.map { Double($0) / 1000 } ?? (seconds ?? 0)
        // [ValidateRange(0, ...)] on -Seconds and -Milliseconds (StartSleepCommand.cs): a negative time is a bad argument.
        if duration < 0 {
            let (name, written) = milliseconds.map { ("Milliseconds", String($0)) } ?? ("Seconds", LanguagePrimitives.toString(.double(seconds ?? 0)))
            throw context.failure("Cannot validate argument on parameter '\(name)'. The \(written) argument is less than the minimum allowed range of 0. Supply an argument that is greater than or equal to 0 and then try the command again.",
                                  id: "ParameterArgumentValidationError", category: .invalidData, reason: "ParameterBindingValidationException")
        }
        guard duration > 0, duration.isFinite else { return }
        let deadline = Date().addingTimeInterval(min(duration, 86_400 * 365))
        while Date() < deadline {
            if context.host.takeInterrupt() { throw PipelineInterrupted() }
            Thread.sleep(forTimeInterval: min(0.05, max(0, deadline.timeIntervalSinceNow)))
        }
    }
}
