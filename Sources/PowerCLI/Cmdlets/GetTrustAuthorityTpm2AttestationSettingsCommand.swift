import ShellEngine
import TrustAuthority

/// `Get-TrustAuthorityTpm2AttestationSettings -TrustAuthorityCluster $vTA`.
public final class GetTrustAuthorityTpm2AttestationSettingsCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Get-TrustAuthorityTpm2AttestationSettings", className: "VMware.VimAutomation.Security.Commands.Cmdlets.TrustedInfrastructure.GetTrustAuthorityTpm2AttestationSettings",
        module: "VMware.VimAutomation.Security",
        synopsis: "This cmdlet retrieves the Trust Authority TPM 2.0 attestation settings from the specified Trust Authority clusters in the connected Trust Authority vCenter Server system.",
        outputType: TrustAuthorityServiceObjects.attestationSettingsType,
        examples: [HelpExample("Get-TrustAuthorityTpm2AttestationSettings -TrustAuthorityCluster $vTA", "Retrieves whether the cluster $vTA validates endorsement key certificates and requires imported endorsement keys.")])

    @Parameter(aliases: ["Cluster"], mandatory: true, pipeline: .byValue, description: "Specifies the Trust Authority clusters whose TPM 2.0 attestation settings you want to retrieve.")
    var trustAuthorityCluster: [TrustAuthorityClusterArgument]
    @Parameter(description: "Specifies the vCenter Server systems on which you want to run the cmdlet.")
    var server: [VIServerArgument]

    public init() {}

    public func process(_ context: CommandContext) throws {
        let administrator = try TrustAuthorityAdministrator.of(context, servers: server)
        for argument in trustAuthorityCluster {
            let cluster = try administrator.cluster(argument)
            let settings = try administrator.perform { () throws(LabError) in try administrator.lab.tpm2AttestationSettings(of: cluster.id, by: administrator.user) }
            try context.write(.object(TrustAuthorityServiceObjects.attestationSettings(settings, clusterId: cluster.id, connection: administrator.connection)))
        }
    }
}
