import ShellEngine
import TrustAuthority

/// `Approve-LabKeyServerCertificateRequest`: the KMS's CA signs a CSR and writes the certificate.
public final class ApproveLabKeyServerCertificateRequestCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Approve-LabKeyServerCertificateRequest", className: "Vtash.Lab.ApproveLabKeyServerCertificateRequest", module: "Vtash.Lab",
        synopsis: "Has a simulated key server's CA sign a certificate signing request.",
        description: "Plays the key server vendor signing the key provider's CSR (for example the text of Get-TrustAuthorityKeyProviderClientCertificateCSR saved to a file). The signed certificate is written to OutFile.",
        examples: [HelpExample("Approve-LabKeyServerCertificateRequest -KeyServer 192.168.110.91 -CsrFilePath clkp.csr -OutFile clkp-signed.pem", "Signs the CSR with the key server's CA.")])

    @Parameter(mandatory: true, position: 0, description: LabKeyServerParameter.description)
    var keyServer: String
    @Parameter(mandatory: true, description: "Specifies the PEM file holding the certificate signing request.")
    var csrFilePath: String
    @Parameter(mandatory: true, description: "Specifies the file to write the signed certificate to (PEM).")
    var outFile: String

    public init() {}

    public func process(_ context: CommandContext) throws {
        let lab = try PowerCLISession.of(context).lab
        do {
            _ = try lab.administeredKeyServer(keyServer)
        } catch {
            throw LabKeyServerParameter.failure(error, address: keyServer, context, otherwise: "LabKeyServerNotFound")
        }
        let request: CertificateRequest
        do {
            request = try CertificateRequest(pem: try ObjectResolution.readText(csrFilePath, context), source: "file '\(csrFilePath)'")
        } catch let error as CertificateError {
            throw context.failure(error.message, id: "LabInvalidCertificateRequest", category: .invalidData, reason: "LabException", targetName: csrFilePath, targetType: "String")
        }
        let signed: CertificateInfo
        do {
            signed = try lab.signRequest(keyServer: keyServer, request)
        } catch {
            throw LabKeyServerParameter.failure(error, address: keyServer, context, otherwise: "LabSigningFailed")
        }
        _ = try ObjectResolution.writeText(signed.pem, to: outFile, secret: false, force: true, context)
    }
}
