import Foundation
import X509

/// A certificate together with its private key, as a key server or vCenter stores a client identity.
public struct IssuedCertificate: Sendable, Equatable {
    public let certificate: CertificateInfo
    public let key: PrivateKeyMaterial

    public init(certificate: CertificateInfo, key: PrivateKeyMaterial) {
        self.certificate = certificate
        self.key = key
    }

    /// Loads a certificate and its key (e.g. for `Set-TrustAuthorityKeyProviderClientCertificate`)
    /// and refuses a pair whose key does not belong to the certificate.
    public init(certificatePEM: String, keyPEM: String, certificateSource: String = "certificate",
                keySource: String = "private key") throws(CertificateError) {
        let certificate = try CertificateInfo(pem: certificatePEM, source: certificateSource)
        let key = try PrivateKeyMaterial(pem: keyPEM, source: keySource)
        guard key.matches(certificate) else {
            throw .keyDoesNotMatch(keySource: keySource, subject: certificate.subject)
        }
        self.init(certificate: certificate, key: key)
    }

    /// A self-signed TLS client certificate, what `New-TrustAuthorityKeyProviderClientCertificate`
    /// makes: CN and SAN DNS = `commonName`, EKU clientAuth, KeyUsage digitalSignature+keyEncipherment,
    /// BasicConstraints CA:FALSE, RSA-2048 unless told otherwise.
    public static func selfSignedClient(
        commonName: String,
        subject: CertificateSubject? = nil,
        algorithm: KeyAlgorithm = .rsa2048,
        validityDays: Int = 3650,
        now: Date = Date()
    ) throws(CertificateError) -> IssuedCertificate {
        let key = try PrivateKeyMaterial.generate(algorithm)
        return try selfSignedClient(commonName: commonName, subject: subject, key: key, validityDays: validityDays, now: now)
    }

    /// The same with a given key, so tests and replays need not pay for key generation.
    public static func selfSignedClient(
        commonName: String,
        subject: CertificateSubject? = nil,
        key: PrivateKeyMaterial,
        validityDays: Int = 3650,
        now: Date = Date()
    ) throws(CertificateError) -> IssuedCertificate {
        var name = subject ?? CertificateSubject(commonName: commonName)
        name.commonName = commonName
        let distinguishedName = try name.distinguishedName()
        // A name that is neither an address nor a DNS name (e.g. with spaces) gets no SAN entry.
        let candidate = AlternativeName.forAddress(commonName)
        let alternativeNames = (try? candidate.generalName()) == nil ? [] : [candidate]
        let certificate = try CertificateIssuance.issue(
            profile: .client,
            subject: distinguishedName,
            publicKey: key.certificatePublicKey,
            alternativeNames: alternativeNames,
            issuer: distinguishedName,
            issuerKey: key,
            issuerPublicKey: key.certificatePublicKey,
            serial: nil,
            notBefore: now,
            validityDays: validityDays
        )
        return IssuedCertificate(certificate: certificate, key: key)
    }
}
