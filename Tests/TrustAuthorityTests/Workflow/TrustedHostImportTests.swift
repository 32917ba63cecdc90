import Foundation
import Testing
@testable import TrustAuthority

/// Steps 3 and 4: what the workload vCenter exports and the Trust Authority cluster imports (principals,
/// TPM CA certificates, endorsement keys, base images, attestation settings), with their errors.
@Suite struct TrustedHostImportTests {
    let lab: Lab
    let admin = WorkflowLab.taAdmin
    let cluster = WorkflowLab.cluster

    init() throws {
        lab = try WorkflowLab.fresh().lab
    }

    private func principalFile() throws -> [UInt8] {
        Array(try lab.trustedPrincipal(by: WorkflowLab.workloadAdmin).fileText.utf8)
    }

    @Test func thePrincipalFileIsImportedOnceAndFoundByItsFields() throws {
        let principal = try TrustedPrincipal(fileBytes: try principalFile(), source: "file 'principal.json'")
        let vCenter = try #require(lab.vCenter(at: WorkflowLab.workloadVCenter))
        #expect(principal.name == "vpxd-extension-\(vCenter.instanceUuid)" && principal.domain == "vsphere.local" && principal.type == .stsUser)
        #expect(principal.issuer == "https://192.168.210.23/websso/SAML2/Metadata/vsphere.local" && principal.issuerAlias == "192.168.210.23")
        #expect(principal.certificateChain == lab.authority(of: WorkflowLab.workloadVCenter)?.chain)
        try lab.importPrincipal(principal, into: cluster, by: admin)
        #expect(throws: LabError.principalExists(principal.issuer)) { try lab.importPrincipal(principal, into: cluster, by: admin) }
        #expect(try lab.principals(of: cluster, by: admin) == [principal])
        #expect(try lab.principals(of: cluster, matching: PrincipalFilter(names: [principal.name.uppercased()], domain: "VSPHERE.local"), by: admin) == [principal])
        #expect(try lab.principals(of: cluster, matching: PrincipalFilter(names: [principal.name], domain: "corp.local"), by: admin).isEmpty)
        #expect(try lab.principals(of: cluster, matching: PrincipalFilter(issuers: ["192.168.210.23"]), by: admin) == [principal])
        #expect(try lab.principals(of: cluster, matching: PrincipalFilter(ids: ["vsphere.local\\" + principal.name]), by: admin) == [principal])
        #expect(throws: LabError.domainWithoutName) { _ = try PrincipalFilter(domain: "vsphere.local") }
        try lab.removePrincipal(principal.issuer, from: cluster, by: admin)
        #expect(try lab.principals(of: cluster, by: admin).isEmpty)
        #expect(throws: LabError.principalNotFound(principal.issuer)) { try lab.removePrincipal(principal.issuer, from: cluster, by: admin) }
    }

    /// A chain whose CA certificate has the right name but another key does not verify.
    @Test func aPrincipalWhoseChainDoesNotVerifyIsRefused() throws {
        var principal = try lab.trustedPrincipal(by: WorkflowLab.workloadAdmin)
        let forged = try CertificateAuthority.generate(
            subject: CertificateSubject(commonName: "CA", organizationalUnit: "VMware Engineering", organization: WorkflowLab.workloadVCenter,
                                        state: "California", country: "US", domainComponents: ["vsphere", "local"]), algorithm: .p256)
        principal.certificateChain[1] = forged.certificate
        #expect {
            try lab.importPrincipal(principal, into: cluster, source: "file 'forged.json'", by: admin)
        } throws: { error in
            guard case .principalChainInvalid(let source, let reason)? = error as? LabError else { return false }
            return source == "file 'forged.json'" && reason.contains("ssoserverSign") && reason.contains("was not made by the key")
        }
        principal.certificateChain = [principal.certificateChain[0]]
        #expect {
            try lab.importPrincipal(principal, into: cluster, by: admin)
        } throws: { error in
            guard case .principalChainInvalid(_, let reason)? = error as? LabError else { return false }
            return reason.contains("not self-signed")
        }
        #expect(try lab.principals(of: cluster, by: admin).isEmpty)
    }

    @Test func aPrincipalFileOfAnotherKindIsRefused() throws {
        let servicesFile = Array(#"{"format": "vtash.trustAuthorityServicesInfo"}"#.utf8)
        #expect(throws: ArtifactError.wrongFormat(source: "file 'x.json'", expected: "trusted principal (Export-TrustedPrincipal)",
                                                  found: "vtash.trustAuthorityServicesInfo")) {
            try TrustedPrincipal(fileBytes: servicesFile, source: "file 'x.json'")
        }
        var text = String(decoding: try principalFile(), as: UTF8.self)
        text = text.replacingOccurrences(of: "\"STSUser\"", with: "\"Robot\"")
        #expect(throws: ArtifactError.invalidField(source: "file 'p.json'", field: "type", detail: "'Robot' is not STSUser or STSGroup")) {
            try TrustedPrincipal(fileBytes: Array(text.utf8), source: "file 'p.json'")
        }
    }

    @Test func tpmCACertificatesAreImportedFromPEMOrDERAndMustBeCAs() throws {
        let key = try lab.endorsementKey(ofHost: WorkflowLab.hosts[0], by: WorkflowLab.workloadAdmin)
        let endorsementCertificate = try #require(key.certificate)
        let ca = try lab.tpmCACertificate(issuerOf: endorsementCertificate)
        #expect(ca == lab.tpmManufacturers.first?.certificateAuthority.certificate)
        let fromDER = try Tpm2CACertificate(fileBytes: ca.rawData, name: nil, source: "file 'ca.cer'")
        let fromPEM = try Tpm2CACertificate(fileBytes: Array(ca.pem.utf8), name: "tpmca", source: "file 'ca.pem'")
        #expect(fromDER.certificateChain == [ca] && fromPEM.certificateChain == [ca] && fromPEM.name == "tpmca")
        try lab.importTpm2CACertificate(fromDER, into: cluster, by: admin)
        try lab.importTpm2CACertificate(fromPEM, into: cluster, by: admin)
        #expect(try lab.tpm2CACertificates(of: cluster, by: admin).map(\.name) == [fromDER.name, "tpmca"])
        #expect(try lab.tpm2CACertificates(of: cluster, named: ["TPMCA"], by: admin).map(\.name) == ["tpmca"])
        #expect(throws: LabError.tpmCACertificateExists("tpmca")) { try lab.importTpm2CACertificate(fromPEM, into: cluster, by: admin) }
        #expect(throws: LabError.notACACertificate(subject: endorsementCertificate.subject)) {
            try lab.importTpm2CACertificate(Tpm2CACertificate(name: "ek", certificateChain: [endorsementCertificate]), into: cluster, by: admin)
        }
        try lab.removeTpm2CACertificate("tpmca", from: cluster, by: admin)
        #expect(throws: LabError.tpmCACertificateNotFound("tpmca")) { try lab.removeTpm2CACertificate("tpmca", from: cluster, by: admin) }
        // An endorsement key certificate's issuer that no manufacturer of the lab has.
        let stranger = try CertificateAuthority.generate(subject: CertificateSubject(commonName: "Stranger"), algorithm: .p256)
        #expect(throws: LabError.noTPMManufacturerCA(subject: stranger.certificate.subject, issuer: stranger.certificate.issuer)) {
            try lab.tpmCACertificate(issuerOf: stranger.certificate)
        }
    }

    @Test func endorsementKeysAreImportedFromTheirFileByNameAndKey() throws {
        let key = try lab.endorsementKey(ofHost: WorkflowLab.hosts[0], by: WorkflowLab.workloadAdmin)
        let certificate = try #require(key.certificate)
        let imported = try Tpm2EndorsementKey(pem: key.pem, name: "ek-01", source: "file 'ek.pem'")
        #expect(imported.publicKey == key.publicKey && imported.certificate == key.certificate)
        try lab.importTpm2EndorsementKey(imported, into: cluster, by: admin)
        // Only the public key, or only the certificate, is a key too; the same key twice is refused.
        let keyOnly = try Tpm2EndorsementKey(pem: key.publicKeyPEM, name: "ek-again", source: "file 'k.pem'")
        #expect(keyOnly.certificate == nil)
        #expect(throws: LabError.endorsementKeyExists("ek-again")) { try lab.importTpm2EndorsementKey(keyOnly, into: cluster, by: admin) }
        let other = try lab.endorsementKey(ofHost: WorkflowLab.hosts[1], by: WorkflowLab.workloadAdmin)
        let certificateOnly = try Tpm2EndorsementKey(pem: try #require(other.certificate).pem, name: "ek-02", source: "file 'c.pem'")
        #expect(certificateOnly.publicKey == other.publicKey)
        try lab.importTpm2EndorsementKey(certificateOnly, into: cluster, by: admin)
        #expect(try lab.tpm2EndorsementKeys(of: cluster, by: admin).map(\.name) == ["ek-01", "ek-02"])
        // A certificate with another chip's public key is refused.
        #expect(throws: CertificateError.keyDoesNotMatch(keySource: "file 'mixed.pem'", subject: certificate.subject)) {
            try Tpm2EndorsementKey(pem: other.publicKeyPEM + certificate.pem, name: "mixed", source: "file 'mixed.pem'")
        }
        #expect(throws: CertificateError.wrongPEMContent(source: "file 'csr.pem'", expected: .certificate, found: "CERTIFICATE REQUEST")) {
            try Tpm2EndorsementKey(pem: "-----BEGIN CERTIFICATE REQUEST-----\nAAAA\n-----END CERTIFICATE REQUEST-----\n", name: "x", source: "file 'csr.pem'")
        }
        try lab.removeTpm2EndorsementKey("EK-01", from: cluster, by: admin)
        #expect(throws: LabError.endorsementKeyNotFound("ek-01")) { try lab.removeTpm2EndorsementKey("ek-01", from: cluster, by: admin) }
    }

    @Test func baseImagesComeFromTheImageDatabaseWithTheVersionReadInside() throws {
        let bytes = try lab.baseImageDatabase(ofHost: WorkflowLab.hosts[0], by: WorkflowLab.workloadAdmin).tgzBytes()
        let image = try lab.importBaseImage(try BaseImageDatabase(tgzBytes: bytes, source: "file 'esxi-01.tgz'"), into: cluster, by: admin)
        #expect(image == VMHostBaseImage(name: "ESXi-7.0.3-21930508-standard", version: "7.0.3", build: "21930508"))
        #expect(image.imageVersion == "7.0.3-21930508")
        #expect(throws: LabError.baseImageExists("7.0.3-21930508")) {
            try lab.importBaseImage(BaseImageDatabase(host: try lab.host(WorkflowLab.hosts[1], by: WorkflowLab.workloadAdmin)), into: cluster, by: admin)
        }
        try lab.importBaseImage(BaseImageDatabase(profileName: "ESXi-8.0.2-22380479-standard", version: "8.0.2", build: "22380479"),
                                into: cluster, by: admin)
        #expect(try lab.baseImages(of: cluster, by: admin).map(\.imageVersion) == ["7.0.3-21930508", "8.0.2-22380479"])
        try lab.removeBaseImage("ESXi-8.0.2-22380479-standard", from: cluster, by: admin)
        try lab.removeBaseImage("7.0.3-21930508", from: cluster, by: admin)
        #expect(throws: LabError.baseImageNotFound("7.0.3-21930508")) { try lab.removeBaseImage("7.0.3-21930508", from: cluster, by: admin) }
    }

    @Test func attestationSettingsDefaultToCertificateValidationAndChangeOneAtATime() throws {
        #expect(try lab.tpm2AttestationSettings(of: cluster, by: admin) == Tpm2AttestationSettings(requireEndorsementKey: false, requireCertificateValidation: true))
        #expect(try lab.setTpm2AttestationSettings(of: cluster, requireEndorsementKey: true, by: admin)
                == Tpm2AttestationSettings(requireEndorsementKey: true, requireCertificateValidation: true))
        #expect(try lab.setTpm2AttestationSettings(of: cluster, requireCertificateValidation: false, by: admin)
                == Tpm2AttestationSettings(requireEndorsementKey: true, requireCertificateValidation: false))
        #expect(try WorkflowLab.fresh().lab.tpm2AttestationSettings(of: cluster, by: admin).requireEndorsementKey == false)
    }
}
