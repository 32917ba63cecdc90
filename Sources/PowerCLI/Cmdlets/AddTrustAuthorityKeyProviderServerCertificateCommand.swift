import ShellEngine
import TrustAuthority

/// `Add-TrustAuthorityKeyProviderServerCertificate`: the provider trusts a key server's certificate.
public final class AddTrustAuthorityKeyProviderServerCertificateCommand: Cmdlet {
    public static let metadata = CommandMetadata(
        name: "Add-TrustAuthorityKeyProviderServerCertificate", className: "VMware.VimAutomation.Security.Commands.Cmdlets.TrustedInfrastructure.AddTrustAuthorityKeyProviderServerCertificate",
        module: "VMware.VimAutomation.Security",
        synopsis: "This cmdlet adds the certificate from the Trust Authority key provider server to be trusted by the Trust Authority key provider.",
        parameters: [
            ParameterMetadata("ServerCertificate", .array(.object(typeName: PowerCLIObjects.serverCertificateType, acceptsName: false)), mandatory: true, pipeline: .byValue, set: "ServerCertificate", description: "Specifies the Trust Authority key provider server certificate that you can trust."),
            ParameterMetadata("Certificate", .array(.object(typeName: PowerCLIObjects.certificateType, acceptsName: false)), mandatory: true, set: "Certificate", description: "Specifies the X509Certificate2 certificates to trust."),
            ParameterMetadata("FilePath", .string, mandatory: true, set: "File", description: "Specifies the file that stores the X509Certificate2 data."),
            ParameterMetadata("KeyProvider", .object(typeName: PowerCLIObjects.providerType, acceptsName: true), mandatory: true, pipeline: .byValue, set: "Certificate")
                .also(in: "File", mandatory: true, pipeline: .byValue),
            ParameterMetadata("TrustAuthorityCluster", .object(typeName: PowerCLIObjects.clusterType, acceptsName: true), description: "Specifies the Trust Authority cluster of the key provider."),
            ParameterMetadata("Server", .array(.any), description: "Specifies the vCenter Server systems on which you want to run the cmdlet."),
        ],
        defaultParameterSet: "ServerCertificate", outputType: PowerCLIObjects.serverCertificateType,
        examples: [HelpExample("Add-TrustAuthorityKeyProviderServerCertificate -ServerCertificate $cert", "Makes the key provider trust the certificate its key server presents.")])

    public init() {}

    public func process(_ context: CommandContext) throws {
        let p = context.parameters
        let lab = PowerCLISession.of(context).lab
        var additions: [(String, [CertificateInfo])] = []
        if p.has("ServerCertificate") {
            for value in p.list("ServerCertificate") {
                guard case .object(let object) = value, let reference = object.baseObject as? ServerCertificateReference else { continue }
                additions.append((reference.provider, [reference.certificate]))
            }
        } else {
            let provider = try ObjectResolution.provider(p["KeyProvider"], context)
            var certificates: [CertificateInfo] = []
            if let path = p.string("FilePath") {
                do {
                    certificates = try CertificateInfo.parseAll(pem: try ObjectResolution.readText(path, context), source: "file '\(path)'")
                } catch let error as CertificateError {
                    throw context.failure(error.message, id: "Client20_TrustedInfrastructure_InvalidCertificate", category: .invalidData, reason: "ViError")
                }
            } else {
                certificates = p.list("Certificate").compactMap { ($0.asObject?.baseObject as? CertificateBox)?.info }
            }
            additions.append((provider.name, certificates))
        }
        // Validate every provider first, then change: whole or not at all.
        for (name, _) in additions { _ = try ObjectResolution.provider(.string(name), context) }
        for (name, certificates) in additions {
            do {
                try lab.trustServerCertificates(provider: name, certificates)
            } catch {
                throw ObjectResolution.labFailure(error, context)
            }
            guard let provider = lab.provider(named: name) else { continue }
            for certificate in certificates {
                try context.write(.object(PowerCLIObjects.serverCertificate(certificate, provider: provider, server: nil, trusted: true)))
            }
        }
    }
}
