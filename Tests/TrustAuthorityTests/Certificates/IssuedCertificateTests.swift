import Foundation
import Testing

@testable import TrustAuthority

@Suite("IssuedCertificate")
struct IssuedCertificateTests {
    @Test func selfSignedClientCertificatePassesOpenSSLSSLClientVerification() throws {
        let tool = try OpenSSLTool()
        defer { tool.remove() }
        let key = try CertificateFixtures.rsaKey.get()
        let issued = try IssuedCertificate.selfSignedClient(commonName: "domain-c8-clkp", key: key)
        try tool.write("client.crt", issued.certificate.pem)
        try tool.write("client.key", issued.key.pem)
        let verify = try tool.succeed(["verify", "-CAfile", "client.crt", "-purpose", "sslclient", "client.crt"])
        #expect(verify.contains("client.crt: OK"))
        let text = try tool.succeed(["x509", "-in", "client.crt", "-noout", "-text"])
        #expect(text.contains("CA:FALSE"))
        #expect(text.contains("Digital Signature, Key Encipherment"))
        #expect(text.contains("TLS Web Client Authentication"))
        #expect(text.contains("DNS:domain-c8-clkp"))
        #expect(text.contains("Public-Key: (2048 bit)"))
        #expect(issued.certificate.subject == "CN=domain-c8-clkp")
        #expect(issued.key.matches(issued.certificate))
        // The key file and the certificate belong together for openssl too.
        let keyModulus = try tool.succeed(["rsa", "-in", "client.key", "-noout", "-modulus"])
        let certificateModulus = try tool.succeed(["x509", "-in", "client.crt", "-noout", "-modulus"])
        #expect(keyModulus == certificateModulus)
    }

    @Test func defaultSelfSignedClientUsesAFreshRSA2048Key() throws {
        let issued = try IssuedCertificate.selfSignedClient(commonName: "kp")
        #expect(issued.key.algorithm == .rsa2048)
        #expect(issued.certificate.subjectAlternativeNames == ["kp"])
        let days = issued.certificate.notAfter.timeIntervalSince(issued.certificate.notBefore) / 86_400
        #expect(days == 3650)
    }

    @Test func commonNameThatIsAnAddressBecomesAnIPAlternativeName() throws {
        let key = try PrivateKeyMaterial.generate(.p256)
        let byAddress = try IssuedCertificate.selfSignedClient(commonName: "192.168.210.22", key: key)
        #expect(byAddress.certificate.subjectAlternativeNames == ["192.168.210.22"])
        let withSpace = try IssuedCertificate.selfSignedClient(commonName: "my key provider", key: key)
        #expect(withSpace.certificate.subjectAlternativeNames.isEmpty)
        #expect(withSpace.certificate.subjectCommonName == "my key provider")
    }

    @Test func pairLoadedFromPEMIsCheckedForMatchingKey() throws {
        let mine = try IssuedCertificate.selfSignedClient(commonName: "a", algorithm: .p256)
        let other = try IssuedCertificate.selfSignedClient(commonName: "b", algorithm: .p256)
        let loaded = try IssuedCertificate(certificatePEM: mine.certificate.pem, keyPEM: mine.key.pem)
        #expect(loaded == mine)
        #expect(throws: CertificateError.keyDoesNotMatch(keySource: "file 'b.key'", subject: "CN=a")) {
            _ = try IssuedCertificate(certificatePEM: mine.certificate.pem, keyPEM: other.key.pem, keySource: "file 'b.key'")
        }
    }

    @Test func emptyCommonNameAndBadValidityAreNamedInTheError() throws {
        let key = try PrivateKeyMaterial.generate(.p256)
        #expect(throws: CertificateError.invalidName(detail: "the common name (CN) is empty")) {
            _ = try IssuedCertificate.selfSignedClient(commonName: "", key: key)
        }
        #expect(throws: CertificateError.invalidValidity(days: 0)) {
            _ = try IssuedCertificate.selfSignedClient(commonName: "x", key: key, validityDays: 0)
        }
        let badCountry = CertificateSubject(commonName: "x", country: "USA")
        let error = #expect(throws: CertificateError.self) {
            _ = try IssuedCertificate.selfSignedClient(commonName: "x", subject: badCountry, key: key)
        }
        #expect(error?.message == "The distinguished name is not valid: the country (C) must be a two-letter code such as US, not 'USA'.")
    }
}
