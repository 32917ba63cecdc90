import Foundation
import SwiftASN1
import X509

/// A PKCS#10 certificate signing request, as `New-TrustAuthorityKeyProviderClientCertificateCSR` makes.
public struct CertificateRequest: Sendable {
    let request: CertificateSigningRequest
    /// The DER encoding.
    public let rawData: [UInt8]

    /// A request for a TLS client certificate (ExtendedKeyUsage clientAuth requested) signed with `key`.
    public static func create(
        key: PrivateKeyMaterial, subject: CertificateSubject, alternativeNames: [AlternativeName] = []
    ) throws(CertificateError) -> CertificateRequest {
        let name = try subject.distinguishedName()
        var names: [GeneralName] = []
        for alternative in alternativeNames {
            names.append(try alternative.generalName())
        }
        do {
            var extensions = Certificate.Extensions()
            try extensions.append(.init(ExtendedKeyUsage([.clientAuth]), critical: false))
            if !names.isEmpty {
                try extensions.append(.init(SubjectAlternativeNames(names), critical: false))
            }
            let request = try CertificateSigningRequest(
                version: .v1,
                subject: name,
                privateKey: key.certificatePrivateKey,
                attributes: CertificateSigningRequest.Attributes([.init(ExtensionRequest(extensions: extensions))]),
                signatureAlgorithm: key.signatureAlgorithm
            )
            var serializer = DER.Serializer()
            try serializer.serialize(request)
            return CertificateRequest(request: request, rawData: serializer.serializedBytes)
        } catch let error as CertificateError {
            throw error
        } catch {
            throw .signingFailed(detail: CertificateError.detail(of: error))
        }
    }

    /// Reads the first `CERTIFICATE REQUEST` (or legacy `NEW CERTIFICATE REQUEST`) block of a PEM text.
    /// The signature is not checked here; see `isSignatureValid`.
    public init(pem: String, source: String = "input") throws(CertificateError) {
        let blocks = try PEMBlock.parseAll(pem, source: source)
        guard let block = blocks.first(where: { $0.label == "CERTIFICATE REQUEST" || $0.label == "NEW CERTIFICATE REQUEST" })
        else {
            if let other = blocks.first {
                throw .wrongPEMContent(source: source, expected: .signingRequest, found: other.label)
            }
            throw .noPEMBlock(source: source, expected: .signingRequest)
        }
        try self.init(der: block.der, source: source)
    }

    public init(der: [UInt8], source: String = "input") throws(CertificateError) {
        do {
            request = try CertificateSigningRequest(derEncoded: der)
        } catch {
            throw .malformedSigningRequest(source: source, detail: CertificateError.detail(of: error))
        }
        rawData = der
    }

    private init(request: CertificateSigningRequest, rawData: [UInt8]) {
        self.request = request
        self.rawData = rawData
    }

    /// `-----BEGIN CERTIFICATE REQUEST-----` text, ending with a newline.
    public var pem: String { PEMBlock.encode(label: "CERTIFICATE REQUEST", der: rawData) }

    /// The requested subject in .NET's reversed form.
    public var subject: String { DotNetFormat.name(request.subject) }

    public var subjectCommonName: String? {
        request.subject.flatMap { $0 }.last { $0.type == .RDNAttributeType.commonName }.map { DotNetFormat.text(of: $0.value) }
    }

    /// Whether the request was signed by the key it carries (proof of possession).
    public var isSignatureValid: Bool {
        request.publicKey.isValidSignature(request.signature, for: request)
    }

    /// The requester's public key as DER SubjectPublicKeyInfo.
    public var publicKeyInfo: [UInt8] { PrivateKeyMaterial.subjectPublicKeyInfo(request.publicKey) }

    /// Whether `key` is the key this request was made with.
    public func matches(_ key: PrivateKeyMaterial) -> Bool {
        key.publicKeyInfo == publicKeyInfo
    }

    /// Extensions the requester asked for (SAN, EKU …), empty when none.
    var requestedExtensions: Certificate.Extensions {
        (try? request.attributes.extensionRequest)?.extensions ?? Certificate.Extensions()
    }
}

extension CertificateRequest: Equatable {
    public static func == (lhs: CertificateRequest, rhs: CertificateRequest) -> Bool {
        lhs.rawData == rhs.rawData
    }
}
