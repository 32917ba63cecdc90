import Crypto
import Foundation
import SwiftASN1
import X509

/// One X.509 certificate with the members PowerCLI users know from .NET's `X509Certificate2`.
///
/// It keeps the DER bytes and reads its fields itself, so certificates that swift-certificates
/// refuses (RSA under 2048 bits) can still be shown, fingerprinted and compared.
public struct CertificateInfo: Sendable {
    /// The DER encoding, exactly as received.
    public let rawData: [UInt8]
    let structure: CertificateStructure
    /// .NET `Subject`: the reversed distinguished name (`E=…, CN=…, …, C=US`). Formatted once: trust
    /// checks and health details read it for every provider.
    public let subject: String
    /// .NET `Issuer`, in the same form as `subject`.
    public let issuer: String

    /// Parses one DER-encoded certificate; `source` names the input in error messages.
    public init(der: [UInt8], source: String = "input") throws(CertificateError) {
        do {
            structure = try CertificateStructure(der: der)
        } catch {
            throw .malformedCertificate(source: source, detail: CertificateError.detail(of: error))
        }
        rawData = der
        subject = DotNetFormat.name(structure.subject)
        issuer = DotNetFormat.name(structure.issuer)
    }

    /// Parses the first certificate of a PEM text (the leaf of a bundle).
    public init(pem: String, source: String = "input") throws(CertificateError) {
        guard let first = try Self.parseAll(pem: pem, source: source).first else {
            throw .noPEMBlock(source: source, expected: .certificate)
        }
        self = first
    }

    /// Every certificate of a PEM bundle, in order. Blocks of other kinds are skipped, but a text
    /// without any certificate is an error that names what it did contain.
    public static func parseAll(pem: String, source: String = "input") throws(CertificateError) -> [CertificateInfo] {
        let blocks = try PEMBlock.parseAll(pem, source: source)
        let certificateBlocks = blocks.filter { $0.label == "CERTIFICATE" || $0.label == "X509 CERTIFICATE" }
        guard !certificateBlocks.isEmpty else {
            if let other = blocks.first {
                throw .wrongPEMContent(source: source, expected: .certificate, found: other.label)
            }
            throw .noPEMBlock(source: source, expected: .certificate)
        }
        var certificates: [CertificateInfo] = []
        for block in certificateBlocks {
            certificates.append(try CertificateInfo(der: block.der, source: source))
        }
        return certificates
    }

    /// Wraps a certificate made here; its DER is known to be valid.
    init(_ certificate: Certificate) throws(CertificateError) {
        var serializer = DER.Serializer()
        do {
            try serializer.serialize(certificate)
        } catch {
            throw .signingFailed(detail: CertificateError.detail(of: error))
        }
        try self.init(der: serializer.serializedBytes, source: "new certificate")
    }

    /// Upper-case SHA-1 of the DER, no separators (.NET `Thumbprint`).
    public var thumbprint: String { DotNetFormat.hex(Insecure.SHA1.hash(data: rawData)) }

    /// Upper-case hex of the serial INTEGER's content octets; a leading 00 is kept as .NET shows it.
    public var serialNumber: String { DotNetFormat.hex(structure.serialContent) }

    public var notBefore: Date { structure.notBefore }
    public var notAfter: Date { structure.notAfter }

    /// The PEM text (`-----BEGIN CERTIFICATE-----`), ending with a newline.
    public var pem: String { PEMBlock.encode(label: "CERTIFICATE", der: rawData) }

    /// The last common name of the subject, or nil when it has none.
    public var subjectCommonName: String? { Self.commonName(of: structure.subject) }

    /// The last common name of the issuer, or nil when it has none.
    public var issuerCommonName: String? { Self.commonName(of: structure.issuer) }

    /// Whether subject and issuer are the same name (a self-issued certificate).
    public var isSelfIssued: Bool { structure.subject == structure.issuer }

    /// Whether `date` lies within the validity period (both ends included, as in RFC 5280).
    public func isValid(at date: Date) -> Bool {
        structure.notBefore <= date && date <= structure.notAfter
    }

    /// DNS names and IP addresses of the subject alternative name extension.
    public var subjectAlternativeNames: [String] {
        guard let names = try? x509Certificate().extensions.subjectAlternativeNames else { return [] }
        return names.compactMap { name in
            switch name {
            case .dnsName(let dns): return dns
            case .ipAddress(let bytes): return AlternativeName.addressText(bytes.bytes)
            case .rfc822Name(let mail): return mail
            case .uniformResourceIdentifier(let uri): return uri
            default: return nil
            }
        }
    }

    /// Whether the certificate may authenticate a TLS client: no ExtendedKeyUsage, or one with
    /// clientAuth or anyExtendedKeyUsage (RFC 5280 §4.2.1.12).
    public var allowsClientAuthentication: Bool { allows(.clientAuth) }

    /// Whether the certificate may authenticate a TLS server, by the same rule with serverAuth.
    public var allowsServerAuthentication: Bool { allows(.serverAuth) }

    /// Whether BasicConstraints marks the certificate as a CA.
    public var isCertificateAuthority: Bool {
        guard let constraints = try? x509Certificate().extensions.basicConstraints else { return false }
        if case .isCertificateAuthority = constraints { return true }
        return false
    }

    private func allows(_ usage: ExtendedKeyUsage.Usage) -> Bool {
        guard let certificate = try? x509Certificate() else { return false }
        guard let usages = try? certificate.extensions.extendedKeyUsage else {
            // No extension at all means no restriction; an unreadable one restricts everything.
            return certificate.extensions[oid: .X509ExtensionID.extendedKeyUsage] == nil
        }
        return usages.contains(usage) || usages.contains(.any)
    }

    /// Exactly what .NET's `X509Certificate2.ToString()` returns (en-US culture), dates in `timeZone`.
    /// Windows ends lines with CRLF; pass `newline: "\r\n"` to reproduce that byte for byte.
    public func dotNetString(timeZone: TimeZone, newline: String = "\n") -> String {
        let sections = [
            ("Subject", subject), ("Issuer", issuer), ("Serial Number", serialNumber),
            ("Not Before", DotNetFormat.date(notBefore, timeZone: timeZone)),
            ("Not After", DotNetFormat.date(notAfter, timeZone: timeZone)),
            ("Thumbprint", thumbprint),
        ]
        return sections.map { "[\($0.0)]\(newline)  \($0.1)\(newline)" }.joined(separator: newline)
    }

    /// The swift-certificates view, needed to verify signatures and read extensions.
    func x509Certificate() throws(CertificateError) -> Certificate {
        do {
            return try Certificate(derEncoded: rawData)
        } catch {
            throw .unsupportedCertificateKey(subject: subject)
        }
    }

    private static func commonName(of name: DistinguishedName) -> String? {
        let names = name.flatMap { $0 }.filter { $0.type == .RDNAttributeType.commonName }
        return names.last.map { DotNetFormat.text(of: $0.value) }
    }
}

extension CertificateInfo: Equatable {
    /// Two certificates are the same when their DER bytes are.
    public static func == (lhs: CertificateInfo, rhs: CertificateInfo) -> Bool {
        lhs.rawData == rhs.rawData
    }
}

extension CertificateInfo: Hashable {
    public func hash(into hasher: inout Hasher) {
        hasher.combine(rawData)
    }
}

extension CertificateInfo {
    /// Signature algorithms we can check, by OID (the outer AlgorithmIdentifier of a certificate).
    private static let signatureAlgorithms: [ASN1ObjectIdentifier: Certificate.SignatureAlgorithm] = [
        [1, 2, 840, 113_549, 1, 1, 5]: .sha1WithRSAEncryption,
        [1, 2, 840, 113_549, 1, 1, 11]: .sha256WithRSAEncryption,
        [1, 2, 840, 113_549, 1, 1, 12]: .sha384WithRSAEncryption,
        [1, 2, 840, 113_549, 1, 1, 13]: .sha512WithRSAEncryption,
        [1, 2, 840, 10045, 4, 3, 2]: .ecdsaWithSHA256,
        [1, 2, 840, 10045, 4, 3, 3]: .ecdsaWithSHA384,
        [1, 2, 840, 10045, 4, 3, 4]: .ecdsaWithSHA512,
        [1, 3, 101, 112]: .ed25519,
    ]

    /// Whether `issuer`'s key made this certificate's signature. Works on the raw DER so that a
    /// leaf with a short RSA key can still be checked; throws when the issuer's key cannot be used.
    func isSigned(by issuer: CertificateInfo) throws(CertificateError) -> Bool {
        let issuerKey: Certificate.PublicKey
        do {
            issuerKey = try Certificate.PublicKey(derEncoded: issuer.structure.subjectPublicKeyInfo)
        } catch {
            throw .unsupportedCertificateKey(subject: issuer.subject)
        }
        return try isSigned(byKey: issuerKey)
    }

    /// The same with the issuer's key already parsed (attestation checks thousands of certificates of one CA).
    func isSigned(byKey issuerKey: Certificate.PublicKey) throws(CertificateError) -> Bool {
        guard let algorithm = Self.signatureAlgorithms[structure.signatureAlgorithm] else {
            throw .unsupportedCertificateKey(subject: subject)
        }
        return issuerKey.isValidSignature(structure.signature, for: structure.toBeSigned, signatureAlgorithm: algorithm)
    }
}

extension CertificateInfo: CustomStringConvertible, CustomDebugStringConvertible {
    /// Short and stable, for logs and test failures (the .NET text is `dotNetString`).
    public var description: String { "CertificateInfo(\(subject), thumbprint \(thumbprint))" }
    public var debugDescription: String { description }
}
