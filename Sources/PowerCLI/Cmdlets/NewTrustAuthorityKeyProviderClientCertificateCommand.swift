import ShellEngine
import TrustAuthority

/// `New-TrustAuthorityKeyProviderClientCertificate`: a self-signed client certificate made inside vCenter.
public final class NewTrustAuthorityKeyProviderClientCertificateCommand: Cmdlet {
    public static let metadata = CommandMetadata(
        name: "New-TrustAuthorityKeyProviderClientCertificate", className: "VMware.VimAutomation.Security.Commands.Cmdlets.TrustedInfrastructure.NewTrustAuthorityKeyProviderClientCertificate",
        module: "VMware.VimAutomation.Security",
        synopsis: "This cmdlet creates a client certificate for the specified Trust Authority key provider in the Trust Authority vCenter Server system.",
        description: "This cmdlet creates a self-signed client certificate for the specified Trust Authority key provider. Export it with Export-TrustAuthorityKeyProviderClientCertificate and upload it to the key server.",
        parameters: [
            ParameterMetadata("KeyProvider", .object(typeName: PowerCLIObjects.providerType, acceptsName: true), mandatory: true, position: 0, pipeline: .byValue, description: "Specifies the Trust Authority key provider for which you want to create a client certificate."),
            ParameterMetadata("TrustAuthorityCluster", .object(typeName: PowerCLIObjects.clusterType, acceptsName: true), description: "Specifies the Trust Authority cluster of the key provider."),
            ParameterMetadata("Server", .array(.any), description: "Specifies the vCenter Server systems on which you want to run the cmdlet."),
        ],
        examples: [HelpExample("New-TrustAuthorityKeyProviderClientCertificate -KeyProvider $kp", "Creates a self-signed client certificate for the key provider $kp.")])

    public init() {}

    public func process(_ context: CommandContext) throws {
        let provider = try ObjectResolution.provider(context.parameters["KeyProvider"], context)
        do {
            try PowerCLISession.of(context).lab.createSelfSignedClientCertificate(provider: provider.name)
        } catch {
            throw ObjectResolution.labFailure(error, context)
        }
    }
}
