import Foundation
import Testing

@testable import TrustAuthority

@Suite("PrivateKeyMaterial")
struct PrivateKeyMaterialTests {
    @Test(arguments: [KeyAlgorithm.rsa2048, .p256])
    func generatedKeyIsWrittenAsPKCS8ThatOpenSSLChecks(algorithm: KeyAlgorithm) throws {
        let tool = try OpenSSLTool()
        defer { tool.remove() }
        let key = algorithm == .rsa2048 ? try CertificateFixtures.rsaKey.get() : try PrivateKeyMaterial.generate(algorithm)
        #expect(key.algorithm == algorithm)
        #expect(key.pem.hasPrefix("-----BEGIN PRIVATE KEY-----\n"))
        #expect(key.pem.hasSuffix("-----END PRIVATE KEY-----\n"))
        try tool.write("key.pem", key.pem)
        let output = try tool.succeed(["pkey", "-in", "key.pem", "-check", "-noout"])
        #expect(output.contains("Key is valid"))
        #expect(try PrivateKeyMaterial(pem: key.pem) == key)
    }

    /// Our P-256 keys are made from a random scalar (PrivateKeyMaterial.randomP256Key): openssl must find each
    /// valid and derive the same public key from it, and no two may be alike.
    @Test func generatedP256KeysAreValidDistinctAndCarryTheirOwnPublicKey() throws {
        let tool = try OpenSSLTool()
        defer { tool.remove() }
        var seen: Set<[UInt8]> = []
        for index in 0..<4 {
            let key = try PrivateKeyMaterial.generate(.p256)
            try tool.write("key\(index).pem", key.pem)
            #expect(try tool.succeed(["pkey", "-in", "key\(index).pem", "-check", "-noout"]).contains("Key is valid"))
            _ = try tool.succeed(["pkey", "-in", "key\(index).pem", "-pubout", "-outform", "DER", "-out", "pub\(index).der"])
            #expect(key.publicKeyInfo == Array(try Data(contentsOf: URL(fileURLWithPath: tool.path("pub\(index).der")))))
            seen.insert(key.publicKeyInfo)
        }
        #expect(seen.count == 4)
    }

    @Test func openSSLRSAKeysLoadInPKCS1AndPKCS8() throws {
        let tool = try OpenSSLTool()
        defer { tool.remove() }
        _ = try tool.succeed(["genrsa", "-out", "pkcs8.pem", "2048"])
        _ = try tool.succeed(["pkey", "-in", "pkcs8.pem", "-traditional", "-out", "pkcs1.pem"])
        let pkcs1Text = try tool.read("pkcs1.pem")
        #expect(pkcs1Text.hasPrefix("-----BEGIN RSA PRIVATE KEY-----"))
        let pkcs8 = try PrivateKeyMaterial(pem: try tool.read("pkcs8.pem"))
        let pkcs1 = try PrivateKeyMaterial(pem: pkcs1Text)
        #expect(pkcs8.algorithm == .rsa2048)
        #expect(pkcs1 == pkcs8)
        // Our public half equals openssl's.
        _ = try tool.succeed(["pkey", "-in", "pkcs8.pem", "-pubout", "-outform", "DER", "-out", "pub.der"])
        let publicDER = Array(try Data(contentsOf: URL(fileURLWithPath: tool.path("pub.der"))))
        #expect(pkcs8.publicKeyInfo == publicDER)
    }

    @Test func openSSLECKeyWithParametersBlockFirstLoads() throws {
        let tool = try OpenSSLTool()
        defer { tool.remove() }
        _ = try tool.succeed(["ecparam", "-name", "prime256v1", "-genkey", "-out", "ec.pem"])
        let text = try tool.read("ec.pem")
        #expect(text.hasPrefix("-----BEGIN EC PARAMETERS-----"))
        #expect(text.contains("-----BEGIN EC PRIVATE KEY-----"))
        let key = try PrivateKeyMaterial(pem: text)
        #expect(key.algorithm == .p256)
        _ = try tool.succeed(["pkey", "-in", "ec.pem", "-pubout", "-outform", "DER", "-out", "pub.der"])
        #expect(key.publicKeyInfo == Array(try Data(contentsOf: URL(fileURLWithPath: tool.path("pub.der")))))
    }

    @Test func keyMatchesItsOwnCertificateAndNotACrossedOne() throws {
        let tool = try OpenSSLTool()
        defer { tool.remove() }
        for (name, algorithm) in [("rsa", "rsa:2048"), ("ec", "ec")] {
            var arguments = ["req", "-x509", "-newkey", algorithm, "-nodes", "-keyout", "\(name).key",
                             "-out", "\(name).crt", "-days", "2", "-subj", "/CN=\(name)"]
            if name == "ec" { arguments += ["-pkeyopt", "ec_paramgen_curve:P-256"] }
            _ = try tool.succeed(arguments)
        }
        let rsaKey = try PrivateKeyMaterial(pem: try tool.read("rsa.key"))
        let rsaCertificate = try CertificateInfo(pem: try tool.read("rsa.crt"))
        let ecKey = try PrivateKeyMaterial(pem: try tool.read("ec.key"))
        let ecCertificate = try CertificateInfo(pem: try tool.read("ec.crt"))
        #expect(rsaKey.matches(rsaCertificate))
        #expect(ecKey.matches(ecCertificate))
        #expect(!rsaKey.matches(ecCertificate))
        #expect(!ecKey.matches(rsaCertificate))
        let otherRSA = try CertificateFixtures.otherRSAKey.get()
        #expect(!otherRSA.matches(rsaCertificate))
    }

    @Test func encryptedKeysAreRefusedWithTheDecryptHint() throws {
        let tool = try OpenSSLTool()
        defer { tool.remove() }
        _ = try tool.succeed(["genrsa", "-out", "plain.pem", "2048"])
        _ = try tool.succeed(["pkey", "-in", "plain.pem", "-aes256", "-passout", "pass:secret", "-out", "pkcs8enc.pem"])
        _ = try tool.succeed(["pkey", "-in", "plain.pem", "-traditional", "-aes128", "-passout", "pass:secret", "-out", "legacyenc.pem"])
        #expect(try tool.read("pkcs8enc.pem").contains("ENCRYPTED PRIVATE KEY"))
        #expect(try tool.read("legacyenc.pem").contains("Proc-Type: 4,ENCRYPTED"))
        for file in ["pkcs8enc.pem", "legacyenc.pem"] {
            let error = #expect(throws: CertificateError.self) {
                _ = try PrivateKeyMaterial(pem: try tool.read(file), source: "file '\(file)'")
            }
            #expect(error == .encryptedPrivateKey(source: "file '\(file)'"))
            #expect(error?.message.contains("encrypted private keys are not supported; decrypt it with openssl pkey first") == true)
        }
    }

    @Test func shortRSAAndOtherCurvesAreUnsupportedKeys() throws {
        let tool = try OpenSSLTool()
        defer { tool.remove() }
        _ = try tool.succeed(["genrsa", "-out", "weak.pem", "1024"])
        _ = try tool.succeed(["genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-384", "-out", "p384.pem"])
        _ = try tool.succeed(["ecparam", "-name", "secp384r1", "-genkey", "-noout", "-out", "p384sec1.pem"])
        #expect(throws: CertificateError.unsupportedKey(source: "input", detail: "RSA with 1024 bits")) {
            _ = try PrivateKeyMaterial(pem: try tool.read("weak.pem"))
        }
        #expect(throws: CertificateError.unsupportedKey(source: "input", detail: "an EC key on curve P-384")) {
            _ = try PrivateKeyMaterial(pem: try tool.read("p384.pem"))
        }
        #expect(throws: CertificateError.unsupportedKey(source: "input", detail: "an EC key on curve P-384")) {
            _ = try PrivateKeyMaterial(pem: try tool.read("p384sec1.pem"))
        }
    }

    @Test func certificateWhereAKeyIsExpectedNamesWhatWasFound() throws {
        let issued = try IssuedCertificate.selfSignedClient(commonName: "c", algorithm: .p256)
        #expect(throws: CertificateError.wrongPEMContent(source: "file 'c.pem'", expected: .privateKey, found: "CERTIFICATE")) {
            _ = try PrivateKeyMaterial(pem: issued.certificate.pem, source: "file 'c.pem'")
        }
        #expect(throws: CertificateError.noPEMBlock(source: "input", expected: .privateKey)) {
            _ = try PrivateKeyMaterial(pem: "not a key")
        }
    }

    @Test func damagedKeyBodyIsAMalformedKeyError() throws {
        let key = try PrivateKeyMaterial.generate(.p256)
        let der = Array(Data(base64Encoded: key.pem.split(separator: "\n").dropFirst().dropLast().joined()) ?? Data())
        let damaged = PEMBlock.encode(label: "PRIVATE KEY", der: Array(der.prefix(der.count / 2)))
        let error = #expect(throws: CertificateError.self) { _ = try PrivateKeyMaterial(pem: damaged) }
        if case .malformedPrivateKey = error {} else { Issue.record("unexpected error \(String(describing: error))") }
    }
}
