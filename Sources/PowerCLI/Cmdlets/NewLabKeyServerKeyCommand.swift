import ShellEngine
import TrustAuthority

/// `New-LabKeyServerKey`: the KMS creates a key; returns its id (use it as -PrimaryKeyId).
public final class NewLabKeyServerKeyCommand: Cmdlet {
    public static let metadata = CommandMetadata(
        name: "New-LabKeyServerKey", className: "Vtash.Lab.NewLabKeyServerKey", module: "Vtash.Lab",
        synopsis: "Creates an Active AES-256 key on a simulated key server (through its KMIP engine) and returns its id.",
        parameters: [LabKeyServerParameter.metadata],
        outputType: "System.String",
        examples: [HelpExample("$id = New-LabKeyServerKey -KeyServer 192.168.110.91", "Creates a key and keeps its id for -PrimaryKeyId.")])

    public init() {}

    public func process(_ context: CommandContext) throws {
        let address = context.parameters.string("KeyServer") ?? ""
        do {
            try context.write(.string(try PowerCLISession.of(context).lab.createKey(keyServer: address)))
        } catch let error as LabError {
            throw LabKeyServerParameter.failure(error, address: address, context, otherwise: "LabKeyCreationFailed")
        }
    }
}
