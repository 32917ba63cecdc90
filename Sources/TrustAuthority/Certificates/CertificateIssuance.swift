import Crypto
import Foundation
import SwiftASN1
import X509
import _CryptoExtras

/// The common steps of making a certificate: serial, validity, extensions, signature.
enum CertificateIssuance {
    /// The longest validity we issue, in days (100 years).
    static let maximumValidityDays = 36_500

    /// What the certificate is for; decides BasicConstraints, KeyUsage and ExtendedKeyUsage.
    enum Profile {
        case authority
        case server
        case client
        /// A vCenter's token signing certificate (STS): digital signatures only, no TLS use.
        case signing
        /// A TPM 2.0 endorsement key certificate: key agreement (EC) or encipherment (RSA) only, and
        /// the TCG's EKU tcg-kp-EKCertificate (2.23.133.8.1, TCG EK Credential Profile §3.2).
        case endorsementKey
    }

    static let endorsementKeyCertificateUsage: ASN1ObjectIdentifier = [2, 23, 133, 8, 1]

    /// A positive serial of up to 20 octets (RFC 5280): 20 random bytes with the top bit cleared,
    /// because swift-certificates' own random serial may need a 21st octet.
    static func randomSerial() -> Certificate.SerialNumber {
        var bytes = (0..<20).map { _ in UInt8.random(in: .min ... .max) }
        bytes[0] &= 0x7F
        if bytes[0] == 0 { bytes[0] = 0x01 }
        return Certificate.SerialNumber(bytes: bytes)
    }

    /// Now, without fractions of a second, since X.509 times have whole seconds.
    static func wholeSeconds(_ date: Date) -> Date {
        Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down))
    }

    static func issue(
        profile: Profile,
        subject: DistinguishedName,
        publicKey: Certificate.PublicKey,
        alternativeNames: [AlternativeName],
        issuer: DistinguishedName,
        issuerKey: PrivateKeyMaterial,
        issuerPublicKey: Certificate.PublicKey,
        serial: Certificate.SerialNumber?,
        notBefore: Date,
        validityDays: Int
    ) throws(CertificateError) -> CertificateInfo {
        guard (1...maximumValidityDays).contains(validityDays) else { throw .invalidValidity(days: validityDays) }
        let start = wholeSeconds(notBefore)
        let end = start.addingTimeInterval(TimeInterval(validityDays) * 86_400)
        let isRSA = _RSA.Signing.PublicKey(publicKey) != nil
        var names: [GeneralName] = []
        for name in alternativeNames {
            names.append(try name.generalName())
        }
        do {
            var extensions = Certificate.Extensions()
            switch profile {
            case .authority:
                try extensions.append(.init(BasicConstraints.isCertificateAuthority(maxPathLength: nil), critical: true))
                try extensions.append(.init(KeyUsage(digitalSignature: true, keyCertSign: true, cRLSign: true), critical: true))
            case .signing:
                try extensions.append(.init(BasicConstraints.notCertificateAuthority, critical: true))
                try extensions.append(.init(KeyUsage(digitalSignature: true), critical: true))
            case .endorsementKey:
                try extensions.append(.init(BasicConstraints.notCertificateAuthority, critical: true))
                try extensions.append(.init(KeyUsage(keyEncipherment: isRSA, keyAgreement: !isRSA), critical: true))
                try extensions.append(
                    .init(ExtendedKeyUsage([ExtendedKeyUsage.Usage(oid: endorsementKeyCertificateUsage)]), critical: false))
            case .server, .client:
                try extensions.append(.init(BasicConstraints.notCertificateAuthority, critical: true))
                try extensions.append(
                    .init(KeyUsage(digitalSignature: true, keyEncipherment: isRSA), critical: true))
                try extensions.append(
                    .init(ExtendedKeyUsage([profile == .server ? .serverAuth : .clientAuth]), critical: false))
            }
            try extensions.append(.init(SubjectKeyIdentifier(hash: publicKey), critical: false))
            if issuerPublicKey != publicKey {
                let authority = SubjectKeyIdentifier(hash: issuerPublicKey).keyIdentifier
                try extensions.append(.init(AuthorityKeyIdentifier(keyIdentifier: authority), critical: false))
            }
            if !names.isEmpty {
                try extensions.append(.init(SubjectAlternativeNames(names), critical: false))
            }
            let certificate = try Certificate(
                version: .v3,
                serialNumber: serial ?? randomSerial(),
                publicKey: publicKey,
                notValidBefore: start,
                notValidAfter: end,
                issuer: issuer,
                subject: subject,
                signatureAlgorithm: issuerKey.signatureAlgorithm,
                extensions: extensions,
                issuerPrivateKey: issuerKey.certificatePrivateKey
            )
            return try CertificateInfo(certificate)
        } catch let error as CertificateError {
            throw error
        } catch {
            throw .signingFailed(detail: CertificateError.detail(of: error))
        }
    }
}
