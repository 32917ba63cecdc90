import Foundation
import SwiftASN1
import X509

/// A certificate authority: a key and its self-signed CA certificate. The simulated key server
/// and the lab cmdlets use it to issue server and client certificates and to sign CSRs.
public struct CertificateAuthority: Sendable, Equatable {
    public let certificate: CertificateInfo
    public let key: PrivateKeyMaterial

    /// A new CA named `subject`, with a fresh key.
    public static func generate(
        subject: CertificateSubject,
        algorithm: KeyAlgorithm = .rsa2048,
        validityDays: Int = 3650,
        now: Date = Date()
    ) throws(CertificateError) -> CertificateAuthority {
        try generate(subject: subject, key: try PrivateKeyMaterial.generate(algorithm), validityDays: validityDays, now: now)
    }

    /// A new CA named `subject` on a given key.
    public static func generate(
        subject: CertificateSubject,
        key: PrivateKeyMaterial,
        validityDays: Int = 3650,
        now: Date = Date()
    ) throws(CertificateError) -> CertificateAuthority {
        let name = try subject.distinguishedName()
        let certificate = try CertificateIssuance.issue(
            profile: .authority, subject: name, publicKey: key.certificatePublicKey, alternativeNames: [],
            issuer: name, issuerKey: key, issuerPublicKey: key.certificatePublicKey, serial: nil,
            notBefore: now, validityDays: validityDays)
        return CertificateAuthority(verifiedCertificate: certificate, key: key)
    }

    /// A CA loaded from storage; refuses a key that does not belong to the certificate.
    public init(certificate: CertificateInfo, key: PrivateKeyMaterial) throws(CertificateError) {
        guard key.matches(certificate) else {
            throw .keyDoesNotMatch(keySource: "CA private key", subject: certificate.subject)
        }
        self.init(verifiedCertificate: certificate, key: key)
    }

    /// A pair the lab stored after making it; not checked again on every load.
    init(storedCertificate: CertificateInfo, key: PrivateKeyMaterial) {
        self.init(verifiedCertificate: storedCertificate, key: key)
    }

    private init(verifiedCertificate: CertificateInfo, key: PrivateKeyMaterial) {
        self.certificate = verifiedCertificate
        self.key = key
    }

    /// A TLS server certificate (EKU serverAuth) for a new key, with SAN entries such as the server's IP.
    public func issueServerCertificate(
        subject: CertificateSubject,
        alternativeNames: [AlternativeName],
        algorithm: KeyAlgorithm = .rsa2048,
        validityDays: Int = 825,
        now: Date = Date()
    ) throws(CertificateError) -> IssuedCertificate {
        let newKey = try PrivateKeyMaterial.generate(algorithm)
        let issued = try issue(.server, subject: subject.distinguishedName(), publicKey: newKey.certificatePublicKey,
                               alternativeNames: alternativeNames, validityDays: validityDays, now: now)
        return IssuedCertificate(certificate: issued, key: newKey)
    }

    /// A TLS client certificate (EKU clientAuth) for a new key.
    public func issueClientCertificate(
        subject: CertificateSubject,
        alternativeNames: [AlternativeName] = [],
        algorithm: KeyAlgorithm = .rsa2048,
        validityDays: Int = 825,
        now: Date = Date()
    ) throws(CertificateError) -> IssuedCertificate {
        let newKey = try PrivateKeyMaterial.generate(algorithm)
        let issued = try issueClientCertificate(
            subject: subject, publicKeyInfo: newKey.publicKeyInfo, alternativeNames: alternativeNames,
            validityDays: validityDays, now: now)
        return IssuedCertificate(certificate: issued, key: newKey)
    }

    /// A TLS client certificate (EKU clientAuth) for a given public key (DER SubjectPublicKeyInfo).
    public func issueClientCertificate(
        subject: CertificateSubject,
        publicKeyInfo: [UInt8],
        alternativeNames: [AlternativeName] = [],
        validityDays: Int = 825,
        now: Date = Date()
    ) throws(CertificateError) -> CertificateInfo {
        let publicKey: Certificate.PublicKey
        do {
            publicKey = try Certificate.PublicKey(derEncoded: publicKeyInfo)
        } catch {
            throw .unsupportedKey(source: "public key", detail: CertificateError.detail(of: error))
        }
        return try issue(.client, subject: subject.distinguishedName(), publicKey: publicKey,
                         alternativeNames: alternativeNames, validityDays: validityDays, now: now)
    }

    /// A token signing certificate (KeyUsage digitalSignature, no TLS use) for a new key, as a vCenter's
    /// certificate authority (VMCA) issues the signing certificate of its security token service.
    public func issueSigningCertificate(
        subject: CertificateSubject,
        algorithm: KeyAlgorithm = .p256,
        validityDays: Int = 3650,
        now: Date = Date()
    ) throws(CertificateError) -> IssuedCertificate {
        let newKey = try PrivateKeyMaterial.generate(algorithm)
        let issued = try issue(.signing, subject: subject.distinguishedName(), publicKey: newKey.certificatePublicKey,
                               alternativeNames: [], validityDays: validityDays, now: now)
        return IssuedCertificate(certificate: issued, key: newKey)
    }

    /// A TPM 2.0 endorsement key certificate for `publicKeyInfo` (DER SubjectPublicKeyInfo), as a TPM
    /// manufacturer's CA issues one for each chip it makes.
    public func issueEndorsementKeyCertificate(
        subject: CertificateSubject,
        publicKeyInfo: [UInt8],
        validityDays: Int = 7300,
        now: Date = Date()
    ) throws(CertificateError) -> CertificateInfo {
        let publicKey: Certificate.PublicKey
        do {
            publicKey = try Certificate.PublicKey(derEncoded: publicKeyInfo)
        } catch {
            throw .unsupportedKey(source: "public key", detail: CertificateError.detail(of: error))
        }
        return try issue(.endorsementKey, subject: subject.distinguishedName(), publicKey: publicKey,
                         alternativeNames: [], validityDays: validityDays, now: now)
    }

    /// Signs a CSR as a key-server vendor would: checks the request's own signature, copies its
    /// subject and requested DNS/IP names, and issues a clientAuth certificate for its key.
    public func sign(
        _ request: CertificateRequest,
        validityDays: Int = 825,
        now: Date = Date(),
        source: String = "certificate signing request"
    ) throws(CertificateError) -> CertificateInfo {
        guard request.isSignatureValid else { throw .signingRequestSignatureInvalid(source: source) }
        var alternativeNames: [AlternativeName] = []
        if let requested = try? request.requestedExtensions.subjectAlternativeNames {
            for name in requested {
                switch name {
                case .dnsName(let dns): alternativeNames.append(.dns(dns))
                case .ipAddress(let bytes): alternativeNames.append(.ip(AlternativeName.addressText(bytes.bytes)))
                default: continue
                }
            }
        }
        return try issue(.client, subject: request.request.subject, publicKey: request.request.publicKey,
                         alternativeNames: alternativeNames, validityDays: validityDays, now: now)
    }

    /// Whether this CA signed `certificate` and `date` lies in its validity period.
    public func hasIssued(_ certificate: CertificateInfo, at date: Date) -> Bool {
        guard certificate.structure.issuer == self.certificate.structure.subject,
            (try? certificate.isSigned(by: self.certificate)) == true
        else { return false }
        return certificate.isValid(at: date)
    }

    /// Issues with this CA; `serial` is only given by tests that need a particular one.
    func issue(
        _ profile: CertificateIssuance.Profile,
        subject: DistinguishedName,
        publicKey: Certificate.PublicKey,
        alternativeNames: [AlternativeName],
        validityDays: Int,
        now: Date,
        serial: Certificate.SerialNumber? = nil
    ) throws(CertificateError) -> CertificateInfo {
        try CertificateIssuance.issue(
            profile: profile, subject: subject, publicKey: publicKey, alternativeNames: alternativeNames,
            issuer: certificate.structure.subject, issuerKey: key, issuerPublicKey: key.certificatePublicKey,
            serial: serial, notBefore: now, validityDays: validityDays)
    }
}
