import Foundation
import Testing

@testable import TrustAuthority

/// Garbage, truncated and mislabelled input gives typed errors with a message, never a crash.
@Suite("Malformed certificate input")
struct MalformedInputTests {
    @Test func textWithoutPEMSaysWhatWasExpected() throws {
        let error = #expect(throws: CertificateError.self) {
            _ = try CertificateInfo(pem: "hello world", source: "file 'x.pem'")
        }
        #expect(error?.message == "The file 'x.pem' does not contain a PEM certificate.")
    }

    @Test func privateKeyWhereACertificateIsExpectedNamesTheBlock() throws {
        let key = try PrivateKeyMaterial.generate(.p256)
        let error = #expect(throws: CertificateError.self) {
            _ = try CertificateInfo(pem: key.pem, source: "file 'kms.pem'")
        }
        #expect(error == .wrongPEMContent(source: "file 'kms.pem'", expected: .certificate, found: "PRIVATE KEY"))
        #expect(error?.message.contains("contains a PEM 'PRIVATE KEY' block, not a certificate") == true)
    }

    @Test func truncatedPEMIsADamagedBlock() throws {
        let certificate = try IssuedCertificate.selfSignedClient(commonName: "c", algorithm: .p256).certificate
        let lines = certificate.pem.split(separator: "\n")
        let withoutEnd = lines.dropLast().joined(separator: "\n")
        #expect(throws: CertificateError.damagedPEM(source: "input", detail: "'-----END CERTIFICATE-----' is missing")) {
            _ = try CertificateInfo(pem: withoutEnd)
        }
        // Lines missing from the middle: still base64, but the DER is cut short.
        let cut = ([lines[0]] + lines[1...2] + [lines[lines.count - 1]]).joined(separator: "\n")
        let error = #expect(throws: CertificateError.self) { _ = try CertificateInfo(pem: cut) }
        switch error {
        case .malformedCertificate?, .damagedPEM?: break
        default: Issue.record("unexpected \(String(describing: error))")
        }
        let notBase64 = "-----BEGIN CERTIFICATE-----\n@@@@\n-----END CERTIFICATE-----\n"
        #expect(throws: CertificateError.damagedPEM(source: "input", detail: "the 'CERTIFICATE' block is not valid base64")) {
            _ = try CertificateInfo(pem: notBase64)
        }
        let mismatched = "-----BEGIN CERTIFICATE-----\nAAAA\n-----END PRIVATE KEY-----\n"
        #expect(throws: CertificateError.self) { _ = try CertificateInfo(pem: mismatched) }
    }

    @Test func everyPrefixAndEveryFlippedByteOfACertificateIsHandled() throws {
        let der = try IssuedCertificate.selfSignedClient(commonName: "fuzz", algorithm: .p256).certificate.rawData
        for length in 0..<der.count {
            #expect(throws: CertificateError.self) { _ = try CertificateInfo(der: Array(der.prefix(length))) }
        }
        let original = try CertificateInfo(der: der)
        for index in der.indices {
            var changed = der
            changed[index] ^= 0xFF
            // Either refused with a typed error or parsed as a different certificate.
            if let parsed = try? CertificateInfo(der: changed) {
                #expect(parsed.thumbprint != original.thumbprint)
                #expect(TrustVerdict.verifyChain(leaf: parsed, trusted: [original], at: Date()) != .trusted(.trustedDirectly))
            }
            // A certificate, damaged or not, is never read as a certificate signing request.
            #expect(throws: CertificateError.self) { _ = try CertificateRequest(der: changed) }
        }
    }

    @Test func randomBytesAreRefusedAsCertificatesKeysAndRequests() throws {
        var generator = SplitMix64(seed: 0xCE27_F00D)
        for size in [0, 1, 2, 16, 300] {
            let bytes = (0..<size).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
            #expect(throws: CertificateError.self) { _ = try CertificateInfo(der: bytes) }
            #expect(throws: CertificateError.self) { _ = try CertificateRequest(der: bytes) }
            let pem = PEMBlock.encode(label: "PRIVATE KEY", der: bytes.isEmpty ? [0] : bytes)
            #expect(throws: CertificateError.self) { _ = try PrivateKeyMaterial(pem: pem) }
        }
    }

    @Test func deeplyNestedDERDoesNotExhaustTheStack() throws {
        // 10 000 nested SEQUENCE headers with long-form lengths.
        var der: [UInt8] = []
        let depth = 10_000
        for level in 0..<depth {
            let remaining = (depth - level - 1) * 4
            der += [0x30, 0x82, UInt8((remaining >> 8) & 0xFF), UInt8(remaining & 0xFF)]
        }
        #expect(throws: CertificateError.self) { _ = try CertificateInfo(der: der) }
    }
}
