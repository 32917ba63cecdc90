import ShellEngine
import TrustAuthority

/// `Get-TrustAuthorityTpm2EndorsementKey -TrustAuthorityCluster $vTA [[-Name] …]`.
public final class GetTrustAuthorityTpm2EndorsementKeyCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Get-TrustAuthorityTpm2EndorsementKey", className: "VMware.VimAutomation.Security.Commands.Cmdlets.TrustedInfrastructure.GetTrustAuthorityTpm2EndorsementKey",
        module: "VMware.VimAutomation.Security",
        synopsis: "This cmdlet retrieves the Trust Authority TPM 2.0 endorsement keys from the specified Trust Authority clusters in the Trust Authority vCenter Server system.",
        outputType: TrustAuthorityServiceObjects.endorsementKeyType,
        examples: [HelpExample("Get-TrustAuthorityTpm2EndorsementKey -TrustAuthorityCluster $vTA", "Retrieves the TPM 2.0 endorsement keys the cluster $vTA trusts.")])

    @Parameter(aliases: ["Cluster"], mandatory: true, pipeline: .byValue, description: "Specifies the Trust Authority clusters from which you want to retrieve the TPM 2.0 endorsement keys.")
    var trustAuthorityCluster: [TrustAuthorityClusterArgument]
    @Parameter(position: 0, description: "Specifies the names of the TPM 2.0 endorsement keys you want to retrieve.", wildcards: true)
    var name: [String]
    @Parameter(description: "Specifies the vCenter Server systems on which you want to run the cmdlet.")
    var server: [VIServerArgument]

    public init() {}

    public func process(_ context: CommandContext) throws {
        let administrator = try TrustAuthorityAdministrator.of(context, servers: server)
        for argument in trustAuthorityCluster {
            let cluster = try administrator.cluster(argument)
            let keys = try administrator.perform { () throws(LabError) in try administrator.lab.tpm2EndorsementKeys(of: cluster.id, by: administrator.user) }
            for key in try administrator.named(keys, name, noun: "TrustAuthorityTpm2EndorsementKey", by: \.name) {
                try context.write(.object(TrustAuthorityServiceObjects.endorsementKey(key, clusterId: cluster.id, connection: administrator.connection)))
            }
        }
    }
}
