import ShellEngine
/// `Stop-Transcript`: writes the footer and closes the newest transcript.
public final class StopTranscriptCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Stop-Transcript", className: "Microsoft.PowerShell.Commands.StopTranscriptCommand", synopsis: "Stops a transcript.",
        description: "The Stop-Transcript cmdlet stops a transcript that was started by the Start-Transcript cmdlet.",
        outputType: "System.String")

    public init() {}

    public func end(_ context: CommandContext) throws {
        guard let host = context.shell.host as? TranscribingHost, let transcript = host.stopNewest() else {
            throw context.failure("An error occurred stopping transcription: The host is not currently transcribing.", id: "InvalidOperation",
                                  category: .invalidOperation, reason: "PSInvalidOperationException")
        }
        if !host.isTranscribing { context.shell.onCommandLine = nil }
        try context.write(.string("Transcript stopped, output file is \(transcript.path)"))
    }
}
