import Foundation
import Testing
import X509

@testable import TrustAuthority

@Suite("TrustVerdict")
struct TrustVerdictTests {
    private let now = Date()

    private func authorityAndLeaf() throws -> (CertificateAuthority, CertificateInfo) {
        let authority = try CertificateAuthority.generate(
            subject: CertificateSubject(commonName: "KMS CA"), algorithm: .p256, now: now.addingTimeInterval(-86_400))
        let leaf = try authority.issueServerCertificate(
            subject: CertificateFixtures.kmsSubject, alternativeNames: [.ip("192.168.110.91")], algorithm: .p256,
            validityDays: 30, now: now)
        return (authority, leaf.certificate)
    }

    @Test func pinnedCertificateIsTrustedDirectly() throws {
        let (_, leaf) = try authorityAndLeaf()
        let verdict = TrustVerdict.verifyChain(leaf: leaf, trusted: [leaf], at: now)
        #expect(verdict == .trusted(.trustedDirectly))
        #expect(verdict.isTrusted)
        #expect(verdict.reason == "The certificate is in the trusted list.")
    }

    @Test func certificateSignedByTrustedIssuerIsTrustedWithinItsValidity() throws {
        let (authority, leaf) = try authorityAndLeaf()
        let other = try IssuedCertificate.selfSignedClient(commonName: "unrelated", algorithm: .p256).certificate
        let verdict = TrustVerdict.verifyChain(leaf: leaf, trusted: [other, authority.certificate], at: now.addingTimeInterval(60))
        #expect(verdict == .trusted(.issuedBy("CN=KMS CA")))
    }

    @Test func expiredAndNotYetValidCertificatesAreRejectedWithTheirDates() throws {
        let (authority, leaf) = try authorityAndLeaf()
        let late = TrustVerdict.verifyChain(leaf: leaf, trusted: [authority.certificate], at: now.addingTimeInterval(31 * 86_400))
        #expect(late == .untrusted(.expired(notAfter: leaf.notAfter)))
        #expect(late.reason.hasPrefix("The certificate expired on "))
        let early = TrustVerdict.verifyChain(leaf: leaf, trusted: [authority.certificate], at: now.addingTimeInterval(-3600))
        #expect(early == .untrusted(.notYetValid(notBefore: leaf.notBefore)))
        #expect(!early.isTrusted)
    }

    @Test func unknownIssuerIsNamedInTheReason() throws {
        let (_, leaf) = try authorityAndLeaf()
        let verdict = TrustVerdict.verifyChain(leaf: leaf, trusted: [], at: now)
        #expect(verdict == .untrusted(.unknownIssuer(issuer: "CN=KMS CA")))
        #expect(verdict.reason.contains("'CN=KMS CA' is not trusted"))
    }

    @Test func issuerWithTheSameNameButAnotherKeyIsASignatureFailure() throws {
        let (_, leaf) = try authorityAndLeaf()
        let impostor = try CertificateAuthority.generate(subject: CertificateSubject(commonName: "KMS CA"), algorithm: .p256)
        let verdict = TrustVerdict.verifyChain(leaf: leaf, trusted: [impostor.certificate], at: now)
        #expect(verdict == .untrusted(.signatureInvalid(issuer: "CN=KMS CA")))
    }

    @Test func issuerNameEncodedWithAnotherStringTypeIsStillFoundBySignature() throws {
        let authority = try CertificateAuthority.generate(
            subject: CertificateSubject(commonName: "KMS CA"), algorithm: .p256, now: now.addingTimeInterval(-60))
        // Same text as the CA's UTF8String CN, but as a PrintableString: the bytes differ.
        let printableIssuer = try DistinguishedName([
            RelativeDistinguishedName.Attribute(type: .RDNAttributeType.commonName, printableString: "KMS CA")
        ])
        let leafKey = try PrivateKeyMaterial.generate(.p256)
        let leaf = try CertificateIssuance.issue(
            profile: .server, subject: try CertificateFixtures.kmsSubject.distinguishedName(),
            publicKey: leafKey.certificatePublicKey, alternativeNames: [], issuer: printableIssuer,
            issuerKey: authority.key, issuerPublicKey: authority.key.certificatePublicKey, serial: nil,
            notBefore: now, validityDays: 5)
        #expect(leaf.issuer == authority.certificate.subject)
        let verdict = TrustVerdict.verifyChain(leaf: leaf, trusted: [authority.certificate], at: now.addingTimeInterval(60))
        #expect(verdict == .trusted(.issuedBy("CN=KMS CA")))
    }

    @Test func shortRSALeafSignedByTrustedAuthorityIsStillChecked() throws {
        let tool = try OpenSSLTool()
        defer { tool.remove() }
        let authority = try CertificateAuthority.generate(
            subject: CertificateSubject(commonName: "KMS CA"), key: try CertificateFixtures.rsaKey.get(),
            now: now.addingTimeInterval(-86_400))
        try tool.write("ca.crt", authority.certificate.pem)
        try tool.write("ca.key", authority.key.pem)
        _ = try tool.succeed([
            "req", "-new", "-newkey", "rsa:1024", "-nodes", "-keyout", "weak.key", "-out", "weak.csr", "-subj", "/CN=legacy-kms",
        ])
        _ = try tool.succeed([
            "x509", "-req", "-in", "weak.csr", "-CA", "ca.crt", "-CAkey", "ca.key", "-CAcreateserial",
            "-days", "5", "-sha256", "-out", "weak.crt",
        ])
        let leaf = try CertificateInfo(pem: try tool.read("weak.crt"))
        let later = leaf.notBefore.addingTimeInterval(60)
        #expect(TrustVerdict.verifyChain(leaf: leaf, trusted: [authority.certificate], at: later) == .trusted(.issuedBy("CN=KMS CA")))
        #expect(authority.hasIssued(leaf, at: later))
    }
}
