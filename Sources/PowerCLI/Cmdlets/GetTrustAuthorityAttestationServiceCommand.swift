import ShellEngine
import TrustAuthority

/// `Get-TrustAuthorityAttestationService [-TrustAuthorityCluster $vTA] [[-VMHost] …] [-ServiceAddress …] [-ServiceGroup …]`:
/// one attestation service per host of an enabled Trust Authority cluster.
public final class GetTrustAuthorityAttestationServiceCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Get-TrustAuthorityAttestationService", className: "VMware.VimAutomation.Security.Commands.Cmdlets.TrustedInfrastructure.GetTrustAuthorityAttestationService",
        module: "VMware.VimAutomation.Security",
        synopsis: "This cmdlet retrieves the Trust Authority attestation services from the specified enabled Trust Authority cluster in the Trust Authority vCenter Server system.",
        description: "This cmdlet retrieves the Trust Authority attestation services from the specified enabled Trust Authority cluster in the Trust Authority vCenter Server system. A disabled cluster runs no services: naming one is an error.",
        outputType: TrustAuthorityServiceObjects.attestationServiceType,
        examples: [HelpExample("Get-TrustAuthorityAttestationService -TrustAuthorityCluster $vTA", "Retrieves the attestation services of the enabled cluster $vTA.")])

    @Parameter(position: 0, pipeline: .byValue, description: "Specifies the hosts of the Trust Authority cluster whose services you want to retrieve.")
    var vMHost: [TrustAuthorityServiceHostArgument]
    @Parameter(description: "Specifies the addresses of the services you want to retrieve.", wildcards: true)
    var serviceAddress: [String]
    @Parameter(description: "Specifies the groups of the services you want to retrieve.", wildcards: true)
    var serviceGroup: [String]
    @Parameter(aliases: ["Cluster"], pipeline: .byValue, description: "Specifies the enabled Trust Authority clusters whose services you want to retrieve.")
    var trustAuthorityCluster: [TrustAuthorityClusterArgument]
    @Parameter(description: "Specifies the vCenter Server systems on which you want to run the cmdlet.")
    var server: [VIServerArgument]

    public init() {}

    public func process(_ context: CommandContext) throws {
        let administrator = try TrustAuthorityAdministrator.of(context, servers: server)
        let selection = TrustAuthorityServiceSelection(kind: .attestation, clusters: trustAuthorityCluster, hosts: vMHost,
                                                       addresses: serviceAddress, groups: serviceGroup)
        for service in try selection.services(administrator) {
            try context.write(.object(TrustAuthorityServiceObjects.service(service, connection: administrator.connection)))
        }
    }
}
