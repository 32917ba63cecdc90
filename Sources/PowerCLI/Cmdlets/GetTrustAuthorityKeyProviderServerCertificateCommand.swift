import Foundation
import ShellEngine
import TrustAuthority

/// `Get-TrustAuthorityKeyProviderServerCertificate`: the certificate each key server presents
/// (`-KeyProviderServer`), or the certificates the provider trusts (`-KeyProvider`).
public final class GetTrustAuthorityKeyProviderServerCertificateCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Get-TrustAuthorityKeyProviderServerCertificate", className: "VMware.VimAutomation.Security.Commands.Cmdlets.TrustedInfrastructure.GetTrustAuthorityKeyProviderServerCertificate",
        module: "VMware.VimAutomation.Security",
        synopsis: "This cmdlet retrieves the certificate from the Trust Authority key provider server or the certificate trusted by the specified Trust Authority key provider in the Trust Authority vCenter Server system.",
        defaultParameterSet: "Server", outputType: PowerCLIObjects.serverCertificateType,
        examples: [HelpExample("$cert = Get-TrustAuthorityKeyProviderServerCertificate -KeyProviderServer $kp.KeyProviderServers", "Retrieves the certificate the key servers of $kp present, to inspect it before trusting it.")])

    @Parameter(mandatory: true, pipeline: .byValue, set: "Server", description: "Specifies the Trust Authority key provider servers whose certificates you want to retrieve.")
    var keyProviderServer: [KeyProviderServerArgument]
    @Parameter(mandatory: true, pipeline: .byValue, set: "Provider", description: "Specifies the Trust Authority key providers whose trusted server certificates you want to retrieve.")
    var keyProvider: [KeyProviderArgument]
    @Parameter(description: "Specifies the Trust Authority cluster of the key provider.")
    var trustAuthorityCluster: TrustAuthorityClusterArgument?
    @Parameter(description: "Specifies the vCenter Server systems on which you want to run the cmdlet.")
    var server: [VIServerArgument]

    public init() {}

    public func process(_ context: CommandContext) throws {
        let connection = try PowerCLISession.of(context).trustedConnection(context, servers: server)
        let session = try PowerCLISession.of(context)
        if $keyProvider.isBound {
            for argument in keyProvider {
                let provider = try ObjectResolution.provider(argument, context, servers: server)
                for certificate in provider.trustedServerCertificates {
                    try context.write(.object(PowerCLIObjects.serverCertificate(certificate, provider: provider, server: nil, trusted: true, connection: connection)))
                }
            }
            return
        }
        for argument in keyProviderServer {
            guard let reference = ObjectResolution.keyProviderServer(argument) else { continue }
            let provider = try ObjectResolution.provider(named: reference.provider, context, servers: server)
            guard let server = provider.servers.first(where: { $0.name == reference.server }) else { continue }
            let certificate: CertificateInfo
            do {
                // A live server is contacted here: one TLS handshake that trusts nothing, to read its certificate.
                guard let leaf = try session.lab.presentedChain(provider: provider, server: server).first else { continue }
                certificate = leaf
            } catch {
                try context.writeError(context.errorRecord(error.message, id: "Client20_TrustedInfrastructure_ServerUnreachable",
                                                            category: .connectionError, reason: "ViError",
                                                            targetName: server.address, targetType: "String"))
                continue
            }
            let trusted = TrustVerdict.verifyChain(leaf: certificate, trusted: provider.trustedServerCertificates, at: Date()).isTrusted
            try context.write(.object(PowerCLIObjects.serverCertificate(certificate, provider: provider, server: server, trusted: trusted, connection: connection)))
        }
    }
}
