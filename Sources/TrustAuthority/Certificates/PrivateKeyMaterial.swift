import Crypto
import Foundation
import SwiftASN1
import X509
import _CryptoExtras

/// A private key for a client or CA certificate: RSA (2048 bits or more) or EC P-256.
public struct PrivateKeyMaterial: Sendable {
    enum Backing: Sendable {
        case rsa(_RSA.Signing.PrivateKey)
        case p256(P256.Signing.PrivateKey)
    }

    let backing: Backing

    init(_ backing: Backing) {
        self.backing = backing
    }

    /// A new random key. RSA sizes other than 2048, 3072 and 4096 are refused.
    public static func generate(_ algorithm: KeyAlgorithm = .rsa2048) throws(CertificateError) -> PrivateKeyMaterial {
        switch algorithm {
        case .p256:
            return PrivateKeyMaterial(.p256(try randomP256Key()))
        case .rsa(let bits):
            guard [2048, 3072, 4096].contains(bits) else {
                throw .unsupportedKey(source: "request", detail: "RSA with \(bits) bits")
            }
            do {
                return PrivateKeyMaterial(.rsa(try _RSA.Signing.PrivateKey(keySize: .init(bitCount: bits))))
            } catch {
                throw .signingFailed(detail: "RSA key generation failed: \(error)")
            }
        }
    }

    /// A P-256 key whose private scalar is 32 bytes from the system's secure generator. swift-crypto's own
    /// generator runs BoringSSL's FIPS pairwise test on every key (a signature and its verification: nine tenths
    /// of the cost, and the default lab makes eleven keys) and by default draws until the key is
    /// compact-representable, a form nothing of ours uses; the key is the same without either.
    private static func randomP256Key() throws(CertificateError) -> P256.Signing.PrivateKey {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<8 {
            var scalar: [UInt8] = []
            scalar.reserveCapacity(32)
            for _ in 0..<4 { withUnsafeBytes(of: generator.next() as UInt64) { scalar.append(contentsOf: $0) } }
            // Zero or a scalar at least the group's order (odds about 2^-32) is refused: draw again.
            if let key = try? P256.Signing.PrivateKey(rawRepresentation: scalar) { return key }
        }
        throw .signingFailed(detail: "P-256 key generation failed: no valid scalar in eight draws")
    }

    /// Reads the first private key of a PEM text: PKCS#8 `PRIVATE KEY`, PKCS#1 `RSA PRIVATE KEY` or
    /// SEC1 `EC PRIVATE KEY` (also after an `EC PARAMETERS` block, as `openssl ecparam -genkey` writes).
    public init(pem: String, source: String = "input") throws(CertificateError) {
        let blocks = try PEMBlock.parseAll(pem, source: source)
        if blocks.contains(where: { $0.label.hasSuffix("PRIVATE KEY") && $0.isEncrypted }) {
            throw .encryptedPrivateKey(source: source)
        }
        guard let block = blocks.first(where: { $0.label.hasSuffix("PRIVATE KEY") }) else {
            if let other = blocks.first(where: { $0.label != "EC PARAMETERS" }) ?? blocks.first {
                throw .wrongPEMContent(source: source, expected: .privateKey, found: other.label)
            }
            throw .noPEMBlock(source: source, expected: .privateKey)
        }
        switch block.label {
        case "RSA PRIVATE KEY":
            self = try Self.rsa(block.der, source: source)
        case "EC PRIVATE KEY":
            self = try Self.p256(block.der, source: source)
        case "PRIVATE KEY":
            switch try Self.pkcs8Algorithm(block.der, source: source) {
            case .rsa: self = try Self.rsa(block.der, source: source)
            case .p256: self = try Self.p256(block.der, source: source)
            }
        default:
            throw .unsupportedKey(source: source, detail: "a '\(block.label)' block")
        }
    }

    public var algorithm: KeyAlgorithm {
        switch backing {
        case .rsa(let key): return .rsa(bits: key.keySizeInBits)
        case .p256: return .p256
        }
    }

    /// PKCS#8 (`-----BEGIN PRIVATE KEY-----`), ending with a newline.
    public var pem: String {
        switch backing {
        case .rsa(let key): return PEMBlock.encode(label: "PRIVATE KEY", der: Array(key.pkcs8DERRepresentation))
        case .p256(let key): return PEMBlock.encode(label: "PRIVATE KEY", der: Array(key.derRepresentation))
        }
    }

    /// The public half as a DER SubjectPublicKeyInfo.
    public var publicKeyInfo: [UInt8] {
        Self.subjectPublicKeyInfo(certificatePublicKey)
    }

    /// The DER SubjectPublicKeyInfo of `key`. (`subjectPublicKeyInfoBytes` is only the inner key bits for EC.)
    static func subjectPublicKeyInfo(_ key: Certificate.PublicKey) -> [UInt8] {
        var serializer = DER.Serializer()
        guard (try? serializer.serialize(key)) != nil else { return [] }
        return serializer.serializedBytes
    }

    /// Whether `certificate` carries this key's public half and a signature made with this key
    /// verifies with the certificate's key.
    public func matches(_ certificate: CertificateInfo) -> Bool {
        guard publicKeyInfo == certificate.structure.subjectPublicKeyInfo,
            let certificateKey = try? Certificate.PublicKey(derEncoded: certificate.structure.subjectPublicKeyInfo)
        else { return false }
        let challenge = Array("vtash key match \(UUID().uuidString)".utf8)
        guard let signature = try? certificatePrivateKey.sign(bytes: challenge, signatureAlgorithm: signatureAlgorithm)
        else { return false }
        return certificateKey.isValidSignature(
            signature.rawRepresentation, for: challenge, signatureAlgorithm: signatureAlgorithm)
    }

    var certificatePrivateKey: Certificate.PrivateKey {
        switch backing {
        case .rsa(let key): return Certificate.PrivateKey(key)
        case .p256(let key): return Certificate.PrivateKey(key)
        }
    }

    var certificatePublicKey: Certificate.PublicKey {
        certificatePrivateKey.publicKey
    }

    /// SHA-256 with the key's own scheme; chosen explicitly because the library's list is unordered.
    var signatureAlgorithm: Certificate.SignatureAlgorithm {
        switch backing {
        case .rsa: return .sha256WithRSAEncryption
        case .p256: return .ecdsaWithSHA256
        }
    }

    private static func rsa(_ der: [UInt8], source: String) throws(CertificateError) -> PrivateKeyMaterial {
        do {
            return PrivateKeyMaterial(.rsa(try _RSA.Signing.PrivateKey(derRepresentation: der)))
        } catch {
            if let weak = try? _RSA.Signing.PrivateKey(unsafeDERRepresentation: der) {
                throw .unsupportedKey(source: source, detail: "RSA with \(weak.keySizeInBits) bits")
            }
            throw .malformedPrivateKey(source: source, detail: "the RSA key cannot be decoded")
        }
    }

    private static func p256(_ der: [UInt8], source: String) throws(CertificateError) -> PrivateKeyMaterial {
        if let curve = try? Self.sec1Curve(der), curve != Self.prime256v1 {
            throw .unsupportedKey(source: source, detail: "an EC key on curve \(Self.curveName(curve))")
        }
        do {
            return PrivateKeyMaterial(.p256(try P256.Signing.PrivateKey(derRepresentation: der)))
        } catch {
            throw .malformedPrivateKey(source: source, detail: "the EC key cannot be decoded as P-256")
        }
    }

    private static let rsaEncryption: ASN1ObjectIdentifier = [1, 2, 840, 113_549, 1, 1, 1]
    private static let ecPublicKey: ASN1ObjectIdentifier = [1, 2, 840, 10045, 2, 1]
    private static let prime256v1: ASN1ObjectIdentifier = [1, 2, 840, 10045, 3, 1, 7]

    /// The algorithm named in a PKCS#8 PrivateKeyInfo (version, AlgorithmIdentifier, key).
    private static func pkcs8Algorithm(_ der: [UInt8], source: String) throws(CertificateError) -> KeyAlgorithm {
        let algorithm: ASN1ObjectIdentifier
        let parameter: ASN1ObjectIdentifier?
        do {
            let root = try DER.parse(der)
            guard case .constructed(let parts) = root.content else { throw ASN1Error.unexpectedFieldType(root.identifier) }
            var iterator = parts.makeIterator()
            _ = iterator.next()
            guard let identifierNode = iterator.next(), case .constructed(let idParts) = identifierNode.content else {
                throw ASN1Error.invalidASN1Object(reason: "no algorithm")
            }
            var idIterator = idParts.makeIterator()
            guard let oidNode = idIterator.next() else { throw ASN1Error.invalidASN1Object(reason: "no algorithm") }
            algorithm = try ASN1ObjectIdentifier(derEncoded: oidNode)
            parameter = idIterator.next().flatMap { try? ASN1ObjectIdentifier(derEncoded: $0) }
        } catch {
            throw .malformedPrivateKey(source: source, detail: CertificateError.detail(of: error))
        }
        if algorithm == rsaEncryption { return .rsa(bits: 0) }
        if algorithm == ecPublicKey {
            guard parameter == prime256v1 else {
                throw .unsupportedKey(
                    source: source, detail: "an EC key on curve \(parameter.map(curveName) ?? "unknown")")
            }
            return .p256
        }
        throw .unsupportedKey(source: source, detail: "algorithm \(algorithm)")
    }

    /// The curve named in a SEC1 ECPrivateKey's `[0] parameters`, if present.
    private static func sec1Curve(_ der: [UInt8]) throws -> ASN1ObjectIdentifier? {
        let root = try DER.parse(der)
        guard case .constructed(let parts) = root.content else { return nil }
        for node in parts where node.identifier == ASN1Identifier(tagWithNumber: 0, tagClass: .contextSpecific) {
            guard case .constructed(let inner) = node.content, let oid = inner.first(where: { _ in true }) else {
                return nil
            }
            return try ASN1ObjectIdentifier(derEncoded: oid)
        }
        return nil
    }

    private static func curveName(_ oid: ASN1ObjectIdentifier) -> String {
        switch oid {
        case [1, 3, 132, 0, 34]: return "P-384"
        case [1, 3, 132, 0, 35]: return "P-521"
        case [1, 3, 132, 0, 10]: return "secp256k1"
        default: return "\(oid)"
        }
    }
}

extension PrivateKeyMaterial: Equatable {
    /// Keys are equal when their public halves are; the private half follows from it.
    public static func == (lhs: PrivateKeyMaterial, rhs: PrivateKeyMaterial) -> Bool {
        lhs.publicKeyInfo == rhs.publicKeyInfo
    }
}

extension PrivateKeyMaterial: CustomStringConvertible, CustomDebugStringConvertible {
    /// Names the key type only, so a key never ends up in a log or a test report.
    public var description: String { "PrivateKeyMaterial(\(algorithm))" }
    public var debugDescription: String { description }
}
