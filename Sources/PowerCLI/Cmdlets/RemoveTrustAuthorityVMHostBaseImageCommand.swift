import ShellEngine
import TrustAuthority

/// `Remove-TrustAuthorityVMHostBaseImage -VMHostBaseImage $image`.
public final class RemoveTrustAuthorityVMHostBaseImageCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Remove-TrustAuthorityVMHostBaseImage", className: "VMware.VimAutomation.Security.Commands.Cmdlets.TrustedInfrastructure.RemoveTrustAuthorityVMHostBaseImage",
        module: "VMware.VimAutomation.Security",
        synopsis: "This cmdlet removes the specified Trust Authority VMHost base images from their location in the Trust Authority vCenter Server system.",
        supportsShouldProcess: true, confirmsByDefault: true,
        examples: [HelpExample("Get-TrustAuthorityVMHostBaseImage -TrustAuthorityCluster $vTA | Remove-TrustAuthorityVMHostBaseImage -Confirm:$false", "Removes every base image the cluster $vTA trusts.")])

    @Parameter(mandatory: true, position: 0, pipeline: .byValue, description: "Specifies the Trust Authority VMHost base images you want to remove.")
    var vMHostBaseImage: [TrustAuthorityVMHostBaseImageArgument]
    @Parameter(description: "Specifies the vCenter Server systems on which you want to run the cmdlet.")
    var server: [VIServerArgument]

    public init() {}

    public func process(_ context: CommandContext) throws {
        let administrator = try TrustAuthorityAdministrator.of(context, servers: server)
        for argument in vMHostBaseImage {
            guard let reference = argument.itemReference else {
                try administrator.writeUnknownObject(TrustAuthorityServiceObjects.baseImageType, madeBy: "Get-TrustAuthorityVMHostBaseImage")
                continue
            }
            guard try context.shouldProcess(target: reference.key, action: "Remove VMHost base image") else { continue }
            _ = try administrator.attempt(target: reference.key) { () throws(LabError) in
                try administrator.lab.removeBaseImage(reference.key, from: reference.clusterId, by: administrator.user)
            }
        }
    }
}
