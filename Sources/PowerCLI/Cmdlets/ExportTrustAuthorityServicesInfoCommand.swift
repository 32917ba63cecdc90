import ShellEngine
import TrustAuthority

/// `Export-TrustAuthorityServicesInfo -TrustAuthorityCluster $vTA -FilePath clsettings.json [-Force]`: the file
/// Import-TrustAuthorityServicesInfo reads on the workload vCenter (vtash's JSON format, docs/workflow-domain.md).
/// Its output is the written file as `System.IO.FileInfo`, as Export-TrustedPrincipal's is (reference §2
/// "ServicesInfo": Export-TrustedPrincipal returns FileInfo, the other Export- cmdlets by inference).
public final class ExportTrustAuthorityServicesInfoCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Export-TrustAuthorityServicesInfo", className: "VMware.VimAutomation.Security.Commands.Cmdlets.TrustedInfrastructure.ExportTrustAuthorityServicesInfo",
        module: "VMware.VimAutomation.Security",
        synopsis: "This cmdlet exports the Trust Authority services information (the Trust Authority attestation service and Trust Authority key provider service) from the specified Trust Authority cluster to the specified file.",
        description: "This cmdlet exports the Trust Authority services information (the Trust Authority attestation service and Trust Authority key provider service) from the specified Trust Authority cluster to the specified file. The cluster must be enabled.",
        outputType: "System.IO.FileInfo",
        examples: [HelpExample("Export-TrustAuthorityServicesInfo -TrustAuthorityCluster $vTA -FilePath C:\\temp\\clsettings.json", "Exports the services information of $vTA, to import it on the workload vCenter Server system.")])

    @Parameter(mandatory: true, pipeline: .byValue, description: "Specifies the Trust Authority cluster whose services information you want to export.")
    var trustAuthorityCluster: TrustAuthorityClusterArgument
    @Parameter(mandatory: true, description: "Specifies the file path to which you want to export the services information.")
    var filePath: String
    @Parameter(description: "Indicates that the cmdlet overwrites the existing destination files and creates directories to complete the specified file path.")
    var force: SwitchParameter
    @Parameter(description: "Specifies the vCenter Server systems on which you want to run the cmdlet.")
    var server: [VIServerArgument]

    public init() {}

    public func process(_ context: CommandContext) throws {
        let administrator = try TrustAuthorityAdministrator.of(context, servers: server)
        let cluster = try administrator.cluster(trustAuthorityCluster)
        let info = try administrator.perform { () throws(LabError) in try administrator.lab.servicesInfo(of: cluster.id, by: administrator.user) }
        try context.write(.object(ArtifactFile.write(Array(info.fileText.utf8), to: filePath, force: force.isPresent, context)))
    }
}
