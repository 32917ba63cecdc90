import Foundation

/// A vCenter's own certificate authority (VMCA) and the certificate its security token service signs
/// tokens with. The chain (signing certificate, then the CA) is the vCenter's trusted principal:
/// `Export-TrustedPrincipal` writes it and a Trust Authority cluster that imported it accepts the
/// vCenter's tokens. Made when the lab is made and kept with it, so an exported chain stays valid.
public struct VCenterAuthority: Sendable, Equatable {
    public let vCenter: String
    public let certificateAuthority: CertificateAuthority
    public let signingCertificate: IssuedCertificate

    public init(vCenter: String, certificateAuthority: CertificateAuthority, signingCertificate: IssuedCertificate) {
        self.vCenter = vCenter
        self.certificateAuthority = certificateAuthority
        self.signingCertificate = signingCertificate
    }

    /// A new CA and signing certificate for the vCenter at `address`. P-256 keeps lab creation fast; the
    /// names are shaped like VMCA's (`CN=CA, DC=vsphere, DC=local, C=US, ST=California, O=<address>`)
    /// and vCenter's STS signing certificate (`CN=ssoserverSign`).
    static func make(vCenter address: String, ssoDomain: String, now: Date = Date()) throws(CertificateError) -> VCenterAuthority {
        let components = ssoDomain.split(separator: ".").map(String.init).filter { !$0.isEmpty && $0.allSatisfy(\.isASCII) }
        let authority = try CertificateAuthority.generate(
            subject: CertificateSubject(commonName: "CA", organizationalUnit: "VMware Engineering", organization: address,
                                        state: "California", country: "US", domainComponents: components),
            algorithm: .p256, now: now)
        let signing = try authority.issueSigningCertificate(
            subject: CertificateSubject(commonName: "ssoserverSign", organizationalUnit: "VMware Engineering", organization: address,
                                        country: "US"),
            now: now)
        return VCenterAuthority(vCenter: address, certificateAuthority: authority, signingCertificate: signing)
    }

    /// The signing certificate, then the CA's: what the principal file holds.
    public var chain: [CertificateInfo] { [signingCertificate.certificate, certificateAuthority.certificate] }
}

extension VCenterAuthority: Codable {
    private enum Field: String, CodingKey {
        case vCenter, certificateAuthority, signingCertificate
    }

    public init(from decoder: any Decoder) throws {
        let stored = try decoder.container(keyedBy: Field.self)
        self.init(vCenter: try stored.decode(String.self, forKey: .vCenter),
                  certificateAuthority: try stored.decode(CertificateAuthority.self, forKey: .certificateAuthority),
                  signingCertificate: try stored.decode(IssuedCertificate.self, forKey: .signingCertificate))
    }

    public func encode(to encoder: any Encoder) throws {
        var stored = encoder.container(keyedBy: Field.self)
        try stored.encode(vCenter, forKey: .vCenter)
        try stored.encode(certificateAuthority, forKey: .certificateAuthority)
        try stored.encode(signingCertificate, forKey: .signingCertificate)
    }
}
