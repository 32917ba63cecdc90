import ShellEngine
import TrustAuthority

/// `New-TrustAuthorityPrincipal -TrustAuthorityCluster $vTA -FilePath principal.json` (the file
/// Export-TrustedPrincipal writes), or `-TrustedPrincipal` (Get-TrustedPrincipal's object).
public final class NewTrustAuthorityPrincipalCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "New-TrustAuthorityPrincipal", className: "VMware.VimAutomation.Security.Commands.Cmdlets.TrustedInfrastructure.NewTrustAuthorityPrincipal",
        module: "VMware.VimAutomation.Security",
        synopsis: "This cmdlet creates a new Trust Authority principal in the specified Trust Authority cluster in the Trust Authority vCenter Server system.",
        description: "This cmdlet creates a new Trust Authority principal in the specified Trust Authority cluster: the cluster then trusts the tokens the workload vCenter Server system's principal signs. The certificate chain of the principal must verify.",
        defaultParameterSet: "File", supportsShouldProcess: true, outputType: TrustAuthorityServiceObjects.principalType,
        examples: [HelpExample("New-TrustAuthorityPrincipal -TrustAuthorityCluster $vTA -FilePath C:\\temp\\principal.json", "Imports the principal that Export-TrustedPrincipal wrote on the workload vCenter Server system.")])

    @Parameter(mandatory: true, position: 0, pipeline: .byValue, set: "Object", description: "Specifies the trusted principal (Get-TrustedPrincipal) you want to import.")
    var trustedPrincipal: TrustedPrincipalArgument?
    @Parameter(mandatory: true, set: "File", description: "Specifies the file that Export-TrustedPrincipal wrote.")
    var filePath: String?
    @Parameter(mandatory: true, pipeline: .byValue, description: "Specifies the Trust Authority cluster in which you want to create the principal.")
    var trustAuthorityCluster: TrustAuthorityClusterArgument
    @Parameter(description: "Specifies the vCenter Server systems on which you want to run the cmdlet.")
    var server: [VIServerArgument]

    public init() {}

    public func process(_ context: CommandContext) throws {
        let administrator = try TrustAuthorityAdministrator.of(context, servers: server)
        let cluster = try administrator.cluster(trustAuthorityCluster)
        let principal: TrustedPrincipal
        let source: String
        if let filePath {
            source = administrator.source(filePath)
            let bytes = try administrator.readBytes(filePath)
            principal = try administrator.perform { () throws(LabError) in
                do throws(ArtifactError) { return try TrustedPrincipal(fileBytes: bytes, source: source) } catch { throw .artifact(error) }
            }
        } else {
            guard case .object(let object)? = trustedPrincipal, let given = object.baseObject as? TrustedPrincipal else {
                throw context.failure("The TrustedPrincipal parameter takes the object Get-TrustedPrincipal returns.", id: "Client20_TrustedInfrastructure_InvalidArgument",
                                      category: .invalidArgument, reason: "ViError")
            }
            principal = given
            source = "principal '\(given.id)'"
        }
        guard try context.shouldProcess(target: cluster.name, action: "Create Trust Authority principal '\(principal.id)'") else { return }
        let imported = try administrator.perform { () throws(LabError) in
            try administrator.lab.importPrincipal(principal, into: cluster.id, source: source, by: administrator.user)
        }
        try context.write(.object(TrustAuthorityServiceObjects.principal(imported, clusterId: cluster.id)))
    }
}
