import ShellEngine
import ShellFormatting
import Foundation

/// `ConvertFrom-SecureString`: a SecureString as an "encrypted standard string" (here: hex of UTF-16LE,
/// readable back by ConvertTo-SecureString in the same shell; not protected).
public final class ConvertFromSecureStringCommand: Cmdlet {
    public static let metadata = CommandMetadata(
        name: "ConvertFrom-SecureString", className: "Microsoft.PowerShell.Commands.ConvertFromSecureStringCommand", module: "Microsoft.PowerShell.Security",
        synopsis: "Converts a secure string to an encrypted standard string.",
        parameters: [
            ParameterMetadata("SecureString", .secureString, mandatory: true, position: 0, pipeline: .byValue, description: "Specifies the secure string to convert to an encrypted standard string."),
            ParameterMetadata("AsPlainText", .switchParameter, description: "Converts a secure string to plain text."),
        ])

    public init() {}

    public func process(_ context: CommandContext) throws {
        guard case .secureString(let secret)? = context.parameters["SecureString"] else { return }
        try context.write(.string(context.parameters.isOn("AsPlainText") ? secret.plainText : SecureStringText.encode(secret.plainText)))
    }
}
