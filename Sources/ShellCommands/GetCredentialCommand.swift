import ShellEngine
import ShellFormatting
import Foundation

/// `Get-Credential`: asks the host for a user name and password and returns a PSCredential.
public final class GetCredentialCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Get-Credential", className: "Microsoft.PowerShell.Commands.GetCredentialCommand", module: "Microsoft.PowerShell.Security",
        synopsis: "Gets a credential object based on a user name and password.",
        defaultParameterSet: "CredentialSet")

    @Parameter(position: 0, set: "CredentialSet", description: "Specifies a user name for the credential, such as User01 or Domain01\\User01.")
    var credential: Value
    @Parameter(position: 0, set: "MessageSet", description: "Specifies a user name.")
    var userName: String?
    @Parameter(set: "MessageSet", description: "Specifies a message that appears in the authentication prompt.")
    var message: String?
    @Parameter(set: "MessageSet", description: "Sets the text of the title line for the authentication prompt in the console.")
    var title: String?

    public init() {}

    public func process(_ context: CommandContext) throws {
        if case .object(let object) = credential, object.typeNames.contains(Credentials.typeName) {
            try context.write(.object(object))
            return
        }
        guard context.host.isInteractive else {
            throw context.failure("PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.",
                                  id: "CouldNotPromptForCredential", category: .invalidOperation, reason: "PSInvalidOperationException")
        }
        // A -Credential that is not a PSCredential names the user, as a string.
        var user = userName ?? (credential.isNull ? nil : LanguagePrimitives.toString(credential))
        context.host.writeOutputLine("")
        context.host.writeOutputLine(title ?? "Windows PowerShell credential request")
        context.host.writeOutputLine(message ?? "Enter your credentials.")
        if user == nil {
            guard let line = context.host.readLine(prompt: "User: ") else { throw PipelineInterrupted() }
            user = line
        }
        guard let password = context.host.readSecret(prompt: "Password for user \(user ?? ""): ") else { throw PipelineInterrupted() }
        try context.write(.object(Credentials.make(user: user ?? "", password: SecureString(plainText: password))))
    }
}
