import ShellEngine
import TrustAuthority

/// `Get-TrustAuthorityKeyProviderClientCertificate`: the provider's client certificate (X509Certificate2).
public final class GetTrustAuthorityKeyProviderClientCertificateCommand: Cmdlet {
    public static let metadata = CommandMetadata(
        name: "Get-TrustAuthorityKeyProviderClientCertificate", className: "VMware.VimAutomation.Security.Commands.Cmdlets.TrustedInfrastructure.GetTrustAuthorityKeyProviderClientCertificate",
        module: "VMware.VimAutomation.Security",
        synopsis: "This cmdlet retrieves the client certificate from the specified Trust Authority key provider in the connected Trust Authority vCenter Server system.",
        parameters: [
            ParameterMetadata("KeyProvider", .array(.object(typeName: PowerCLIObjects.providerType, acceptsName: true)), mandatory: true, position: 0, pipeline: .byValue, description: "Specifies the Trust Authority key providers whose client certificate you want to retrieve."),
            ParameterMetadata("TrustAuthorityCluster", .object(typeName: PowerCLIObjects.clusterType, acceptsName: true), description: "Specifies the Trust Authority cluster of the key provider."),
            ParameterMetadata("Server", .array(.any), description: "Specifies the vCenter Server systems on which you want to run the cmdlet."),
        ],
        outputType: PowerCLIObjects.certificateType,
        examples: [HelpExample("Get-TrustAuthorityKeyProviderClientCertificate -KeyProvider $kp", "Retrieves the client certificate of the key provider $kp.")])

    public init() {}

    public func process(_ context: CommandContext) throws {
        for value in context.parameters.list("KeyProvider") {
            let provider = try ObjectResolution.provider(value, context)
            guard let certificate = provider.clientCertificate else {
                try context.writeError(context.errorRecord(LabError.noClientCertificate(provider.name).message, id: "Client20_TrustedInfrastructure_NotFound", category: .objectNotFound, reason: "ViError", targetName: provider.name, targetType: "String"))
                continue
            }
            try context.write(.object(PowerCLIObjects.certificate(certificate)))
        }
    }
}
