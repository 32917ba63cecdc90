import ShellEngine
import TrustAuthority

/// `Import-TrustAuthorityServicesInfo -FilePath <String> [-TrustedCluster <TrustedCluster>] [-Server <VIServer[]>]`:
/// registers the Trust Authority cluster's services on the workload vCenter and makes them the desired state of
/// its trusted clusters (or of the one given). Nothing is applied yet (Add-TrustedCluster…ServiceInfo, Set-TrustedCluster -Remediate).
public final class ImportTrustAuthorityServicesInfoCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Import-TrustAuthorityServicesInfo", className: "VMware.VimAutomation.Security.Commands.Cmdlets.TrustedInfrastructure.ImportTrustAuthorityServicesInfo",
        module: "VMware.VimAutomation.Security",
        synopsis: "This cmdlet imports the Trust Authority services information (Trust Authority attestation service and Trust Authority key provider service) from the specified file to the workload vCenter Server system.",
        supportsShouldProcess: true, outputType: PowerCLIObjects.ns + "TAServiceInfo",
        examples: [HelpExample("Import-TrustAuthorityServicesInfo -FilePath C:\\temp\\clsettings.json", "Imports the services information that Export-TrustAuthorityServicesInfo wrote on the Trust Authority vCenter Server system.")])

    @Parameter(mandatory: true, description: "Specifies the file from which you want to import the Trust Authority services information.")
    var filePath: String
    @Parameter(description: "Specifies the trusted cluster whose desired state the services information becomes. By default, every trusted cluster of the workload vCenter Server system.")
    var trustedCluster: TrustedClusterArgument?
    @Parameter(description: "Specifies the vCenter Server systems on which you want to run the cmdlet. If no value is given or $null is passed to this parameter, the command runs on the default servers.", wildcards: true)
    var server: [VIServerArgument]

    public init() {}

    public func process(_ context: CommandContext) throws {
        let session = try PowerCLISession.of(context)
        var connection: PowerCLISession.Connection
        var clusterId: String?
        if let trustedCluster {
            let found = try WorkloadResolution.trustedClusters([trustedCluster], servers: server, context)
            guard found.count == 1, let (clusterConnection, cluster) = found.first else {
                throw InventoryResolution.notFound("TrustedCluster", LanguagePrimitives.toString(trustedCluster.value), context)
            }
            connection = clusterConnection
            clusterId = cluster.cluster.id
        } else {
            connection = try session.workloadConnection(server, context)
        }
        try session.requireTrustedAdmin(connection, context)
        let resolved = context.shell.resolvePath(filePath)
        let text = try ObjectResolution.readText(filePath, context)
        let source = "file '\(resolved)'"
        let info: ServicesInfo
        do {
            info = try ServicesInfo(fileBytes: Array(text.utf8), source: source)
        } catch {
            throw context.failure(error.message, id: "Client20_TrustedInfrastructure_InvalidArgument", category: .invalidData, reason: "ViError",
                                  targetName: filePath, targetType: "String")
        }
        let target = clusterId.map { "TrustedCluster-\($0)" } ?? "vCenter Server '\(connection.server)'"
        guard try context.shouldProcess(target: target, action: "Import Trust Authority services information of '\(info.source.clusterName)'") else { return }
        let user = connection.sessionUser
        let registrations = try WorkloadFailure.run(context) { () throws(LabError) in
            try session.lab.importServicesInfo(info, source: source, into: clusterId, by: user)
        }
        for registration in registrations { try context.write(.object(WorkloadObjects.serviceInfo(registration, connection))) }
    }
}
