import ShellEngine
import TrustAuthority

/// `Get-TrustAuthorityTpm2CACertificate -TrustAuthorityCluster $vTA [[-Name] …]`.
public final class GetTrustAuthorityTpm2CACertificateCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Get-TrustAuthorityTpm2CACertificate", className: "VMware.VimAutomation.Security.Commands.Cmdlets.TrustedInfrastructure.GetTrustAuthorityTpm2CACertificate",
        module: "VMware.VimAutomation.Security",
        synopsis: "This cmdlet retrieves the Trust Authority TPM 2.0 CA certificates from the specified Trust Authority clusters in the Trust Authority vCenter Server system.",
        outputType: TrustAuthorityServiceObjects.tpmCACertificateType,
        examples: [HelpExample("Get-TrustAuthorityTpm2CACertificate -TrustAuthorityCluster $vTA", "Retrieves the TPM 2.0 CA certificates the cluster $vTA trusts.")])

    @Parameter(aliases: ["Cluster"], mandatory: true, pipeline: .byValue, description: "Specifies the Trust Authority clusters from which you want to retrieve the TPM 2.0 CA certificates.")
    var trustAuthorityCluster: [TrustAuthorityClusterArgument]
    @Parameter(position: 0, description: "Specifies the names of the TPM 2.0 CA certificates you want to retrieve.", wildcards: true)
    var name: [String]
    @Parameter(description: "Specifies the vCenter Server systems on which you want to run the cmdlet.")
    var server: [VIServerArgument]

    public init() {}

    public func process(_ context: CommandContext) throws {
        let administrator = try TrustAuthorityAdministrator.of(context, servers: server)
        for argument in trustAuthorityCluster {
            let cluster = try administrator.cluster(argument)
            let certificates = try administrator.perform { () throws(LabError) in try administrator.lab.tpm2CACertificates(of: cluster.id, by: administrator.user) }
            for certificate in try administrator.named(certificates, name, noun: "TrustAuthorityTpm2CACertificate", by: \.name) {
                try context.write(.object(TrustAuthorityServiceObjects.tpmCACertificate(certificate, clusterId: cluster.id, connection: administrator.connection)))
            }
        }
    }
}
