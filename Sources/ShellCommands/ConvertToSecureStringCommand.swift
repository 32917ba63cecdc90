import ShellEngine
import ShellFormatting
import Foundation

/// `ConvertTo-SecureString`: plain text (with `-AsPlainText -Force`) to a SecureString.
public final class ConvertToSecureStringCommand: Cmdlet {
    public static let metadata = CommandMetadata(
        name: "ConvertTo-SecureString", className: "Microsoft.PowerShell.Commands.ConvertToSecureStringCommand", module: "Microsoft.PowerShell.Security",
        synopsis: "Converts plain text or encrypted strings to secure strings.",
        parameters: [
            ParameterMetadata("String", .string, mandatory: true, position: 0, pipeline: .byValue, description: "Specifies the string to convert to a secure string."),
            ParameterMetadata("AsPlainText", .switchParameter, position: 1, set: "PlainText", description: "Specifies a plain text string to convert to a secure string."),
            ParameterMetadata("Force", .switchParameter, position: 2, set: "PlainText", description: "Confirms that you understand the implications of using the AsPlainText parameter and still want to use it."),
            ParameterMetadata("Key", .array(.int), set: "Open", description: "Specifies the encryption key used to convert the original secure string into the encrypted standard string."),
        ],
        defaultParameterSet: "Secure")

    public init() {}

    public func process(_ context: CommandContext) throws {
        let p = context.parameters
        let text = p.string("String") ?? ""
        if p.isOn("AsPlainText") {
            guard p.isOn("Force") else {
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
