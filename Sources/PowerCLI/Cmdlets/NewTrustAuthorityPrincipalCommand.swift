import Foundation
import ShellEngine
import TrustAuthority

/// `New-TrustAuthorityPrincipal -TrustAuthorityCluster $vTA -FilePath principal.json` (the file
/// Export-TrustedPrincipal writes), `-TrustedPrincipal` (Get-TrustedPrincipal's object), or `[-Name] -CertificateChain
/// -Domain -Issuer [-Type]` (the reference's set 2, §3 "Principals").
public final class NewTrustAuthorityPrincipalCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "New-TrustAuthorityPrincipal", className: "VMware.VimAutomation.Security.Commands.Cmdlets.TrustedInfrastructure.NewTrustAuthorityPrincipal",
        module: "VMware.VimAutomation.Security",
        synopsis: "This cmdlet creates a new Trust Authority principal in the specified Trust Authority cluster in the Trust Authority vCenter Server system.",
        description: "This cmdlet creates a new Trust Authority principal in the specified Trust Authority cluster: the cluster then trusts the tokens the workload vCenter Server system's principal signs. The certificate chain of the principal must verify.",
        defaultParameterSet: "File", supportsShouldProcess: true, outputType: TrustAuthorityServiceObjects.principalType,
        examples: [HelpExample("New-TrustAuthorityPrincipal -TrustAuthorityCluster $vTA -FilePath C:\\temp\\principal.json", "Imports the principal that Export-TrustedPrincipal wrote on the workload vCenter Server system."),
                   HelpExample("$p = Get-TrustedPrincipal -Server 192.168.210.23; New-TrustAuthorityPrincipal -TrustAuthorityCluster $vTA -Name $p.Name -Domain $p.Domain -Issuer $p.Issuer -CertificateChain $p.CertificateChain",
                               "Imports the workload vCenter Server system's principal from its parts.")])

    @Parameter(mandatory: true, position: 0, pipeline: .byValue, set: "Object", description: "Specifies the trusted principal (Get-TrustedPrincipal) you want to import.")
    var trustedPrincipal: TrustedPrincipalArgument?
    @Parameter(mandatory: true, set: "File", description: "Specifies the file that Export-TrustedPrincipal wrote.")
    var filePath: String?
    @Parameter(mandatory: true, position: 0, set: "Chain", description: "Specifies the name of the principal.")
    var name: String?
    @Parameter(mandatory: true, set: "Chain", description: "Specifies the certificate chain that signs the principal's tokens, signing certificate first.")
    var certificateChain: [X509ChainArgument]
    @Parameter(mandatory: true, set: "Chain", description: "Specifies the domain of the principal.")
    var domain: String?
    @Parameter(mandatory: true, set: "Chain", description: "Specifies the issuer of the principal's tokens.")
    var issuer: String?
    @Parameter(set: "Chain", description: "Specifies the type of the principal: STSUser (the default) or STSGroup.")
    var type: PrincipalTypeArgument = .stsUser
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
        } else if let name {
            principal = try fromParts(name: name, context)
            source = "certificate chain of the principal '\(principal.id)'"
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
        try context.write(.object(TrustAuthorityServiceObjects.principal(imported, clusterId: cluster.id, connection: administrator.connection)))
    }

    /// The principal of the Chain set; its chain is checked (it must verify) when it is imported.
    private func fromParts(name: String, _ context: CommandContext) throws -> TrustedPrincipal {
        for (parameter, value) in [("Name", name), ("Domain", domain ?? ""), ("Issuer", issuer ?? "")] where value.trimmingCharacters(in: .whitespaces).isEmpty {
            throw context.failure("The \(parameter) parameter of the principal must not be empty.", id: "Client20_TrustedInfrastructure_InvalidArgument",
                                  category: .invalidArgument, reason: "ViError", targetName: parameter, targetType: "String")
        }
        var certificates: [CertificateInfo] = []
        for chain in certificateChain {
            guard let chainCertificates = chain.certificates else {
                throw context.failure("The CertificateChain parameter takes the X509Chain objects of vtash's principals and certificates (the CertificateChain property of Get-TrustedPrincipal's object).",
                                      id: "Client20_TrustedInfrastructure_InvalidArgument", category: .invalidArgument, reason: "ViError",
                                      targetName: "CertificateChain", targetType: "X509Chain")
            }
            certificates += chainCertificates
        }
        guard !certificates.isEmpty else {
            throw context.failure("The certificate chain of the principal '\(name)' holds no certificate.", id: "Client20_TrustedInfrastructure_InvalidArgument",
                                  category: .invalidArgument, reason: "ViError", targetName: "CertificateChain", targetType: "X509Chain")
        }
        let issuer = issuer ?? ""
        return TrustedPrincipal(name: name, domain: domain ?? "", issuer: issuer, issuerAlias: URL(string: issuer)?.host ?? "",
                                type: type.domainType, certificateChain: certificates)
    }
}
