import ShellEngine
import TrustAuthority

/// `Add-TrustAuthorityKeyProviderServerCertificate`: the provider trusts a key server's certificate.
public final class AddTrustAuthorityKeyProviderServerCertificateCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Add-TrustAuthorityKeyProviderServerCertificate", className: "VMware.VimAutomation.Security.Commands.Cmdlets.TrustedInfrastructure.AddTrustAuthorityKeyProviderServerCertificate",
        module: "VMware.VimAutomation.Security",
        synopsis: "This cmdlet adds the certificate from the Trust Authority key provider server to be trusted by the Trust Authority key provider.",
        defaultParameterSet: "ServerCertificate", outputType: PowerCLIObjects.serverCertificateType,
        examples: [HelpExample("Add-TrustAuthorityKeyProviderServerCertificate -ServerCertificate $cert", "Makes the key provider trust the certificate its key server presents.")])

    @Parameter(mandatory: true, pipeline: .byValue, set: "ServerCertificate", description: "Specifies the Trust Authority key provider server certificate that you can trust.")
    var serverCertificate: [ServerCertificateArgument]
    @Parameter(mandatory: true, set: "Certificate", description: "Specifies the X509Certificate2 certificates to trust.")
    var certificate: [X509CertificateArgument]
    @Parameter(mandatory: true, set: "File", description: "Specifies the file that stores the X509Certificate2 data.")
    var filePath: String?
    @Parameter(sets: [ParameterSetUse("Certificate", mandatory: true, pipeline: .byValue), ParameterSetUse("File", mandatory: true, pipeline: .byValue)])
    var keyProvider: KeyProviderArgument?
    @Parameter(description: "Specifies the Trust Authority cluster of the key provider.")
    var trustAuthorityCluster: TrustAuthorityClusterArgument?
    @Parameter(description: "Specifies the vCenter Server systems on which you want to run the cmdlet.")
    var server: [VIServerArgument]

    public init() {}

    public func process(_ context: CommandContext) throws {
        let connection = try PowerCLISession.of(context).trustedConnection(context, servers: server)
        let lab = try PowerCLISession.of(context).lab
        var additions: [(String, [CertificateInfo])] = []
        if $serverCertificate.isBound {
            for argument in serverCertificate {
                guard let reference = ObjectResolution.serverCertificate(argument) else { continue }
                additions.append((reference.provider, [reference.certificate]))
            }
        } else {
            // The Certificate and File sets both make -KeyProvider mandatory: the binder bound it.
            guard let keyProvider else { return }
            let provider = try ObjectResolution.provider(keyProvider, context, servers: server)
            var certificates: [CertificateInfo] = []
            if let path = filePath {
                do {
                    certificates = try CertificateInfo.parseAll(pem: try ObjectResolution.readText(path, context), source: "file '\(path)'")
                } catch let error as CertificateError {
                    throw context.failure(error.message, id: "Client20_TrustedInfrastructure_InvalidCertificate", category: .invalidData, reason: "ViError")
                }
            } else {
                certificates = certificate.compactMap { ObjectResolution.certificate($0) }
            }
            additions.append((provider.name, certificates))
        }
        // Validate every provider first, then change: whole or not at all.
        for (name, _) in additions { _ = try ObjectResolution.provider(named: name, context, servers: server) }
        for (name, certificates) in additions {
            do {
                try lab.trustServerCertificates(provider: name, certificates)
            } catch {
                throw ObjectResolution.labFailure(error, context)
            }
            guard let provider = lab.provider(named: name) else { continue }
            for certificate in certificates {
                try context.write(.object(PowerCLIObjects.serverCertificate(certificate, provider: provider, server: nil, trusted: true, connection: connection)))
            }
        }
    }
}
