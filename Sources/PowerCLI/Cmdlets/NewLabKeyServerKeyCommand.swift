import ShellEngine
import TrustAuthority

/// `New-LabKeyServerKey`: the KMS creates a key; returns its id (use it as -PrimaryKeyId).
public final class NewLabKeyServerKeyCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "New-LabKeyServerKey", className: "Vtash.Lab.NewLabKeyServerKey", module: "Vtash.Lab",
        synopsis: "Creates an Active AES-256 key on a simulated key server (through its KMIP engine) and returns its id.",
        outputType: "System.String",
        examples: [
            HelpExample("$id = New-LabKeyServerKey -KeyServer 192.168.110.91", "Creates a key and keeps its id for -PrimaryKeyId."),
            HelpExample("New-LabKeyServerKey -KeyServer 192.168.110.91 -Id 4f1c0b52-6f0e-4a53-9d7e-2d3c1a9b8e71", "Creates a key with the id given, as key servers that use UUIDs name their keys."),
        ])

    @Parameter(mandatory: true, position: 0, description: LabKeyServerParameter.description)
    var keyServer: String
    @Parameter(description: "Specifies the id of the new key (key servers often use UUIDs). By default the key server gives the next decimal id.")
    var id: String?

    public init() {}

    public func process(_ context: CommandContext) throws {
        let lab = try PowerCLISession.of(context).lab
        guard let id else {
            do {
                try context.write(.string(try lab.createKey(keyServer: keyServer)))
            } catch let error as LabError {
                throw LabKeyServerParameter.failure(error, address: keyServer, context, otherwise: "LabKeyCreationFailed")
            }
            return
        }
        guard !id.isEmpty else {
            // PowerShell's ValidateNotNullOrEmpty wording.
            throw context.failure("Cannot validate argument on parameter 'Id'. The argument is null or empty. Provide an argument that is not null or empty, and then try the command again.",
                                  id: "ParameterArgumentValidationError", category: .invalidData, reason: "ParameterBindingValidationException")
        }
        var duplicate = false
        do {
            try context.write(.string(try Self.createKey(id: id, keyServer: keyServer, lab: lab, duplicate: &duplicate)))
        } catch let error as LabError {
            if duplicate {
                throw context.failure(error.message, id: "LabKeyExists", category: .resourceExists, reason: "LabException", targetName: id, targetType: "String")
            }
            throw LabKeyServerParameter.failure(error, address: keyServer, context, otherwise: "LabKeyCreationFailed")
        }
    }

    /// The key `SimulatedKeyServer.createKey()` makes (Active AES-256, owned by the server's user, the "shared"
    /// policy: the engine's defaults), with the id given. Checked and stored in one lab transaction.
    /// (The domain has no `Lab.createKey(keyServer:id:)` yet; this belongs there.)
    private static func createKey(id: String, keyServer: String, lab: Lab, duplicate: inout Bool) throws(LabError) -> String {
        var exists = false
        defer { duplicate = exists }
        return try lab.updateKeyServer(address: keyServer) { (server: inout SimulatedKeyServer) throws(LabError) -> String in
            if server.keyIdentifiers.contains(id) {
                exists = true
                throw .keyServer("a key with id \"\(id)\" already exists on the key server")
            }
            do {
                return try server.engine.createKey(uniqueIdentifier: id, owner: server.username).uniqueIdentifier
            } catch {
                throw .keyServer("\(error)")
            }
        }
    }
}
