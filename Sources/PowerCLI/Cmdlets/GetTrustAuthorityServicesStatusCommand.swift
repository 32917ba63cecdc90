import ShellEngine
import TrustAuthority

/// `Get-TrustAuthorityServicesStatus -TrustAuthorityCluster $vTA`: the health of the cluster's attestation and
/// key provider services.
public final class GetTrustAuthorityServicesStatusCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Get-TrustAuthorityServicesStatus", className: "VMware.VimAutomation.Security.Commands.Cmdlets.TrustedInfrastructure.GetTrustAuthorityServicesStatus",
        module: "VMware.VimAutomation.Security",
        synopsis: "This cmdlet retrieves the Trust Authority services status from the specified Trust Authority clusters in the connected Trust Authority vCenter Server system.",
        outputType: TrustAuthorityServiceObjects.servicesStatusType,
        examples: [HelpExample("Get-TrustAuthorityServicesStatus -TrustAuthorityCluster $vTA", "Retrieves the health of the attestation and key provider services of $vTA.")])

    @Parameter(aliases: ["Cluster"], mandatory: true, pipeline: .byValue, description: "Specifies the Trust Authority clusters whose services status you want to retrieve.")
    var trustAuthorityCluster: [TrustAuthorityClusterArgument]
    @Parameter(description: "Specifies the vCenter Server systems on which you want to run the cmdlet.")
    var server: [VIServerArgument]

    public init() {}

    public func process(_ context: CommandContext) throws {
        let administrator = try TrustAuthorityAdministrator.of(context, servers: server)
        for argument in trustAuthorityCluster {
            let cluster = try administrator.cluster(argument)
            let status = try administrator.perform { () throws(LabError) in try administrator.lab.servicesStatus(of: cluster.id, by: administrator.user) }
            try context.write(.object(TrustAuthorityServiceObjects.servicesStatus(status, connection: administrator.connection)))
        }
    }
}
