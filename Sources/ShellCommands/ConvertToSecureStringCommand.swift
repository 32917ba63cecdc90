import ShellEngine
import ShellFormatting
import Foundation

/// `ConvertTo-SecureString`: plain text (with `-AsPlainText -Force`) to a SecureString.
public final class ConvertToSecureStringCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "ConvertTo-SecureString", className: "Microsoft.PowerShell.Commands.ConvertToSecureStringCommand", module: "Microsoft.PowerShell.Security",
        synopsis: "Converts plain text or encrypted strings to secure strings.",
        defaultParameterSet: "Secure")

    @Parameter(mandatory: true, position: 0, pipeline: .byValue, description: "Specifies the string to convert to a secure string.")
    var string: String
    @Parameter(position: 1, set: "PlainText", description: "Specifies a plain text string to convert to a secure string.")
    var asPlainText: SwitchParameter
    @Parameter(position: 2, set: "PlainText", description: "Confirms that you understand the implications of using the AsPlainText parameter and still want to use it.")
    var force: SwitchParameter
    @Parameter(set: "Open", description: "Specifies the encryption key used to convert the original secure string into the encrypted standard string.")
    var key: [Int]

    public init() {}

    public func process(_ context: CommandContext) throws {
        let text = string
        if asPlainText.isPresent {
            guard force.isPresent else {
                throw context.failure("The system cannot protect plain text input. To suppress this warning and convert the plain text to a SecureString, reissue the command specifying the Force parameter. For more information ,type: get-help ConvertTo-SecureString.",
                                      id: "ImportSecureString_ForceRequired", category: .invalidArgument, reason: "ArgumentException")
            }
            try context.write(.secureString(SecureString(plainText: text)))
            return
        }
        // Encrypted standard strings are ConvertFrom-SecureString's hex form of UTF-16LE bytes.
        guard let plain = SecureStringText.decode(text) else {
            throw context.failure("Input string was not in a correct format.", id: "ImportSecureString_InvalidArgument", category: .invalidArgument, reason: "FormatException")
        }
        try context.write(.secureString(SecureString(plainText: plain)))
    }
}
