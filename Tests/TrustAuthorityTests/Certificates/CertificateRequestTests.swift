import Foundation
import Testing

@testable import TrustAuthority

@Suite("CertificateRequest")
struct CertificateRequestTests {
    @Test func requestFromRSAKeyPassesOpenSSLVerifyAndAsksForClientAuth() throws {
        let tool = try OpenSSLTool()
        defer { tool.remove() }
        let key = try CertificateFixtures.rsaKey.get()
        let request = try CertificateRequest.create(key: key, subject: CertificateFixtures.kmsSubject)
        #expect(request.pem.hasPrefix("-----BEGIN CERTIFICATE REQUEST-----\n"))
        try tool.write("req.csr", request.pem)
        let verify = try tool.succeed(["req", "-in", "req.csr", "-verify", "-noout"])
        #expect(verify.contains("verify OK"))
        let text = try tool.succeed(["req", "-in", "req.csr", "-noout", "-text"])
        #expect(text.contains("TLS Web Client Authentication"))
        let subject = try tool.succeed(["req", "-in", "req.csr", "-noout", "-subject", "-nameopt", "RFC2253"])
        #expect(subject.contains("emailAddress=kms-admin@example.com,CN=192.168.110.91,OU=VMware Engineering,O=VMware,L=Palo Alto,ST=California,C=US"))
    }

    @Test func requestParsesBackWithSubjectKeyAndValidSignature() throws {
        let key = try PrivateKeyMaterial.generate(.p256)
        let request = try CertificateRequest.create(key: key, subject: CertificateSubject(commonName: "domain-c8-clkp", organization: "VMware"))
        let parsed = try CertificateRequest(pem: request.pem)
        #expect(parsed == request)
        #expect(parsed.subject == "CN=domain-c8-clkp, O=VMware")
        #expect(parsed.subjectCommonName == "domain-c8-clkp")
        #expect(parsed.isSignatureValid)
        #expect(parsed.matches(key))
        #expect(!parsed.matches(try PrivateKeyMaterial.generate(.p256)))
    }

    @Test func openSSLRequestSignedByOurAuthorityVerifiesWithOpenSSL() throws {
        let tool = try OpenSSLTool()
        defer { tool.remove() }
        let authority = try CertificateAuthority.generate(
            subject: CertificateSubject(commonName: "KMS Vendor CA", organization: "Vendor"), key: try CertificateFixtures.otherRSAKey.get())
        _ = try tool.succeed([
            "req", "-new", "-newkey", "rsa:2048", "-nodes", "-keyout", "client.key", "-out", "client.csr",
            "-subj", "/C=US/O=VMware/CN=domain-c8-clkp", "-addext", "subjectAltName=DNS:vc.example.com,IP:192.168.210.22",
        ])
        let request = try CertificateRequest(pem: try tool.read("client.csr"), source: "file 'client.csr'")
        let signed = try authority.sign(request, validityDays: 365)
        try tool.write("ca.crt", authority.certificate.pem)
        try tool.write("client.crt", signed.pem)
        let verify = try tool.succeed(["verify", "-CAfile", "ca.crt", "-purpose", "sslclient", "client.crt"])
        #expect(verify.contains("client.crt: OK"))
        #expect(signed.subject == "CN=domain-c8-clkp, O=VMware, C=US")
        #expect(signed.issuer == "CN=KMS Vendor CA, O=Vendor")
        #expect(signed.subjectAlternativeNames == ["vc.example.com", "192.168.210.22"])
        #expect(try PrivateKeyMaterial(pem: try tool.read("client.key")).matches(signed))
        #expect(authority.hasIssued(signed, at: Date()))
        let days = signed.notAfter.timeIntervalSince(signed.notBefore) / 86_400
        #expect(days == 365)
    }

    @Test func ourRequestSignedByOurAuthorityVerifiesWithOpenSSL() throws {
        let tool = try OpenSSLTool()
        defer { tool.remove() }
        let authority = try CertificateAuthority.generate(subject: CertificateSubject(commonName: "CA"), algorithm: .p256)
        let key = try CertificateFixtures.rsaKey.get()
        let request = try CertificateRequest.create(key: key, subject: CertificateSubject(commonName: "domain-c8-clkp"))
        let signed = try authority.sign(request)
        try tool.write("ca.crt", authority.certificate.pem)
        try tool.write("client.crt", signed.pem)
        #expect(try tool.succeed(["verify", "-CAfile", "ca.crt", "-purpose", "sslclient", "client.crt"]).contains("OK"))
        #expect(key.matches(signed))
    }

    @Test func tamperedRequestIsRefusedBeforeSigning() throws {
        let authority = try CertificateAuthority.generate(subject: CertificateSubject(commonName: "CA"), algorithm: .p256)
        let key = try PrivateKeyMaterial.generate(.p256)
        let request = try CertificateRequest.create(key: key, subject: CertificateSubject(commonName: "alice"))
        // Change one letter of the subject; the structure stays valid, the signature does not.
        var der = request.rawData
        let alice = Array("alice".utf8)
        let position = try #require(der.indices.first { der[$0...].starts(with: alice) })
        der[position] = UInt8(ascii: "m")
        let tampered = try CertificateRequest(der: der)
        #expect(tampered.subjectCommonName == "mlice")
        #expect(!tampered.isSignatureValid)
        #expect(throws: CertificateError.signingRequestSignatureInvalid(source: "file 'x.csr'")) {
            _ = try authority.sign(tampered, source: "file 'x.csr'")
        }
    }

    @Test func certificateWhereARequestIsExpectedIsAWrongContentError() throws {
        let issued = try IssuedCertificate.selfSignedClient(commonName: "c", algorithm: .p256)
        #expect(throws: CertificateError.wrongPEMContent(source: "input", expected: .signingRequest, found: "CERTIFICATE")) {
            _ = try CertificateRequest(pem: issued.certificate.pem)
        }
        let error = #expect(throws: CertificateError.self) {
            _ = try CertificateRequest(der: Array(issued.certificate.rawData.prefix(40)))
        }
        if case .malformedSigningRequest = error {} else { Issue.record("unexpected \(String(describing: error))") }
    }
}
