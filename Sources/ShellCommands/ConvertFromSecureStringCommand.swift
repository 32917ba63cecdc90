import ShellEngine
import ShellFormatting
import Foundation

/// `ConvertFrom-SecureString`: a SecureString as an "encrypted standard string" (here: hex of UTF-16LE,
/// readable back by ConvertTo-SecureString in the same shell; not protected).
public final class ConvertFromSecureStringCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "ConvertFrom-SecureString", className: "Microsoft.PowerShell.Commands.ConvertFromSecureStringCommand", module: "Microsoft.PowerShell.Security",
        synopsis: "Converts a secure string to an encrypted standard string.")

    @Parameter(mandatory: true, position: 0, pipeline: .byValue, description: "Specifies the secure string to convert to an encrypted standard string.")
    var secureString: SecureString
    @Parameter(description: "Converts a secure string to plain text.")
    var asPlainText: SwitchParameter

    public init() {}

    public func process(_ context: CommandContext) throws {
        guard $secureString.isBound else { return }
        let secret = secureString
        try context.write(.string(asPlainText.isPresent ? secret.plainText : SecureStringText.encode(secret.plainText)))
    }
}
