import ShellEngine
import TrustAuthority

/// `New-TrustAuthorityKeyProviderClientCertificateCSR`: a new key and a PKCS#10 request; returns the CSR (PEM).
public final class NewTrustAuthorityKeyProviderClientCertificateCSRCommand: Cmdlet {
    public static let metadata = CommandMetadata(
        name: "New-TrustAuthorityKeyProviderClientCertificateCSR", className: "VMware.VimAutomation.Security.Commands.Cmdlets.TrustedInfrastructure.NewTrustAuthorityKeyProviderClientCertificateCSR",
        module: "VMware.VimAutomation.Security",
        synopsis: "This cmdlet creates the client certificate Certificate Signing Request (CSR) for the specified Trust Authority key providers in the Trust Authority vCenter Server system.",
        description: "This cmdlet creates a certificate signing request for the key provider's client certificate. Have the key server vendor sign it, then upload the signed certificate with Set-TrustAuthorityKeyProviderClientCertificate.",
        parameters: [
            ParameterMetadata("KeyProvider", .object(typeName: PowerCLIObjects.providerType, acceptsName: true), mandatory: true, position: 0, pipeline: .byValue, description: "Specifies the Trust Authority key provider for which you want to create a CSR."),
            ParameterMetadata("TrustAuthorityCluster", .object(typeName: PowerCLIObjects.clusterType, acceptsName: true), description: "Specifies the Trust Authority cluster of the key provider."),
            ParameterMetadata("Server", .array(.any), description: "Specifies the vCenter Server systems on which you want to run the cmdlet."),
        ],
        outputType: "System.String",
        examples: [HelpExample("New-TrustAuthorityKeyProviderClientCertificateCSR -KeyProvider $kp", "Creates a CSR for the key provider $kp.")])

    public init() {}

    public func process(_ context: CommandContext) throws {
        let provider = try ObjectResolution.provider(context.parameters["KeyProvider"], context)
        do {
            let request = try PowerCLISession.of(context).lab.createSigningRequest(provider: provider.name)
            try context.write(.string(request.pem))
        } catch let error as LabError {
            throw ObjectResolution.labFailure(error, context)
        }
    }
}
