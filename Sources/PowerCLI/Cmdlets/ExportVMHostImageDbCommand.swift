import ShellEngine
import TrustAuthority

/// `Export-VMHostImageDb -FilePath <String> -VMHost <VMHost[]> [-Force] [-RunAsync]`: writes a host's base
/// image database (`.tgz`) for `New-TrustAuthorityVMHostBaseImage -FilePath`.
public final class ExportVMHostImageDbCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Export-VMHostImageDb", className: "VMware.VimAutomation.Security.Commands.Cmdlets.TrustedInfrastructure.ExportVMHostImageDb",
        module: "VMware.VimAutomation.Security",
        synopsis: "This cmdlet exports the specified host's base image database to a file that is in a .tgz format.",
        description: "This cmdlet exports the specified host's base image database to a file that is in a .tgz format. Import the file on the Trust Authority cluster with New-TrustAuthorityVMHostBaseImage.",
        outputType: "System.IO.FileInfo",
        examples: [HelpExample("$vmhost = Get-VMHost 'esxi-01.vsphere.local'; Export-VMHostImageDb -VMHost $vmhost -FilePath C:\\temp\\esxi-01.tgz",
                               "Exports the base image database of the host esxi-01.vsphere.local to esxi-01.tgz.")])

    @Parameter(mandatory: true, description: "Specifies the file path to which you want to export the base image database.")
    var filePath: String
    @Parameter("VMHost", mandatory: true, pipeline: .byValue, description: "Specifies the host whose base image database you want to export.", wildcards: true)
    var vmHost: [VMHostArgument]
    @Parameter(description: "Indicates that the cmdlet overwrites the existing destination files and creates directories to complete the specified file path.")
    var force: SwitchParameter
    @Parameter(description: "Indicates that the command returns immediately without waiting for the task to complete.")
    var runAsync: SwitchParameter
    @Parameter(description: "Specifies the vCenter Server systems on which you want to run the cmdlet. If no value is given or $null is passed to this parameter, the command runs on the default servers.", wildcards: true)
    var server: [VIServerArgument]

    public init() {}

    public func process(_ context: CommandContext) throws {
        let session = try PowerCLISession.of(context)
        let inventories = try session.connections(server, context).map { ConnectionInventory($0, lab: session.lab) }
        let hosts = try InventoryResolution.vmHosts(vmHost, in: inventories, context)
        // One file holds one host's database: several hosts for one path would overwrite each other.
        guard hosts.count <= 1 else {
            throw context.failure("The VMHost parameter names \(hosts.count) hosts, but FilePath is one file. Export the image database of one host per file, for example: Get-VMHost | ForEach-Object { Export-VMHostImageDb -VMHost $_ -FilePath \"$($_.Name).tgz\" }.",
                                  id: "Client20_TrustedInfrastructure_OneHostPerFile", category: .invalidArgument, reason: "ViError")
        }
        guard let (inventory, host) = hosts.first else { return }
        let connection = inventory.connection
        try session.requireTrustedAdmin(connection, context)
        let user = connection.sessionUser
        let database = try WorkloadFailure.run(context) { () throws(LabError) in try session.lab.baseImageDatabase(ofHost: host.id, by: user) }
        try context.write(.object(ArtifactFile.write(database.tgzBytes(), to: filePath, force: force.isPresent, context)))
    }
}
