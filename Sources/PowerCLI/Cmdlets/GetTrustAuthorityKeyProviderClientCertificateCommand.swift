import ShellEngine
import TrustAuthority

/// `Get-TrustAuthorityKeyProviderClientCertificate`: the provider's client certificate (X509Certificate2).
public final class GetTrustAuthorityKeyProviderClientCertificateCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Get-TrustAuthorityKeyProviderClientCertificate", className: "VMware.VimAutomation.Security.Commands.Cmdlets.TrustedInfrastructure.GetTrustAuthorityKeyProviderClientCertificate",
        module: "VMware.VimAutomation.Security",
        synopsis: "This cmdlet retrieves the client certificate from the specified Trust Authority key provider in the connected Trust Authority vCenter Server system.",
        outputType: PowerCLIObjects.certificateType,
        examples: [HelpExample("Get-TrustAuthorityKeyProviderClientCertificate -KeyProvider $kp", "Retrieves the client certificate of the key provider $kp.")])

    @Parameter(mandatory: true, position: 0, pipeline: .byValue, description: "Specifies the Trust Authority key providers whose client certificate you want to retrieve.")
    var keyProvider: [KeyProviderArgument]
    @Parameter(description: "Specifies the Trust Authority cluster of the key provider.")
    var trustAuthorityCluster: TrustAuthorityClusterArgument?
    @Parameter(description: "Specifies the vCenter Server systems on which you want to run the cmdlet.")
    var server: [VIServerArgument]

    public init() {}

    public func process(_ context: CommandContext) throws {
        for argument in keyProvider {
            let provider = try ObjectResolution.provider(argument, context, servers: server)
            guard let certificate = provider.clientCertificate else {
                try context.writeError(context.errorRecord(LabError.noClientCertificate(provider.name).message, id: "Client20_TrustedInfrastructure_NotFound", category: .objectNotFound, reason: "ViError", targetName: provider.name, targetType: "String"))
                continue
            }
            try context.write(.object(PowerCLIObjects.certificate(certificate)))
        }
    }
}
