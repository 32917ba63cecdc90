import ShellEngine
import TrustAuthority

/// `Get-TrustAuthorityPrincipal -TrustAuthorityCluster $vTA [-Name …] [-Domain …] [-Issuer …]` or `-Id …`.
public final class GetTrustAuthorityPrincipalCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Get-TrustAuthorityPrincipal", className: "VMware.VimAutomation.Security.Commands.Cmdlets.TrustedInfrastructure.GetTrustAuthorityPrincipal",
        module: "VMware.VimAutomation.Security",
        synopsis: "This cmdlet retrieves the Trust Authority principals from the specified Trust Authority clusters in the Trust Authority vCenter Server system.",
        defaultParameterSet: "Filter", outputType: TrustAuthorityServiceObjects.principalType,
        examples: [HelpExample("Get-TrustAuthorityPrincipal -TrustAuthorityCluster $vTA", "Retrieves the principals the Trust Authority cluster $vTA trusts.")])

    @Parameter(aliases: ["Cluster"], mandatory: true, pipeline: .byValue, description: "Specifies the Trust Authority clusters from which you want to retrieve the principals.")
    var trustAuthorityCluster: [TrustAuthorityClusterArgument]
    @Parameter(position: 0, set: "Filter", description: "Specifies the names of the principals you want to retrieve.")
    var name: [String]
    @Parameter(set: "Filter", description: "Specifies the domain of the principals you want to retrieve. This parameter only works together with the Name parameter.")
    var domain: String?
    @Parameter(set: "Filter", description: "Specifies the issuers of the principals you want to retrieve.")
    var issuer: [String]
    @Parameter(mandatory: true, set: "Id", description: "Specifies the IDs of the principals you want to retrieve.")
    var id: [String]
    @Parameter(description: "Specifies the vCenter Server systems on which you want to run the cmdlet.")
    var server: [VIServerArgument]

    public init() {}

    public func process(_ context: CommandContext) throws {
        let administrator = try TrustAuthorityAdministrator.of(context, servers: server)
        // The domain enforces "Domain only with Name", so every caller refuses it alike.
        let filter = try administrator.perform { () throws(LabError) in try PrincipalFilter(ids: id, names: name, domain: domain, issuers: issuer) }
        for argument in trustAuthorityCluster {
            let cluster = try administrator.cluster(argument)
            let principals = try administrator.perform { () throws(LabError) in
                try administrator.lab.principals(of: cluster.id, matching: filter, by: administrator.user)
            }
            for principal in principals {
                try context.write(.object(TrustAuthorityServiceObjects.principal(principal, clusterId: cluster.id, connection: administrator.connection)))
            }
        }
    }
}
