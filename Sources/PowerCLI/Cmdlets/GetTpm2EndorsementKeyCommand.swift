import ShellEngine
import TrustAuthority

/// `Get-Tpm2EndorsementKey [-VMHost] <VMHost[]> [-Server <VIServer[]>]`: the endorsement key of each host's
/// TPM 2.0, through the host's vCenter or connected to the host directly.
public final class GetTpm2EndorsementKeyCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Get-Tpm2EndorsementKey", className: "VMware.VimAutomation.Security.Commands.Cmdlets.TrustedInfrastructure.GetTpm2EndorsementKey",
        module: "VMware.VimAutomation.Security",
        synopsis: "This cmdlet retrieves the TPM 2.0 endorsement key from the TPM 2.0 chip in the specified host.",
        description: "This cmdlet retrieves the TPM 2.0 endorsement key from the TPM 2.0 chip in the specified host. You can use this cmdlet by connecting either directly to an ESXi host or to its vCenter Server system.",
        outputType: WorkloadObjects.endorsementKeyType,
        examples: [HelpExample("$ek = Get-Tpm2EndorsementKey -VMHost (Get-VMHost 'esxi-01.vsphere.local')", "Retrieves the endorsement key of the TPM 2.0 chip of esxi-01.vsphere.local.")])

    @Parameter("VMHost", mandatory: true, position: 0, pipeline: .byValue, description: "Specifies the hosts whose TPM 2.0 endorsement key you want to retrieve.", wildcards: true)
    var vmHost: [VMHostArgument]
    @Parameter(description: "Specifies the vCenter Server systems on which you want to run the cmdlet. If no value is given or $null is passed to this parameter, the command runs on the default servers.", wildcards: true)
    var server: [VIServerArgument]

    public init() {}

    public func process(_ context: CommandContext) throws {
        let session = try PowerCLISession.of(context)
        let inventories = try session.connections(server, context).map { ConnectionInventory($0, lab: session.lab) }
        for (inventory, host) in try InventoryResolution.vmHosts(vmHost, in: inventories, context) {
            let connection = inventory.connection
            try session.requireTrustedAdmin(connection, context)
            let user = connection.sessionUser
            let key: Tpm2EndorsementKey
            do {
                key = try session.lab.endorsementKey(ofHost: host.id, by: user)
            } catch {
                // A host without a TPM does not stop the others (`Get-VMHost | Get-Tpm2EndorsementKey`).
                try context.writeError(WorkloadFailure.of(error, context).record)
                continue
            }
            try context.write(.object(WorkloadObjects.endorsementKey(key, host: host, connection)))
        }
    }
}
