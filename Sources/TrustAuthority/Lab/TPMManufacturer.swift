import Crypto
import Foundation

/// A simulated TPM manufacturer: the CA that issues the endorsement key certificate of every TPM 2.0
/// chip it makes. `Export-Tpm2CACertificate` writes its certificate; a Trust Authority cluster that
/// imported it (`New-TrustAuthorityTpm2CACertificate`) trusts the chips' endorsement keys.
public struct TPMManufacturer: Sendable, Equatable {
    public let name: String
    public let certificateAuthority: CertificateAuthority

    public init(name: String, certificateAuthority: CertificateAuthority) {
        self.name = name
        self.certificateAuthority = certificateAuthority
    }

    /// A manufacturer with a new CA: `CN=<name> EK Root CA, O=<name>, C=US`, EC P-256.
    static func make(name: String, now: Date = Date()) throws(CertificateError) -> TPMManufacturer {
        let authority = try CertificateAuthority.generate(
            subject: CertificateSubject(commonName: "\(name) EK Root CA", organization: name, country: "US"),
            algorithm: .p256, validityDays: 9125, now: now)
        return TPMManufacturer(name: name, certificateAuthority: authority)
    }

    /// The endorsement key of a new chip for the host `hostName`: a P-256 key whose private part is
    /// dropped (it stays in the chip), and its certificate from this manufacturer's CA.
    func makeEndorsementKey(hostName: String, now: Date = Date()) throws(CertificateError) -> Tpm2EndorsementKey {
        let chipKey = try PrivateKeyMaterial.generate(.p256)
        let digest = SHA256.hash(data: chipKey.publicKeyInfo)
        let chipId = DotNetFormat.hex(Array(digest.prefix(8)))
        let certificate = try certificateAuthority.issueEndorsementKeyCertificate(
            subject: CertificateSubject(commonName: "TPM 2.0 EK \(chipId)", organization: name, country: "US"),
            publicKeyInfo: chipKey.publicKeyInfo, now: now)
        return Tpm2EndorsementKey(verifiedName: hostName, publicKey: chipKey.publicKeyInfo, certificate: certificate)
    }
}

extension TPMManufacturer: Codable {
    private enum Field: String, CodingKey {
        case name, certificateAuthority
    }

    public init(from decoder: any Decoder) throws {
        let stored = try decoder.container(keyedBy: Field.self)
        self.init(name: try stored.decode(String.self, forKey: .name),
                  certificateAuthority: try stored.decode(CertificateAuthority.self, forKey: .certificateAuthority))
    }

    public func encode(to encoder: any Encoder) throws {
        var stored = encoder.container(keyedBy: Field.self)
        try stored.encode(name, forKey: .name)
        try stored.encode(certificateAuthority, forKey: .certificateAuthority)
    }
}
