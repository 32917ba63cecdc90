import ShellEngine
import TrustAuthority

/// `Add-LabKeyServerClientCertificate`: the KMS trusts an uploaded client certificate.
public final class AddLabKeyServerClientCertificateCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Add-LabKeyServerClientCertificate", className: "Vtash.Lab.AddLabKeyServerClientCertificate", module: "Vtash.Lab",
        synopsis: "Uploads a client certificate to a simulated key server, which then trusts it.",
        description: "Plays the key server administrator uploading the key provider's client certificate (for example the file written by Export-TrustAuthorityKeyProviderClientCertificate).",
        examples: [HelpExample("Add-LabKeyServerClientCertificate -KeyServer 192.168.110.91 -FilePath clientcert.pem", "The key server 192.168.110.91 now trusts the certificate in clientcert.pem.")])

    @Parameter(mandatory: true, position: 0, description: LabKeyServerParameter.description)
    var keyServer: String
    @Parameter(mandatory: true, position: 1, description: "Specifies the PEM file holding the client certificate.")
    var filePath: String

    public init() {}

    public func process(_ context: CommandContext) throws {
        let lab = try PowerCLISession.of(context).lab
        do {
            _ = try lab.administeredKeyServer(keyServer)
        } catch {
            throw LabKeyServerParameter.failure(error, address: keyServer, context, otherwise: "LabKeyServerNotFound")
        }
        let certificate: CertificateInfo
        do {
            certificate = try CertificateInfo(pem: try ObjectResolution.readText(filePath, context), source: "file '\(filePath)'")
        } catch let error as CertificateError {
            throw context.failure(error.message, id: "LabInvalidCertificate", category: .invalidData, reason: "LabException", targetName: filePath, targetType: "String")
        }
        do {
            try lab.trustClientCertificate(keyServer: keyServer, certificate)
        } catch {
            throw LabKeyServerParameter.failure(error, address: keyServer, context, otherwise: "LabTrustFailed")
        }
    }
}
