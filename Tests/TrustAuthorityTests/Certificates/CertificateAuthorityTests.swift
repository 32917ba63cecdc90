import Foundation
import Testing

@testable import TrustAuthority

@Suite("CertificateAuthority")
struct CertificateAuthorityTests {
    @Test func generatedAuthorityIsASelfSignedCAOpenSSLAccepts() throws {
        let tool = try OpenSSLTool()
        defer { tool.remove() }
        let authority = try CertificateAuthority.generate(
            subject: CertificateSubject(commonName: "Lab KMS CA", organization: "VMware, Inc.", country: "US"),
            key: try CertificateFixtures.otherRSAKey.get())
        #expect(authority.certificate.subject == "CN=Lab KMS CA, O=\"VMware, Inc.\", C=US")
        #expect(authority.certificate.isSelfIssued)
        try tool.write("ca.crt", authority.certificate.pem)
        #expect(try tool.succeed(["verify", "-CAfile", "ca.crt", "ca.crt"]).contains("ca.crt: OK"))
        let text = try tool.succeed(["x509", "-in", "ca.crt", "-noout", "-text"])
        #expect(text.contains("CA:TRUE"))
        #expect(text.contains("Certificate Sign, CRL Sign"))
    }

    @Test func serverCertificateCarriesServerAuthAndIPAddressName() throws {
        let tool = try OpenSSLTool()
        defer { tool.remove() }
        let authority = try CertificateAuthority.generate(subject: CertificateSubject(commonName: "CA"), algorithm: .p256)
        let server = try authority.issueServerCertificate(
            subject: CertificateFixtures.kmsSubject, alternativeNames: [.ip("192.168.110.91"), .dns("kms.example.com")],
            algorithm: .p256)
        try tool.write("ca.crt", authority.certificate.pem)
        try tool.write("server.crt", server.certificate.pem)
        #expect(try tool.succeed(["verify", "-CAfile", "ca.crt", "-purpose", "sslserver", "server.crt"]).contains("server.crt: OK"))
        let client = try tool.run(["verify", "-CAfile", "ca.crt", "-purpose", "sslclient", "server.crt"])
        #expect(client.status != 0)
        let text = try tool.succeed(["x509", "-in", "server.crt", "-noout", "-text"])
        #expect(text.contains("TLS Web Server Authentication"))
        #expect(text.contains("IP Address:192.168.110.91"))
        #expect(text.contains("DNS:kms.example.com"))
        #expect(text.contains("Authority Key Identifier"))
        #expect(server.key.matches(server.certificate))
        #expect(server.certificate.serialNumber.count <= 40)
    }

    @Test func clientCertificateForAGivenPublicKeyVerifiesWithOpenSSL() throws {
        let tool = try OpenSSLTool()
        defer { tool.remove() }
        let authority = try CertificateAuthority.generate(subject: CertificateSubject(commonName: "CA"), algorithm: .p256)
        _ = try tool.succeed(["genrsa", "-out", "client.key", "2048"])
        _ = try tool.succeed(["pkey", "-in", "client.key", "-pubout", "-outform", "DER", "-out", "client.pub"])
        let publicKey = Array(try Data(contentsOf: URL(fileURLWithPath: tool.path("client.pub"))))
        let certificate = try authority.issueClientCertificate(
            subject: CertificateSubject(commonName: "domain-c8-clkp"), publicKeyInfo: publicKey)
        try tool.write("ca.crt", authority.certificate.pem)
        try tool.write("client.crt", certificate.pem)
        #expect(try tool.succeed(["verify", "-CAfile", "ca.crt", "-purpose", "sslclient", "client.crt"]).contains("client.crt: OK"))
        #expect(try PrivateKeyMaterial(pem: try tool.read("client.key")).matches(certificate))
        let fresh = try authority.issueClientCertificate(subject: CertificateSubject(commonName: "kmip-user"), algorithm: .p256)
        #expect(fresh.key.matches(fresh.certificate))
        #expect(throws: CertificateError.self) {
            _ = try authority.issueClientCertificate(subject: CertificateSubject(commonName: "x"), publicKeyInfo: [1, 2, 3])
        }
    }

    @Test func hasIssuedChecksSignatureAndValidityDates() throws {
        let authority = try CertificateAuthority.generate(subject: CertificateSubject(commonName: "CA"), algorithm: .p256)
        let impostor = try CertificateAuthority.generate(subject: CertificateSubject(commonName: "CA"), algorithm: .p256)
        let now = Date()
        let issued = try authority.issueClientCertificate(
            subject: CertificateSubject(commonName: "c"), algorithm: .p256, validityDays: 10, now: now)
        #expect(authority.hasIssued(issued.certificate, at: now.addingTimeInterval(60)))
        #expect(!impostor.hasIssued(issued.certificate, at: now.addingTimeInterval(60)))
        #expect(!authority.hasIssued(issued.certificate, at: now.addingTimeInterval(11 * 86_400)))
        #expect(!authority.hasIssued(issued.certificate, at: now.addingTimeInterval(-86_400)))
        let selfSigned = try IssuedCertificate.selfSignedClient(commonName: "c", algorithm: .p256)
        #expect(!authority.hasIssued(selfSigned.certificate, at: now))
    }

    @Test func keyUsagePropertiesReflectTheProfile() throws {
        let authority = try CertificateAuthority.generate(subject: CertificateSubject(commonName: "CA"), algorithm: .p256)
        let server = try authority.issueServerCertificate(
            subject: CertificateSubject(commonName: "kms"), alternativeNames: [.ip("127.0.0.1")], algorithm: .p256)
        let client = try authority.issueClientCertificate(subject: CertificateSubject(commonName: "vc"), algorithm: .p256)
        #expect(authority.certificate.isCertificateAuthority)
        #expect(!server.certificate.isCertificateAuthority)
        #expect(server.certificate.allowsServerAuthentication && !server.certificate.allowsClientAuthentication)
        #expect(client.certificate.allowsClientAuthentication && !client.certificate.allowsServerAuthentication)
        // The CA has no ExtendedKeyUsage, which restricts nothing.
        #expect(authority.certificate.allowsClientAuthentication)
    }

    @Test func storedAuthorityIsReloadedOnlyWithItsOwnKey() throws {
        let authority = try CertificateAuthority.generate(subject: CertificateSubject(commonName: "CA"), algorithm: .p256)
        let certificate = try CertificateInfo(pem: authority.certificate.pem)
        let key = try PrivateKeyMaterial(pem: authority.key.pem)
        #expect(try CertificateAuthority(certificate: certificate, key: key) == authority)
        #expect(throws: CertificateError.keyDoesNotMatch(keySource: "CA private key", subject: "CN=CA")) {
            _ = try CertificateAuthority(certificate: certificate, key: try PrivateKeyMaterial.generate(.p256))
        }
    }

    @Test func randomSerialsArePositiveAndAtMostTwentyOctets() throws {
        for _ in 0..<200 {
            let serial = Array(CertificateIssuance.randomSerial().bytes)
            #expect(serial.count <= 20)
            #expect((serial.first ?? 0) & 0x80 == 0)
        }
    }
}
