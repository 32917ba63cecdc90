import ShellEngine
import TrustAuthority

/// `New-TrustAuthorityKeyProviderClientCertificateCSR`: a new key and a PKCS#10 request; returns the CSR (PEM).
public final class NewTrustAuthorityKeyProviderClientCertificateCSRCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "New-TrustAuthorityKeyProviderClientCertificateCSR", className: "VMware.VimAutomation.Security.Commands.Cmdlets.TrustedInfrastructure.NewTrustAuthorityKeyProviderClientCertificateCSR",
        module: "VMware.VimAutomation.Security",
        synopsis: "This cmdlet creates the client certificate Certificate Signing Request (CSR) for the specified Trust Authority key providers in the Trust Authority vCenter Server system.",
        description: "This cmdlet creates a certificate signing request for the key provider's client certificate. Have the key server vendor sign it, then upload the signed certificate with Set-TrustAuthorityKeyProviderClientCertificate.",
        outputType: "System.String",
        examples: [HelpExample("New-TrustAuthorityKeyProviderClientCertificateCSR -KeyProvider $kp", "Creates a CSR for the key provider $kp.")])

    @Parameter(mandatory: true, position: 0, pipeline: .byValue, description: "Specifies the Trust Authority key provider for which you want to create a CSR.")
    var keyProvider: KeyProviderArgument
    @Parameter(description: "Specifies the Trust Authority cluster of the key provider.")
    var trustAuthorityCluster: TrustAuthorityClusterArgument?
    @Parameter(description: "Specifies the vCenter Server systems on which you want to run the cmdlet.")
    var server: [VIServerArgument]

    public init() {}

    public func process(_ context: CommandContext) throws {
        let provider = try ObjectResolution.provider(keyProvider, context, servers: server)
        let lab = try PowerCLISession.of(context).lab
        let request: CertificateRequest
        do {
            request = try lab.createSigningRequest(provider: provider.name)
        } catch {
            throw ObjectResolution.labFailure(error, context)
        }
        try context.write(.string(request.pem))
    }
}
