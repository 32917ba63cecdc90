import ShellEngine
import TrustAuthority

/// `Approve-LabKeyServerCertificateRequest`: the KMS's CA signs a CSR and writes the certificate.
public final class ApproveLabKeyServerCertificateRequestCommand: Cmdlet {
    public static let metadata = CommandMetadata(
        name: "Approve-LabKeyServerCertificateRequest", className: "Vtash.Lab.ApproveLabKeyServerCertificateRequest", module: "Vtash.Lab",
        synopsis: "Has a simulated key server's CA sign a certificate signing request.",
        description: "Plays the key server vendor signing the key provider's CSR (for example the text of Get-TrustAuthorityKeyProviderClientCertificateCSR saved to a file). The signed certificate is written to OutFile.",
        parameters: [
            LabKeyServerParameter.metadata,
            ParameterMetadata("CsrFilePath", .string, mandatory: true, description: "Specifies the PEM file holding the certificate signing request."),
            ParameterMetadata("OutFile", .string, mandatory: true, description: "Specifies the file to write the signed certificate to (PEM)."),
        ],
        examples: [HelpExample("Approve-LabKeyServerCertificateRequest -KeyServer 192.168.110.91 -CsrFilePath clkp.csr -OutFile clkp-signed.pem", "Signs the CSR with the key server's CA.")])

    public init() {}

    public func process(_ context: CommandContext) throws {
        let address = context.parameters.string("KeyServer") ?? ""
        let path = context.parameters.string("CsrFilePath") ?? ""
        do {
            _ = try PowerCLISession.of(context).lab.administeredKeyServer(address)
        } catch {
            throw LabKeyServerParameter.failure(error, address: address, context, otherwise: "LabKeyServerNotFound")
        }
        let request: CertificateRequest
        do {
            request = try CertificateRequest(pem: try ObjectResolution.readText(path, context), source: "file '\(path)'")
        } catch let error as CertificateError {
            throw context.failure(error.message, id: "LabInvalidCertificateRequest", category: .invalidData, reason: "LabException", targetName: path, targetType: "String")
        }
        let signed: CertificateInfo
        do {
            signed = try PowerCLISession.of(context).lab.signRequest(keyServer: address, request)
        } catch {
            throw LabKeyServerParameter.failure(error, address: address, context, otherwise: "LabSigningFailed")
        }
        _ = try ObjectResolution.writeText(signed.pem, to: context.parameters.string("OutFile") ?? "", secret: false, force: true, context)
    }
}
