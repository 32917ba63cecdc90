import Foundation
import Testing
import X509

@testable import TrustAuthority

@Suite("CertificateInfo")
struct CertificateInfoTests {
    /// A certificate made by openssl with every DN part the .NET form shows, and an O with a comma.
    private func opensslCertificate(_ tool: OpenSSLTool) throws -> CertificateInfo {
        _ = try tool.succeed([
            "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "key.pem", "-out", "cert.pem", "-days", "30",
            "-subj", "/C=US/ST=California/L=Palo Alto/O=VMware, Inc./OU=vSphere Trust Authority/CN=kms.example.com/emailAddress=kms-admin@example.com",
        ])
        return try CertificateInfo(pem: try tool.read("cert.pem"))
    }

    @Test func fullDistinguishedNameIsShownInDotNetReversedFormWithQuotedComma() throws {
        let tool = try OpenSSLTool()
        defer { tool.remove() }
        let certificate = try opensslCertificate(tool)
        let expected = "E=kms-admin@example.com, CN=kms.example.com, OU=vSphere Trust Authority, "
            + "O=\"VMware, Inc.\", L=Palo Alto, S=California, C=US"
        #expect(certificate.subject == expected)
        #expect(certificate.issuer == expected)
        #expect(certificate.subjectCommonName == "kms.example.com")
        #expect(certificate.isSelfIssued)
    }

    @Test func subjectAgreesWithOpenSSLsRFC2253Rendering() throws {
        let tool = try OpenSSLTool()
        defer { tool.remove() }
        let certificate = try opensslCertificate(tool)
        let output = try tool.succeed(["x509", "-in", "cert.pem", "-noout", "-subject", "-nameopt", "RFC2253"])
        let rfc2253 = try #require(OpenSSLTool.field("subject", in: output))
        #expect(dotNetForm(ofRFC2253: rfc2253) == certificate.subject)
    }

    @Test func thumbprintSerialAndDatesMatchOpenSSL() throws {
        let tool = try OpenSSLTool()
        defer { tool.remove() }
        let certificate = try opensslCertificate(tool)
        let output = try tool.succeed([
            "x509", "-in", "cert.pem", "-noout", "-serial", "-startdate", "-enddate",
        ])
        #expect(certificate.thumbprint == (try tool.thumbprint(ofCertificateFile: "cert.pem")))
        let serial = try #require(OpenSSLTool.field("serial", in: output))
        // openssl drops the sign octet .NET keeps.
        #expect(certificate.serialNumber == serial || certificate.serialNumber == "00" + serial)
        #expect(certificate.notBefore == OpenSSLTool.date(try #require(OpenSSLTool.field("notBefore", in: output))))
        #expect(certificate.notAfter == OpenSSLTool.date(try #require(OpenSSLTool.field("notAfter", in: output))))
    }

    @Test func pemRoundTripKeepsTheDERBytes() throws {
        let tool = try OpenSSLTool()
        defer { tool.remove() }
        let certificate = try opensslCertificate(tool)
        let again = try CertificateInfo(pem: certificate.pem)
        #expect(again == certificate)
        #expect(again.rawData == certificate.rawData)
        _ = try tool.succeed(["x509", "-in", "cert.pem", "-outform", "DER", "-out", "cert.der"])
        let der = Array(try Data(contentsOf: URL(fileURLWithPath: tool.path("cert.der"))))
        #expect(try CertificateInfo(der: der) == certificate)
    }

    @Test func bundleParsesEveryCertificateInOrder() throws {
        let first = try IssuedCertificate.selfSignedClient(commonName: "first", algorithm: .p256).certificate
        let second = try IssuedCertificate.selfSignedClient(commonName: "second", algorithm: .p256).certificate
        let bundle = "Bag Attributes: ignored\n" + first.pem + "\n" + second.pem
        let parsed = try CertificateInfo.parseAll(pem: bundle)
        #expect(parsed == [first, second])
        #expect(try CertificateInfo(pem: bundle) == first)
    }

    @Test func serialWithTopBitSetIsShownWithLeadingZeroLikeTheSeed() throws {
        let tool = try OpenSSLTool()
        defer { tool.remove() }
        let authority = try CertificateAuthority.generate(
            subject: CertificateSubject(commonName: "CA"), algorithm: .p256)
        let key = try PrivateKeyMaterial.generate(.p256)
        let certificate = try authority.issue(
            .server, subject: try CertificateFixtures.kmsSubject.distinguishedName(), publicKey: key.certificatePublicKey,
            alternativeNames: [.ip("192.168.110.91")], validityDays: 30, now: Date(),
            serial: Certificate.SerialNumber(bytes: [0xCE, 0xF1, 0x92, 0xBB, 0xF9, 0xD8, 0x0C, 0x9F]))
        #expect(certificate.serialNumber == "00CEF192BBF9D80C9F")
        try tool.write("cert.pem", certificate.pem)
        let output = try tool.succeed(["x509", "-in", "cert.pem", "-noout", "-serial"])
        #expect(OpenSSLTool.field("serial", in: output) == "CEF192BBF9D80C9F")
    }

    @Test func dotNetStringReproducesTheSeedLayoutExactly() throws {
        let tool = try OpenSSLTool()
        defer { tool.remove() }
        // The seed's issuer, `O=<host>.eng.vmware.com, C=US, DC=local, DC=vsphere, CN=CA`, in DER order.
        let issuerName = try DistinguishedName([
            RelativeDistinguishedName.Attribute(type: .RDNAttributeType.commonName, utf8String: "CA"),
            RelativeDistinguishedName.Attribute(type: .RDNAttributeType.domainComponent, ia5String: "vsphere"),
            RelativeDistinguishedName.Attribute(type: .RDNAttributeType.domainComponent, ia5String: "local"),
            RelativeDistinguishedName.Attribute(type: .RDNAttributeType.countryName, printableString: "US"),
            RelativeDistinguishedName.Attribute(type: .RDNAttributeType.organizationName, utf8String: "vc.eng.vmware.com"),
        ])
        let caKey = try PrivateKeyMaterial.generate(.p256)
        let notBefore = CertificateFixtures.utc(2015, 8, 10, 23, 16, 12)
        let caCertificate = try CertificateIssuance.issue(
            profile: .authority, subject: issuerName, publicKey: caKey.certificatePublicKey, alternativeNames: [],
            issuer: issuerName, issuerKey: caKey, issuerPublicKey: caKey.certificatePublicKey, serial: nil,
            notBefore: notBefore, validityDays: 3650)
        let authority = try CertificateAuthority(certificate: caCertificate, key: caKey)
        let serverKey = try PrivateKeyMaterial.generate(.p256)
        let certificate = try authority.issue(
            .server, subject: try CertificateFixtures.kmsSubject.distinguishedName(), publicKey: serverKey.certificatePublicKey,
            alternativeNames: [.ip("192.168.110.91")], validityDays: 1826, now: notBefore,
            serial: Certificate.SerialNumber(bytes: [0xCE, 0xF1, 0x92, 0xBB, 0xF9, 0xD8, 0x0C, 0x9F]))
        try tool.write("cert.pem", certificate.pem)
        let thumbprint = try #require(try tool.thumbprint(ofCertificateFile: "cert.pem"))
        let expected = """
            [Subject]
              E=kms-admin@example.com, CN=192.168.110.91, OU=VMware Engineering, O=VMware, L=Palo Alto, S=California, C=US

            [Issuer]
              O=vc.eng.vmware.com, C=US, DC=local, DC=vsphere, CN=CA

            [Serial Number]
              00CEF192BBF9D80C9F

            [Not Before]
              8/10/2015 4:16:12 PM

            [Not After]
              8/9/2020 4:16:12 PM

            [Thumbprint]
              \(thumbprint)

            """
        let losAngeles = try #require(TimeZone(identifier: "America/Los_Angeles"))
        #expect(certificate.dotNetString(timeZone: losAngeles) == expected)
        #expect(certificate.dotNetString(timeZone: losAngeles, newline: "\r\n") == expected.replacingOccurrences(of: "\n", with: "\r\n"))
    }

    @Test func legacyRSA1024CertificateIsStillShownAndFingerprinted() throws {
        let tool = try OpenSSLTool()
        defer { tool.remove() }
        _ = try tool.succeed([
            "req", "-x509", "-newkey", "rsa:1024", "-nodes", "-keyout", "weak.key", "-out", "weak.pem", "-days", "5",
            "-subj", "/CN=legacy-kms/O=Old Vendor",
        ])
        let certificate = try CertificateInfo(pem: try tool.read("weak.pem"))
        #expect(certificate.subject == "O=Old Vendor, CN=legacy-kms")
        #expect(certificate.thumbprint == (try tool.thumbprint(ofCertificateFile: "weak.pem")))
        #expect(throws: CertificateError.unsupportedCertificateKey(subject: certificate.subject)) {
            _ = try certificate.x509Certificate()
        }
    }

    @Test func subjectAlternativeNamesListDNSAndIPEntries() throws {
        let authority = try CertificateAuthority.generate(subject: CertificateSubject(commonName: "CA"), algorithm: .p256)
        let issued = try authority.issueServerCertificate(
            subject: CertificateSubject(commonName: "kms"), alternativeNames: [.dns("kms.example.com"), .ip("10.0.0.5"), .ip("::1")],
            algorithm: .p256)
        #expect(issued.certificate.subjectAlternativeNames == ["kms.example.com", "10.0.0.5", "0:0:0:0:0:0:0:1"])
    }

    /// Turns openssl's RFC 2253 text (`emailAddress=…,CN=…,O=VMware\, Inc.,…`) into the .NET form,
    /// independently of our own renderer: split on unescaped commas, rename, unescape, quote.
    private func dotNetForm(ofRFC2253 text: String) -> String {
        var parts: [String] = []
        var current = ""
        var escaped = false
        for character in text {
            if escaped {
                current.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "," {
                parts.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        parts.append(current)
        let names = ["emailAddress": "E", "ST": "S"]
        return parts.map { part in
            let pieces = part.split(separator: "=", maxSplits: 1).map(String.init)
            let name = names[pieces[0]] ?? pieces[0]
            let value = pieces.count > 1 ? pieces[1] : ""
            let needsQuotes = value.contains(",") || value.contains("+") || value.contains("=")
            return "\(name)=\(needsQuotes ? "\"\(value)\"" : value)"
        }.joined(separator: ", ")
    }
}
