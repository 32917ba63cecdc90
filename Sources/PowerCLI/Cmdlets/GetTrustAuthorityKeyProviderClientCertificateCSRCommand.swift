import ShellEngine
import TrustAuthority

/// `Get-TrustAuthorityKeyProviderClientCertificateCSR`: the pending CSR as a PEM string.
public final class GetTrustAuthorityKeyProviderClientCertificateCSRCommand: Cmdlet {
    public static let metadata = CommandMetadata(
        name: "Get-TrustAuthorityKeyProviderClientCertificateCSR", className: "VMware.VimAutomation.Security.Commands.Cmdlets.TrustedInfrastructure.GetTrustAuthorityKeyProviderClientCertificateCSR",
        module: "VMware.VimAutomation.Security",
        synopsis: "This cmdlet retrieves the client certificate Certificate Signing Request (CSR) from the specified Trust Authority key provider in the connected Trust Authority vCenter Server system.",
        parameters: [
            ParameterMetadata("KeyProvider", .array(.object(typeName: PowerCLIObjects.providerType, acceptsName: true)), mandatory: true, position: 0, pipeline: .byValue, description: "Specifies the Trust Authority key providers whose CSR you want to retrieve."),
            ParameterMetadata("TrustAuthorityCluster", .object(typeName: PowerCLIObjects.clusterType, acceptsName: true), description: "Specifies the Trust Authority cluster of the key provider."),
            ParameterMetadata("Server", .array(.any), description: "Specifies the vCenter Server systems on which you want to run the cmdlet."),
        ],
        outputType: "System.String",
        examples: [HelpExample("Get-TrustAuthorityKeyProviderClientCertificateCSR -KeyProvider $kp | Out-File clkp.csr", "Writes the CSR of $kp to a file to send to the key server vendor.")])

    public init() {}

    public func process(_ context: CommandContext) throws {
        for value in context.parameters.list("KeyProvider") {
            let provider = try ObjectResolution.provider(value, context)
            guard let request = provider.signingRequest else {
                try context.writeError(context.errorRecord("The key provider '\(provider.name)' has no certificate signing request. Create one with New-TrustAuthorityKeyProviderClientCertificateCSR.", id: "Client20_TrustedInfrastructure_NotFound", category: .objectNotFound, reason: "ViError", targetName: provider.name, targetType: "String"))
                continue
            }
            try context.write(.string(request.pem))
        }
    }
}
