import ShellEngine
import ShellFormatting
import Foundation

/// `Read-Host`: a line from the user (`-AsSecureString`: without echo, as a SecureString).
public final class ReadHostCommand: Cmdlet {
    public static let metadata = CommandMetadata(
        name: "Read-Host", className: "Microsoft.PowerShell.Commands.ReadHostCommand",
        synopsis: "Reads a line of input from the console.",
        parameters: [
            ParameterMetadata("Prompt", .any, position: 0, description: "Specifies the text of the prompt."),
            ParameterMetadata("AsSecureString", .switchParameter, description: "Indicates that the cmdlet displays asterisks in place of the characters that the user types as input."),
        ])

    public init() {}

    public func process(_ context: CommandContext) throws {
        let prompt = context.parameters["Prompt"].map { LanguagePrimitives.toString($0) + ": " } ?? ""
        guard context.host.isInteractive else {
            throw context.failure("PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.",
                                  id: "ReadHostInNonInteractiveMode", category: .invalidOperation, reason: "PSInvalidOperationException")
        }
        if context.parameters.isOn("AsSecureString") {
            guard let secret = context.host.readSecret(prompt: prompt) else { throw PipelineInterrupted() }
            try context.write(.secureString(SecureString(plainText: secret)))
        } else {
            guard let line = context.host.readLine(prompt: prompt) else { throw PipelineInterrupted() }
            try context.write(.string(line))
        }
    }
}
