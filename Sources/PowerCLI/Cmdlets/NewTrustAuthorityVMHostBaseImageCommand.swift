import ShellEngine
import TrustAuthority

/// `New-TrustAuthorityVMHostBaseImage -TrustAuthorityCluster $vTA -FilePath esxi-01.tgz` (the file
/// Export-VMHostImageDb writes).
public final class NewTrustAuthorityVMHostBaseImageCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "New-TrustAuthorityVMHostBaseImage", className: "VMware.VimAutomation.Security.Commands.Cmdlets.TrustedInfrastructure.NewTrustAuthorityVMHostBaseImage",
        module: "VMware.VimAutomation.Security",
        synopsis: "This cmdlet creates a new Trust Authority VMHost base image in the specified Trust Authority cluster in the Trust Authority vCenter Server system.",
        description: "This cmdlet imports the ESXi base image of a host's image database (.tgz, as Export-VMHostImageDb writes it) into the Trust Authority cluster: hosts of that ESXi version and build pass the base image check of attestation.",
        supportsShouldProcess: true, outputType: TrustAuthorityServiceObjects.baseImageType,
        examples: [HelpExample("New-TrustAuthorityVMHostBaseImage -TrustAuthorityCluster $vTA -FilePath C:\\temp\\esxi-01.tgz", "Imports the base image of the host whose image database Export-VMHostImageDb wrote.")])

    @Parameter(mandatory: true, pipeline: .byValue, description: "Specifies the Trust Authority cluster in which you want to create the base image.")
    var trustAuthorityCluster: TrustAuthorityClusterArgument
    @Parameter(mandatory: true, position: 0, description: "Specifies the base image database file (.tgz) exported from the host.")
    var filePath: String
    @Parameter(description: "Specifies the vCenter Server systems on which you want to run the cmdlet.")
    var server: [VIServerArgument]

    public init() {}

    public func process(_ context: CommandContext) throws {
        let administrator = try TrustAuthorityAdministrator.of(context, servers: server)
        let cluster = try administrator.cluster(trustAuthorityCluster)
        let bytes = try administrator.readBytes(filePath)
        let source = administrator.source(filePath)
        let database = try administrator.perform { () throws(LabError) in
            do throws(ArtifactError) { return try BaseImageDatabase(tgzBytes: bytes, source: source) } catch { throw .artifact(error) }
        }
        guard try context.shouldProcess(target: cluster.name, action: "Create VMHost base image '\(database.baseImage.imageVersion)'") else { return }
        let image = try administrator.perform { () throws(LabError) in
            try administrator.lab.importBaseImage(database, into: cluster.id, by: administrator.user)
        }
        try context.write(.object(TrustAuthorityServiceObjects.baseImage(image, clusterId: cluster.id, connection: administrator.connection)))
    }
}
