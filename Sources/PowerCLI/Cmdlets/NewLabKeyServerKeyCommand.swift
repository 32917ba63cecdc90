import ShellEngine
import TrustAuthority

/// `New-LabKeyServerKey`: the KMS creates a key; returns its id (use it as -PrimaryKeyId).
public final class NewLabKeyServerKeyCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "New-LabKeyServerKey", className: "Vtash.Lab.NewLabKeyServerKey", module: "Vtash.Lab",
        synopsis: "Creates an Active AES-256 key on a simulated key server (through its KMIP engine) and returns its id.",
        outputType: "System.String",
        examples: [HelpExample("$id = New-LabKeyServerKey -KeyServer 192.168.110.91", "Creates a key and keeps its id for -PrimaryKeyId.")])

    @Parameter(mandatory: true, position: 0, description: LabKeyServerParameter.description)
    var keyServer: String

    public init() {}

    public func process(_ context: CommandContext) throws {
        let lab = try PowerCLISession.of(context).lab
        do {
            try context.write(.string(try lab.createKey(keyServer: keyServer)))
        } catch let error as LabError {
            throw LabKeyServerParameter.failure(error, address: keyServer, context, otherwise: "LabKeyCreationFailed")
        }
    }
}
