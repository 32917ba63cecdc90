import Foundation
import X509

/// A TPM 2.0 endorsement key (EK): its public key and, when the manufacturer issued one, its certificate.
/// A host's TPM has one (`Get-Tpm2EndorsementKey`); a Trust Authority cluster keeps the ones it was
/// told to trust (`New-TrustAuthorityTpm2EndorsementKey`).
public struct Tpm2EndorsementKey: Sendable, Equatable {
    /// The host's name for a host's key; the name given at import on a Trust Authority cluster.
    public var name: String
    /// DER SubjectPublicKeyInfo.
    public let publicKey: [UInt8]
    public let certificate: CertificateInfo?

    /// A key from its parts; refuses a public key that cannot be read or that is not the certificate's.
    public init(name: String, publicKey: [UInt8]?, certificate: CertificateInfo?, source: String = "input") throws(CertificateError) {
        guard let key = publicKey ?? certificate?.structure.subjectPublicKeyInfo else {
            throw .noPEMBlock(source: source, expected: .certificate)
        }
        do {
            _ = try Certificate.PublicKey(derEncoded: key)
        } catch {
            throw .unsupportedKey(source: source, detail: CertificateError.detail(of: error))
        }
        if let certificate, certificate.structure.subjectPublicKeyInfo != key {
            throw .keyDoesNotMatch(keySource: source, subject: certificate.subject)
        }
        self.init(verifiedName: name, publicKey: key, certificate: certificate)
    }

    init(verifiedName name: String, publicKey: [UInt8], certificate: CertificateInfo?) {
        self.name = name
        self.publicKey = publicKey
        self.certificate = certificate
    }

    /// Reads what `Export-Tpm2EndorsementKey` writes, or any PEM text with a `PUBLIC KEY` block, a
    /// `CERTIFICATE` block, or both (the certificate's key must then be the public key).
    public init(pem: String, name: String, source: String) throws(CertificateError) {
        let blocks = try PEMBlock.parseAll(pem, source: source)
        let keyBlock = blocks.first { $0.label == "PUBLIC KEY" }
        var certificate: CertificateInfo?
        if let block = blocks.first(where: { $0.label == "CERTIFICATE" }) {
            certificate = try CertificateInfo(der: block.der, source: source)
        }
        guard keyBlock != nil || certificate != nil else {
            if let other = blocks.first { throw .wrongPEMContent(source: source, expected: .certificate, found: other.label) }
            throw .noPEMBlock(source: source, expected: .certificate)
        }
        try self.init(name: name, publicKey: keyBlock?.der, certificate: certificate, source: source)
    }

    /// The public key as PEM (`-----BEGIN PUBLIC KEY-----`).
    public var publicKeyPEM: String { PEMBlock.encode(label: "PUBLIC KEY", der: publicKey) }

    /// The file `Export-Tpm2EndorsementKey` writes: the public key, then the certificate when there is one.
    public var pem: String { publicKeyPEM + (certificate?.pem ?? "") }
}

extension Tpm2EndorsementKey: Codable {
    private enum Field: String, CodingKey {
        case name, publicKey, certificate
    }

    public init(from decoder: any Decoder) throws {
        let stored = try decoder.container(keyedBy: Field.self)
        let text = try stored.decode(String.self, forKey: .publicKey)
        guard let key = Data(base64Encoded: text) else {
            throw DecodingError.dataCorruptedError(forKey: .publicKey, in: stored, debugDescription: "a stored public key is not base64")
        }
        self.init(verifiedName: try stored.decode(String.self, forKey: .name), publicKey: Array(key),
                  certificate: try stored.decodeIfPresent(CertificateInfo.self, forKey: .certificate))
    }

    public func encode(to encoder: any Encoder) throws {
        var stored = encoder.container(keyedBy: Field.self)
        try stored.encode(name, forKey: .name)
        try stored.encode(Data(publicKey).base64EncodedString(), forKey: .publicKey)
        try stored.encodeIfPresent(certificate, forKey: .certificate)
    }
}
