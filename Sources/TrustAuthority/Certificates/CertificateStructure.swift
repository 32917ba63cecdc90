import Foundation
import SwiftASN1
import X509

/// The fields of an X.509 certificate read straight from its DER, without swift-certificates'
/// `Certificate`, which refuses RSA keys under 2048 bits. Old key servers still present such
/// certificates, and we must still show and fingerprint them.
struct CertificateStructure: Sendable, Hashable {
    /// Content octets of the serial INTEGER, as .NET shows them (a leading 00 is kept).
    var serialContent: [UInt8]
    var issuer: DistinguishedName
    var subject: DistinguishedName
    var notBefore: Date
    var notAfter: Date
    /// The whole SubjectPublicKeyInfo element.
    var subjectPublicKeyInfo: [UInt8]
    /// The whole TBSCertificate element, which the signature covers.
    var toBeSigned: [UInt8]
    var signatureAlgorithm: ASN1ObjectIdentifier
    var signature: [UInt8]

    init(der: [UInt8]) throws {
        let root = try DER.parse(der)
        guard root.encodedBytes.count == der.count else {
            throw ASN1Error.invalidASN1Object(reason: "trailing bytes after the certificate")
        }
        var top = try Self.children(of: root, expecting: .sequence)
        guard let tbs = top.next(), let algorithm = top.next(), let signatureNode = top.next(), top.next() == nil else {
            throw ASN1Error.invalidASN1Object(reason: "a certificate has three parts")
        }
        var fields = try Self.children(of: tbs, expecting: .sequence)
        var field = fields.next()
        if field?.identifier == ASN1Identifier(tagWithNumber: 0, tagClass: .contextSpecific) {
            field = fields.next()
        }
        guard let serialNode = field, serialNode.identifier == .integer,
            case .primitive(let serial) = serialNode.content, !serial.isEmpty
        else {
            throw ASN1Error.invalidASN1Object(reason: "the serial number is missing")
        }
        guard fields.next() != nil,  // signature AlgorithmIdentifier inside TBS
            let issuerNode = fields.next(), let validityNode = fields.next(),
            let subjectNode = fields.next(), let keyNode = fields.next()
        else {
            throw ASN1Error.invalidASN1Object(reason: "the certificate body is incomplete")
        }
        var validity = try Self.children(of: validityNode, expecting: .sequence)
        guard let beforeNode = validity.next(), let afterNode = validity.next(), validity.next() == nil else {
            throw ASN1Error.invalidASN1Object(reason: "the validity period is incomplete")
        }
        var algorithmParts = try Self.children(of: algorithm, expecting: .sequence)
        guard let algorithmOID = algorithmParts.next() else {
            throw ASN1Error.invalidASN1Object(reason: "the signature algorithm is missing")
        }
        self.serialContent = Array(serial)
        self.issuer = try DistinguishedName(derEncoded: issuerNode)
        self.subject = try DistinguishedName(derEncoded: subjectNode)
        self.notBefore = try Self.date(beforeNode)
        self.notAfter = try Self.date(afterNode)
        self.subjectPublicKeyInfo = Array(keyNode.encodedBytes)
        self.toBeSigned = Array(tbs.encodedBytes)
        self.signatureAlgorithm = try ASN1ObjectIdentifier(derEncoded: algorithmOID)
        self.signature = Array(try ASN1BitString(derEncoded: signatureNode).bytes)
    }

    private static func children(
        of node: ASN1Node, expecting identifier: ASN1Identifier
    ) throws -> ASN1NodeCollection.Iterator {
        guard node.identifier == identifier, case .constructed(let nodes) = node.content else {
            throw ASN1Error.unexpectedFieldType(node.identifier)
        }
        return nodes.makeIterator()
    }

    private static func date(_ node: ASN1Node) throws -> Date {
        var parts = DateComponents()
        if node.identifier == .utcTime {
            let time = try UTCTime(derEncoded: node)
            parts = DateComponents(
                year: time.year, month: time.month, day: time.day,
                hour: time.hours, minute: time.minutes, second: time.seconds)
        } else if node.identifier == .generalizedTime {
            let time = try GeneralizedTime(derEncoded: node)
            parts = DateComponents(
                year: time.year, month: time.month, day: time.day,
                hour: time.hours, minute: time.minutes, second: time.seconds)
        } else {
            throw ASN1Error.unexpectedFieldType(node.identifier)
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        guard let date = calendar.date(from: parts) else {
            throw ASN1Error.invalidASN1Object(reason: "the validity date cannot be represented")
        }
        return date
    }
}
