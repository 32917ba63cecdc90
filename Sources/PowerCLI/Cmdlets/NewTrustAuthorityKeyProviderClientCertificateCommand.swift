import ShellEngine
import TrustAuthority

/// `New-TrustAuthorityKeyProviderClientCertificate`: a self-signed client certificate made inside vCenter.
public final class NewTrustAuthorityKeyProviderClientCertificateCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "New-TrustAuthorityKeyProviderClientCertificate", className: "VMware.VimAutomation.Security.Commands.Cmdlets.TrustedInfrastructure.NewTrustAuthorityKeyProviderClientCertificate",
        module: "VMware.VimAutomation.Security",
        synopsis: "This cmdlet creates a client certificate for the specified Trust Authority key provider in the Trust Authority vCenter Server system.",
        description: "This cmdlet creates a self-signed client certificate for the specified Trust Authority key provider. Export it with Export-TrustAuthorityKeyProviderClientCertificate and upload it to the key server.",
        examples: [HelpExample("New-TrustAuthorityKeyProviderClientCertificate -KeyProvider $kp", "Creates a self-signed client certificate for the key provider $kp.")])

    @Parameter(mandatory: true, position: 0, pipeline: .byValue, description: "Specifies the Trust Authority key provider for which you want to create a client certificate.")
    var keyProvider: KeyProviderArgument
    @Parameter(description: "Specifies the Trust Authority cluster of the key provider.")
    var trustAuthorityCluster: TrustAuthorityClusterArgument?
    @Parameter(description: "Specifies the vCenter Server systems on which you want to run the cmdlet.")
    var server: [VIServerArgument]

    public init() {}

    public func process(_ context: CommandContext) throws {
        let provider = try ObjectResolution.provider(keyProvider, context, servers: server)
        let lab = try PowerCLISession.of(context).lab
        do {
            try lab.createSelfSignedClientCertificate(provider: provider.name)
        } catch {
            throw ObjectResolution.labFailure(error, context)
        }
    }
}
