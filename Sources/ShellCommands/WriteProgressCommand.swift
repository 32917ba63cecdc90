import ShellEngine

/// `Write-Progress`: a progress bar on a terminal; nothing when the output is not a terminal.
public final class WriteProgressCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Write-Progress", className: "Microsoft.PowerShell.Commands.WriteProgressCommand",
        synopsis: "Displays a progress bar within a PowerShell command window.")

    @Parameter(position: 0, description: "Specifies the first line of text in the heading above the status bar.")
    var activity: String = ""
    @Parameter(position: 1, description: "Specifies the second line of text in the heading above the status bar.")
    var status: String = "Processing"
    @Parameter(position: 2, description: "Specifies an ID that distinguishes each progress bar from the others.")
    var id: Int?
    @Parameter(description: "Specifies the percentage of the activity that is completed.")
    var percentComplete: Int = -1
    @Parameter(description: "Specifies the projected number of seconds remaining until the activity is completed.")
    var secondsRemaining: Int?
    @Parameter(description: "Specifies the line of text below the progress bar.")
    var currentOperation: String?
    @Parameter(description: "Specifies the parent activity of the current activity.")
    var parentId: Int?
    @Parameter(description: "Indicates whether the progress bar is visible.")
    var completed: SwitchParameter

    public init() {}

    public func process(_ context: CommandContext) throws {
        let preference = context.progressAction ?? LanguagePrimitives.toString(context.shell.variable("ProgressPreference") ?? .string("Continue"))
        guard preference.lowercased() == "continue" else { return }
        context.host.writeProgress(ProgressRecord(
            activity: activity, status: status, percentComplete: percentComplete, currentOperation: currentOperation,
            isCompleted: completed.isPresent))
    }
}
