import ShellEngine
import TrustAuthority

/// `Set-TrustAuthorityTpm2AttestationSettings -TrustAuthorityCluster $vTA -RequireEndorsementKey
/// [-RequireCertificateValidation:$false]`, or `-Tpm2AttestationSettings` (Get-'s objects). A switch that is
/// not given leaves its setting as it is; `-Switch:$false` turns it off.
public final class SetTrustAuthorityTpm2AttestationSettingsCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Set-TrustAuthorityTpm2AttestationSettings", className: "VMware.VimAutomation.Security.Commands.Cmdlets.TrustedInfrastructure.SetTrustAuthorityTpm2AttestationSettings",
        module: "VMware.VimAutomation.Security",
        synopsis: "This cmdlet modifies the Trust Authority TPM 2.0 attestation settings of the Trust Authority cluster in the Trust Authority vCenter Server system.",
        defaultParameterSet: "Cluster", supportsShouldProcess: true, outputType: TrustAuthorityServiceObjects.attestationSettingsType,
        examples: [HelpExample("Set-TrustAuthorityTpm2AttestationSettings -TrustAuthorityCluster $vTA -RequireEndorsementKey -RequireCertificateValidation:$false", "Makes the cluster $vTA require imported endorsement keys instead of validating endorsement key certificates.")])

    @Parameter(mandatory: true, pipeline: .byValue, set: "Settings", description: "Specifies the TPM 2.0 attestation settings you want to modify.")
    var tpm2AttestationSettings: [TrustAuthorityTpm2AttestationSettingsArgument]
    @Parameter(mandatory: true, pipeline: .byValue, set: "Cluster", description: "Specifies the Trust Authority clusters whose TPM 2.0 attestation settings you want to modify.")
    var trustAuthorityCluster: [TrustAuthorityClusterArgument]
    @Parameter(description: "Indicates whether the endorsement key certificate of a host must chain to an imported TPM 2.0 CA certificate.")
    var requireCertificateValidation: SwitchParameter
    @Parameter(description: "Indicates whether the endorsement key of a host must have been imported (New-TrustAuthorityTpm2EndorsementKey).")
    var requireEndorsementKey: SwitchParameter
    @Parameter(description: "Specifies the vCenter Server systems on which you want to run the cmdlet.")
    var server: [VIServerArgument]

    public init() {}

    public func process(_ context: CommandContext) throws {
        let administrator = try TrustAuthorityAdministrator.of(context, servers: server)
        var clusters: [(id: String, name: String)] = []
        if $tpm2AttestationSettings.isBound {
            for argument in tpm2AttestationSettings {
                guard let reference = argument.itemReference else {
                    try administrator.writeUnknownObject(TrustAuthorityServiceObjects.attestationSettingsType, madeBy: "Get-TrustAuthorityTpm2AttestationSettings")
                    continue
                }
                clusters.append((reference.clusterId, reference.key))
            }
        } else {
            for argument in trustAuthorityCluster {
                let cluster = try administrator.cluster(argument)
                clusters.append((cluster.id, cluster.name))
            }
        }
        let certificateValidation = $requireCertificateValidation.isBound ? requireCertificateValidation.isPresent : nil
        let endorsementKey = $requireEndorsementKey.isBound ? requireEndorsementKey.isPresent : nil
        for cluster in clusters {
            guard try context.shouldProcess(target: cluster.name, action: "Set TPM 2.0 attestation settings") else { continue }
            let settings = try administrator.perform { () throws(LabError) in
                try administrator.lab.setTpm2AttestationSettings(of: cluster.id, requireEndorsementKey: endorsementKey,
                                                                 requireCertificateValidation: certificateValidation, by: administrator.user)
            }
            try context.write(.object(TrustAuthorityServiceObjects.attestationSettings(settings, clusterId: cluster.id, connection: administrator.connection)))
        }
    }
}
