import ShellEngine
import TrustAuthority

/// `Export-Tpm2EndorsementKey [-VMHost <VMHost>] -FilePath <String> [-Force] [-Server <VIServer[]>]`: writes the
/// endorsement key of the host's TPM 2.0 (PEM public key, then its certificate) for
/// `New-TrustAuthorityTpm2EndorsementKey -FilePath`. Only over a connection made to the host directly.
public final class ExportTpm2EndorsementKeyCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Export-Tpm2EndorsementKey", className: "VMware.VimAutomation.Security.Commands.Cmdlets.TrustedInfrastructure.ExportTpm2EndorsementKey",
        module: "VMware.VimAutomation.Security",
        synopsis: "This cmdlet exports the TPM 2.0 endorsement key from the TPM 2.0 chip in the specified host.",
        description: "This cmdlet exports the TPM 2.0 endorsement key from the TPM 2.0 chip in the specified host. It only works when you connect to the specified host directly by using the Connect-VIServer cmdlet.",
        outputType: "System.IO.FileInfo",
        examples: [HelpExample("Connect-VIServer esxi-01.vsphere.local -User trustedadmin@vsphere.local -Password 'VMware1!'; Export-Tpm2EndorsementKey -FilePath C:\\temp\\ek.pem",
                               "Connects to the host directly and exports the endorsement key of its TPM 2.0 chip to ek.pem.")])

    @Parameter("VMHost", pipeline: .byValue, description: "Specifies the host whose TPM 2.0 endorsement key you want to export. By default, the host you are connected to directly.")
    var vmHost: VMHostArgument?
    @Parameter(mandatory: true, description: "Specifies the file path to which you want to export the endorsement key.")
    var filePath: String
    @Parameter(description: "Indicates that the cmdlet overwrites the existing destination files and creates directories to complete the specified file path.")
    var force: SwitchParameter
    @Parameter(description: "Specifies the ESXi hosts, connected directly, on which you want to run the cmdlet.", wildcards: true)
    var server: [VIServerArgument]

    public init() {}

    public func process(_ context: CommandContext) throws {
        let session = try PowerCLISession.of(context)
        let selected = try session.connections(server, context)
        let hostConnections = selected.filter { $0.host != nil }
        var wanted: String?
        if let vmHost {
            switch vmHost {
            case .object(let object): wanted = (object.baseObject as? InventoryReference)?.name ?? LanguagePrimitives.toString(.object(object))
            case .name(let name): wanted = name
            }
        }
        let connection: PowerCLISession.Connection
        if let wanted {
            guard let direct = hostConnections.last(where: { $0.server.equalsIgnoringCase(wanted) }) else {
                let through = selected.last.map { $0.host == nil ? "vCenter Server '\($0.server)'" : "the host '\($0.server)'" } ?? "no server"
                throw notDirect("The cmdlet works only when you are connected directly to the host '\(wanted)' with Connect-VIServer; you are connected to \(through).", context)
            }
            connection = direct
        } else {
            guard let direct = hostConnections.last else {
                let through = selected.last.map(\.server) ?? ""
                throw notDirect("The cmdlet works only when you are connected directly to an ESXi host with Connect-VIServer; you are connected to vCenter Server '\(through)'. Connect to the host (Connect-VIServer <host name>) and run the cmdlet again.", context)
            }
            connection = direct
        }
        try session.requireTrustedAdmin(connection, context)
        let user = connection.sessionUser
        let hostName = connection.host ?? connection.server
        let key = try WorkloadFailure.run(context) { () throws(LabError) in try session.lab.endorsementKey(ofHost: hostName, by: user) }
        try context.write(.object(ArtifactFile.write(Array(key.pem.utf8), to: filePath, force: force.isPresent, context)))
    }

    private func notDirect(_ message: String, _ context: CommandContext) -> RuntimeError {
        context.failure(message, id: "Client20_TrustedInfrastructure_NotConnectedToVMHost", category: .invalidOperation, reason: "ViError")
    }
}
