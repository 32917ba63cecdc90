import ShellEngine
import ShellFormatting
import Foundation

/// `Read-Host`: a line from the user (`-AsSecureString`: without echo, as a SecureString).
public final class ReadHostCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Read-Host", className: "Microsoft.PowerShell.Commands.ReadHostCommand",
        synopsis: "Reads a line of input from the console.")

    @Parameter(position: 0, description: "Specifies the text of the prompt.")
    var prompt: Value
    @Parameter(description: "Indicates that the cmdlet displays asterisks in place of the characters that the user types as input.")
    var asSecureString: SwitchParameter

    public init() {}

    public func process(_ context: CommandContext) throws {
        let shown = $prompt.isBound ? LanguagePrimitives.toString(prompt) + ": " : ""
        guard context.host.isInteractive else {
            throw context.failure("PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.",
                                  id: "ReadHostInNonInteractiveMode", category: .invalidOperation, reason: "PSInvalidOperationException")
        }
        if asSecureString.isPresent {
            guard let secret = context.host.readSecret(prompt: shown) else { throw PipelineInterrupted() }
            try context.write(.secureString(SecureString(plainText: secret)))
        } else {
            guard let line = context.host.readLine(prompt: shown) else { throw PipelineInterrupted() }
            try context.write(.string(line))
        }
    }
}
