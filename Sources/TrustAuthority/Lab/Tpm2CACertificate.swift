import Foundation
import X509

/// A TPM manufacturer's CA certificate chain that a Trust Authority cluster trusts
/// (`New-TrustAuthorityTpm2CACertificate`): a host whose endorsement key certificate one of these
/// certificates issued passes the certificate validation of attestation.
public struct Tpm2CACertificate: Sendable, Equatable {
    /// By default the subject key identifier of the chain's first certificate (upper-case hex).
    public var name: String
    /// From the certificate nearest the endorsement keys up to the root, each issued by the next.
    public var certificateChain: [CertificateInfo]

    public init(name: String, certificateChain: [CertificateInfo]) {
        self.name = name
        self.certificateChain = certificateChain
    }

    /// Reads a TPM CA certificate file: PEM (one or more certificates), DER (`.cer`, `.crt`), or a `.zip`
    /// of such files (`<name>-00.crt`, `<name>-01.crt`, …, read in name order). The certificates are put in
    /// chain order; `name` nil takes the subject key identifier of the first one.
    public init(fileBytes: [UInt8], name: String?, source: String) throws(ArtifactError) {
        var certificates: [CertificateInfo] = []
        if ZipArchive.isZip(fileBytes) {
            let files = try ZipArchive.files(fileBytes, source: source).sorted { $0.path < $1.path }
            for file in files {
                certificates += try Self.certificates(file.bytes, source: "\(source), entry '\(file.path)'")
            }
        } else {
            certificates = try Self.certificates(fileBytes, source: source)
        }
        guard !certificates.isEmpty else { throw .certificate(.noPEMBlock(source: source, expected: .certificate)) }
        try self.init(certificates: certificates, name: name, source: source)
    }

    /// Certificates given as objects (`-CertificateChain`), put in chain order; `name` nil takes the subject key
    /// identifier of the first one. Refused when there is none.
    public init(certificates: [CertificateInfo], name: String?, source: String) throws(ArtifactError) {
        guard !certificates.isEmpty else { throw .certificate(.noPEMBlock(source: source, expected: .certificate)) }
        let chain = Self.chainOrder(certificates)
        self.init(name: name ?? Self.defaultName(chain[0]), certificateChain: chain)
    }

    /// PEM when the bytes look like text with a BEGIN line, DER otherwise.
    private static func certificates(_ bytes: [UInt8], source: String) throws(ArtifactError) -> [CertificateInfo] {
        do {
            let text = String(decoding: bytes, as: UTF8.self)
            if text.contains("-----BEGIN") { return try CertificateInfo.parseAll(pem: text, source: source) }
            return [try CertificateInfo(der: bytes, source: source)]
        } catch {
            throw .certificate(error)
        }
    }

    /// Leaf first: the certificate that issued no other one of the set, then its issuers in turn; the
    /// certificates that do not fit in that line follow in their file order.
    public static func chainOrder(_ certificates: [CertificateInfo]) -> [CertificateInfo] {
        var unique: [CertificateInfo] = []
        for certificate in certificates where !unique.contains(certificate) { unique.append(certificate) }
        let issuers = Set(unique.filter { !$0.isSelfIssued }.map { $0.structure.issuer })
        guard var current = unique.first(where: { !issuers.contains($0.structure.subject) }) else { return unique }
        var ordered = [current]
        while !current.isSelfIssued,
              let next = unique.first(where: { $0.structure.subject == current.structure.issuer && !ordered.contains($0) }) {
            ordered.append(next)
            current = next
        }
        return ordered + unique.filter { !ordered.contains($0) }
    }

    /// .NET's `SubjectKeyIdentifier` of the certificate (upper-case hex), or its thumbprint when it has none.
    static func defaultName(_ certificate: CertificateInfo) -> String {
        if let identifier = try? certificate.x509Certificate().extensions.subjectKeyIdentifier?.keyIdentifier {
            return DotNetFormat.hex(identifier)
        }
        return certificate.thumbprint
    }
}

extension Tpm2CACertificate: Codable {}
