import ShellEngine
import TrustAuthority

/// `Remove-TrustAuthorityTpm2EndorsementKey -Tpm2EndorsementKey $key`.
public final class RemoveTrustAuthorityTpm2EndorsementKeyCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Remove-TrustAuthorityTpm2EndorsementKey", className: "VMware.VimAutomation.Security.Commands.Cmdlets.TrustedInfrastructure.RemoveTrustAuthorityTpm2EndorsementKey",
        module: "VMware.VimAutomation.Security",
        synopsis: "This cmdlet removes the specified Trust Authority TPM 2.0 endorsement keys from their location in the Trust Authority vCenter Server system.",
        supportsShouldProcess: true, confirmsByDefault: true,
        examples: [HelpExample("Get-TrustAuthorityTpm2EndorsementKey -TrustAuthorityCluster $vTA esxi-01 | Remove-TrustAuthorityTpm2EndorsementKey -Confirm:$false", "Removes the TPM 2.0 endorsement key esxi-01 from the cluster $vTA.")])

    @Parameter(mandatory: true, position: 0, pipeline: .byValue, description: "Specifies the Trust Authority TPM 2.0 endorsement keys you want to remove.")
    var tpm2EndorsementKey: [TrustAuthorityTpm2EndorsementKeyArgument]
    @Parameter(description: "Specifies the vCenter Server systems on which you want to run the cmdlet.")
    var server: [VIServerArgument]

    public init() {}

    public func process(_ context: CommandContext) throws {
        let administrator = try TrustAuthorityAdministrator.of(context, servers: server)
        for argument in tpm2EndorsementKey {
            guard let reference = argument.itemReference else {
                try administrator.writeUnknownObject(TrustAuthorityServiceObjects.endorsementKeyType, madeBy: "Get-TrustAuthorityTpm2EndorsementKey")
                continue
            }
            guard try context.shouldProcess(target: reference.key, action: "Remove TPM 2.0 endorsement key") else { continue }
            _ = try administrator.attempt(target: reference.key) { () throws(LabError) in
                try administrator.lab.removeTpm2EndorsementKey(reference.key, from: reference.clusterId, by: administrator.user)
            }
        }
    }
}
