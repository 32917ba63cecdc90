import ShellEngine
import TrustAuthority

/// `Get-TrustAuthorityKeyProviderClientCertificateCSR`: the pending CSR as a PEM string.
public final class GetTrustAuthorityKeyProviderClientCertificateCSRCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Get-TrustAuthorityKeyProviderClientCertificateCSR", className: "VMware.VimAutomation.Security.Commands.Cmdlets.TrustedInfrastructure.GetTrustAuthorityKeyProviderClientCertificateCSR",
        module: "VMware.VimAutomation.Security",
        synopsis: "This cmdlet retrieves the client certificate Certificate Signing Request (CSR) from the specified Trust Authority key provider in the connected Trust Authority vCenter Server system.",
        outputType: "System.String",
        examples: [HelpExample("Get-TrustAuthorityKeyProviderClientCertificateCSR -KeyProvider $kp | Out-File clkp.csr", "Writes the CSR of $kp to a file to send to the key server vendor.")])

    @Parameter(mandatory: true, position: 0, pipeline: .byValue, description: "Specifies the Trust Authority key providers whose CSR you want to retrieve.")
    var keyProvider: [KeyProviderArgument]
    @Parameter(description: "Specifies the Trust Authority cluster of the key provider.")
    var trustAuthorityCluster: TrustAuthorityClusterArgument?
    @Parameter(description: "Specifies the vCenter Server systems on which you want to run the cmdlet.")
    var server: [VIServerArgument]

    public init() {}

    public func process(_ context: CommandContext) throws {
        for argument in keyProvider {
            let provider = try ObjectResolution.provider(argument, context, servers: server)
            guard let request = provider.signingRequest else {
                try context.writeError(context.errorRecord("The key provider '\(provider.name)' has no certificate signing request. Create one with New-TrustAuthorityKeyProviderClientCertificateCSR.", id: "Client20_TrustedInfrastructure_NotFound", category: .objectNotFound, reason: "ViError", targetName: provider.name, targetType: "String"))
                continue
            }
            try context.write(.string(request.pem))
        }
    }
}
