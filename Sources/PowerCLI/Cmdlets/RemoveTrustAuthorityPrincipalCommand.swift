import ShellEngine
import TrustAuthority

/// `Remove-TrustAuthorityPrincipal -TrustAuthorityPrincipal $principal`.
public final class RemoveTrustAuthorityPrincipalCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Remove-TrustAuthorityPrincipal", className: "VMware.VimAutomation.Security.Commands.Cmdlets.TrustedInfrastructure.RemoveTrustAuthorityPrincipal",
        module: "VMware.VimAutomation.Security",
        synopsis: "This cmdlet removes the Trust Authority principals from their location in the Trust Authority vCenter Server system.",
        supportsShouldProcess: true, confirmsByDefault: true,
        examples: [HelpExample("Get-TrustAuthorityPrincipal -TrustAuthorityCluster $vTA | Remove-TrustAuthorityPrincipal -Confirm:$false", "Removes every principal the cluster $vTA trusts.")])

    @Parameter(mandatory: true, position: 0, pipeline: .byValue, description: "Specifies the Trust Authority principals you want to remove.")
    var trustAuthorityPrincipal: [TrustAuthorityPrincipalArgument]
    @Parameter(description: "Specifies the vCenter Server systems on which you want to run the cmdlet.")
    var server: [VIServerArgument]

    public init() {}

    public func process(_ context: CommandContext) throws {
        let administrator = try TrustAuthorityAdministrator.of(context, servers: server)
        for argument in trustAuthorityPrincipal {
            guard let reference = argument.itemReference else {
                try administrator.writeUnknownObject(TrustAuthorityServiceObjects.principalType, madeBy: "Get-TrustAuthorityPrincipal")
                continue
            }
            guard try context.shouldProcess(target: reference.key, action: "Remove Trust Authority principal") else { continue }
            _ = try administrator.attempt(target: reference.key) { () throws(LabError) in
                try administrator.lab.removePrincipal(reference.key, from: reference.clusterId, by: administrator.user)
            }
        }
    }
}
