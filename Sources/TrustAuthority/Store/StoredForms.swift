import Foundation

// How the certificate types are written into the lab's store: DER as base64, keys as PKCS#8 PEM.
// Decoding re-parses them, so a damaged row is a decoding error, never a half-read certificate.

extension CertificateInfo: Codable {
    public init(from decoder: any Decoder) throws {
        self = try StoredCertificates.shared.certificate(der: try StoredDER.decode(from: decoder, what: "certificate"))
    }

    public func encode(to encoder: any Encoder) throws {
        try StoredDER.encode(rawData, to: encoder)
    }
}

extension CertificateRequest: Codable {
    public init(from decoder: any Decoder) throws {
        self = try CertificateRequest(der: try StoredDER.decode(from: decoder, what: "signing request"), source: "the lab's store")
    }

    public func encode(to encoder: any Encoder) throws {
        try StoredDER.encode(rawData, to: encoder)
    }
}

/// DER bytes stored as one base64 string.
private enum StoredDER {
    static func decode(from decoder: any Decoder, what: String) throws -> [UInt8] {
        let container = try decoder.singleValueContainer()
        guard let der = Data(base64Encoded: try container.decode(String.self)) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "a stored \(what) is not base64")
        }
        return Array(der)
    }

    static func encode(_ der: [UInt8], to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(Data(der).base64EncodedString())
    }
}

extension PrivateKeyMaterial: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        self = try PrivateKeyMaterial(pem: try container.decode(String.self), source: "the lab's store")
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(pem)
    }
}

private enum CertificateAndKeyField: String, CodingKey {
    case certificate, key
}

extension IssuedCertificate: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CertificateAndKeyField.self)
        self.init(certificate: try container.decode(CertificateInfo.self, forKey: .certificate),
                  key: try container.decode(PrivateKeyMaterial.self, forKey: .key))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CertificateAndKeyField.self)
        try container.encode(certificate, forKey: .certificate)
        try container.encode(key, forKey: .key)
    }
}

extension CertificateAuthority: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CertificateAndKeyField.self)
        // Stored by the lab itself, so the pair was checked when it was made.
        self.init(storedCertificate: try container.decode(CertificateInfo.self, forKey: .certificate),
                  key: try container.decode(PrivateKeyMaterial.self, forKey: .key))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CertificateAndKeyField.self)
        try container.encode(certificate, forKey: .certificate)
        try container.encode(key, forKey: .key)
    }
}
