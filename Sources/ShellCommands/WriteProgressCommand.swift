import ShellEngine
import ShellFormatting
import Foundation

/// `Write-Progress`: a progress bar on a terminal; nothing when the output is not a terminal.
public final class WriteProgressCommand: Cmdlet {
    public static let metadata = CommandMetadata(
        name: "Write-Progress", className: "Microsoft.PowerShell.Commands.WriteProgressCommand",
        synopsis: "Displays a progress bar within a PowerShell command window.",
        parameters: [
            ParameterMetadata("Activity", .string, position: 0, description: "Specifies the first line of text in the heading above the status bar."),
            ParameterMetadata("Status", .string, position: 1, description: "Specifies the second line of text in the heading above the status bar."),
            ParameterMetadata("Id", .int, position: 2, description: "Specifies an ID that distinguishes each progress bar from the others."),
            ParameterMetadata("PercentComplete", .int, description: "Specifies the percentage of the activity that is completed."),
            ParameterMetadata("SecondsRemaining", .int, description: "Specifies the projected number of seconds remaining until the activity is completed."),
            ParameterMetadata("CurrentOperation", .string, description: "Specifies the line of text below the progress bar."),
            ParameterMetadata("ParentId", .int, description: "Specifies the parent activity of the current activity."),
            ParameterMetadata("Completed", .switchParameter, description: "Indicates whether the progress bar is visible."),
        ])

    public init() {}

    public func process(_ context: CommandContext) throws {
        let p = context.parameters
        let preference = p.string("ProgressAction") ?? LanguagePrimitives.toString(context.shell.variable("ProgressPreference") ?? .string("Continue"))
        guard preference.lowercased() == "continue" else { return }
        context.host.writeProgress(ProgressRecord(
            activity: p.string("Activity") ?? "", status: p.string("Status") ?? "Processing",
            percentComplete: p.int("PercentComplete") ?? -1, currentOperation: p.string("CurrentOperation"),
            isCompleted: p.isOn("Completed")))
    }
}
