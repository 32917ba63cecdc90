import Foundation
import Testing
import TestSupport
@testable import TrustAuthority

/// The workflow's files read back by the real tools: openssl reads the TPM CA, endorsement key and principal
/// certificates and verifies their chains; tar lists the base image database; and vtash reads what
/// `tar czf` and `zip` make. (openssl, tar and zip are installed by Scripts/setup-system.)
@Suite struct ArtifactToolTests {
    let folder: ScratchFolder
    let workflow: WorkflowLab

    init() throws {
        folder = try ScratchFolder()
        workflow = try WorkflowLab.fresh()
    }

    private func openssl(_ arguments: [String]) throws -> String {
        let result = try ExternalTool("openssl").run(arguments, in: folder.url)
        #expect(result.status == 0, "openssl \(arguments.joined(separator: " ")): \(result.output)")
        return result.output
    }

    @Test func opensslReadsTheEndorsementKeyAndItsTPMCACertificateAndVerifiesTheChain() throws {
        defer { folder.remove() }
        let key = try workflow.lab.endorsementKey(ofHost: WorkflowLab.hosts[0], by: WorkflowLab.workloadAdmin)
        let certificate = try #require(key.certificate)
        let ca = try workflow.lab.tpmCACertificate(issuerOf: certificate)
        try folder.write("ek.pem", Array(key.pem.utf8))
        try folder.write("tpmca.pem", Array(ca.pem.utf8))
        let ekText = try openssl(["x509", "-in", "ek.pem", "-noout", "-text"])
        #expect(ekText.contains("Issuer: C = US, O = vtash Simulated TPM Manufacturer, CN = vtash Simulated TPM Manufacturer EK Root CA"))
        #expect(ekText.contains("2.23.133.8.1"))  // the TCG's EK certificate usage
        #expect(ekText.contains("Key Agreement") && ekText.contains("CA:FALSE"))
        let caText = try openssl(["x509", "-in", "tpmca.pem", "-noout", "-text"])
        #expect(caText.contains("CA:TRUE") && caText.contains("Certificate Sign"))
        // The file's public key block is the certificate's key.
        #expect(try openssl(["pkey", "-pubin", "-in", "ek.pem", "-pubout"]) == key.publicKeyPEM)
        #expect(try openssl(["x509", "-in", "ek.pem", "-noout", "-pubkey"]) == key.publicKeyPEM)
        #expect(try openssl(["verify", "-CAfile", "tpmca.pem", "ek.pem"]).contains("ek.pem: OK"))
    }

    @Test func opensslVerifiesThePrincipalsSigningChain() throws {
        defer { folder.remove() }
        let principal = try workflow.lab.trustedPrincipal(by: WorkflowLab.workloadAdmin)
        #expect(principal.certificateChain.count == 2)
        try folder.write("signing.pem", Array(principal.certificateChain[0].pem.utf8))
        try folder.write("vmca.pem", Array(principal.certificateChain[1].pem.utf8))
        let text = try openssl(["x509", "-in", "signing.pem", "-noout", "-text"])
        #expect(text.contains("Subject: C = US, O = 192.168.210.23, OU = VMware Engineering, CN = ssoserverSign"))
        #expect(text.contains("Digital Signature"))
        #expect(try openssl(["x509", "-in", "vmca.pem", "-noout", "-text"]).contains("DC = vsphere, DC = local"))
        #expect(try openssl(["verify", "-CAfile", "vmca.pem", "signing.pem"]).contains("signing.pem: OK"))
        // The principal file carries the same chain.
        let read = try TrustedPrincipal(fileBytes: Array(principal.fileText.utf8), source: "file 'principal.json'")
        #expect(read == principal)
    }

    @Test func tarListsTheBaseImageDatabaseAndVtashReadsItBack() throws {
        defer { folder.remove() }
        let database = try workflow.lab.baseImageDatabase(ofHost: WorkflowLab.hosts[1], by: WorkflowLab.workloadAdmin)
        let bytes = database.tgzBytes()
        try folder.write("esxi-02.tgz", bytes)
        let listing = try ExternalTool("tar").run(["tzf", "esxi-02.tgz"], in: folder.url)
        #expect(listing.status == 0, "\(listing.output)")
        let names = listing.output.split(separator: "\n").map(String.init)
        #expect(names.contains("var/db/esximg/profiles/ESXi-7.0.3-21930508-standard"))
        #expect(names.contains("var/db/esximg/vibs/esx-base--7.0.3-0.0.21930508.xml"))
        #expect(names.count == database.archive.entries.count)
        // tar extracts the profile with the version and build inside.
        let extract = try ExternalTool("tar").run(["xzf", "esxi-02.tgz"], in: folder.url)
        #expect(extract.status == 0, "\(extract.output)")
        let profile = try String(contentsOfFile: folder.path("var/db/esximg/profiles/ESXi-7.0.3-21930508-standard"), encoding: .utf8)
        #expect(profile.contains("<esxversion>7.0.3</esxversion>") && profile.contains("<esxbuild>21930508</esxbuild>"))
        #expect(try BaseImageDatabase(tgzBytes: bytes, source: "file 'esxi-02.tgz'") == database)
    }

    /// An image database that `tar czf` made (GNU tar, pax or GNU headers as it likes) is read too, long
    /// names included.
    @Test func aTarCzfArchiveWithAProfileIsABaseImage() throws {
        defer { folder.remove() }
        let deep = "var/db/esximg/profiles"
        // ustar holds names up to 100 bytes (plus a 155-byte folder prefix); GNU and pax have long-name records.
        let longName = "ESXi-8.0.2-22380479-standard-with-a-profile-name-longer-than-one-hundred-bytes-to-need-a-long-name-record-in-tar"
        for (format, name) in [("gnu", longName), ("pax", longName), ("ustar", "ESXi-8.0.2-22380479-standard")] {
            try FileManager.default.createDirectory(atPath: folder.path("\(format)/" + deep), withIntermediateDirectories: true)
            try Data("<imageprofile><name>\(name)</name><esxversion>8.0.2</esxversion><esxbuild>22380479</esxbuild></imageprofile>".utf8)
                .write(to: URL(fileURLWithPath: folder.path("\(format)/\(deep)/\(name)")))
            let made = try ExternalTool("tar").run(["--format=\(format)", "-czf", "\(format).tgz", "-C", format, "var"], in: folder.url)
            #expect(made.status == 0, "\(made.output)")
            let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: folder.path("\(format).tgz"))))
            let database = try BaseImageDatabase(tgzBytes: bytes, source: "file '\(format).tgz'")
            #expect(database == BaseImageDatabase(profileName: name, version: "8.0.2", build: "22380479"), "\(format)")
        }
    }

    @Test func filesThatAreNotBaseImagesAreClearErrors() throws {
        defer { folder.remove() }
        #expect(throws: ArtifactError.notGzip(source: "file 'a.tgz'")) {
            try BaseImageDatabase(tgzBytes: Array("just some text that is long enough".utf8), source: "file 'a.tgz'")
        }
        let notTar = Gzip.compress(Array(repeating: 0x41, count: 600))
        #expect {
            try BaseImageDatabase(tgzBytes: notTar, source: "file 'b.tgz'")
        } throws: { error in
            guard case .damagedTar(let source, let detail)? = error as? ArtifactError else { return false }
            return source == "file 'b.tgz'" && detail.contains("header at byte 0")
        }
        let truncated = Array(try workflow.lab.baseImageDatabase(ofHost: WorkflowLab.hosts[0], by: WorkflowLab.workloadAdmin).tgzBytes().dropLast(40))
        #expect {
            try BaseImageDatabase(tgzBytes: truncated, source: "file 'c.tgz'")
        } throws: { error in
            guard case .damagedGzip(let source, _)? = error as? ArtifactError else { return false }
            return source == "file 'c.tgz'"
        }
        try FileManager.default.createDirectory(atPath: folder.path("other/docs"), withIntermediateDirectories: true)
        try Data("hello".utf8).write(to: URL(fileURLWithPath: folder.path("other/docs/readme.txt")))
        #expect(try ExternalTool("tar").run(["-czf", "other.tgz", "-C", "other", "docs"], in: folder.url).status == 0)
        let other = Array(try Data(contentsOf: URL(fileURLWithPath: folder.path("other.tgz"))))
        #expect(throws: ArtifactError.notBaseImage(source: "file 'other.tgz'", detail: "it holds no image profile (var/db/esximg/profiles/<profile>)")) {
            try BaseImageDatabase(tgzBytes: other, source: "file 'other.tgz'")
        }
        #expect(ArtifactError.notBaseImage(source: "file 'other.tgz'", detail: "x").message.contains("Export-VMHostImageDb"))
    }

    /// A TPM CA bundle as vendors ship it, `<name>-00.crt … <name>-NN.crt` in a zip made by Info-ZIP
    /// (source of the naming: PowerCLI's help of New-TrustAuthorityTpm2CACertificate -FilePath).
    @Test func aZipOfCertificatesIsReadInNameOrderAndPutInChainOrder() throws {
        defer { folder.remove() }
        let root = try CertificateAuthority.generate(subject: CertificateSubject(commonName: "Vendor Root CA", organization: "Vendor", country: "US"),
                                                     algorithm: .p256)
        let intermediateKey = try PrivateKeyMaterial.generate(.p256)
        let intermediate = try root.issue(.authority, subject: CertificateSubject(commonName: "Vendor EK CA 01", organization: "Vendor").distinguishedName(),
                                          publicKey: intermediateKey.certificatePublicKey, alternativeNames: [], validityDays: 3650, now: Date())
        try folder.write("vendor-00.crt", Array(root.certificate.pem.utf8))
        try folder.write("vendor-01.crt", intermediate.rawData)  // DER, as .crt files often are
        let zipped = try ExternalTool("zip").run(["-q", "vendor.zip", "vendor-00.crt", "vendor-01.crt"], in: folder.url)
        #expect(zipped.status == 0, "\(zipped.output)")
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: folder.path("vendor.zip"))))
        let certificate = try Tpm2CACertificate(fileBytes: bytes, name: nil, source: "file 'vendor.zip'")
        #expect(certificate.certificateChain == [intermediate, root.certificate])
        // The default name is the subject key identifier of the first certificate, as openssl prints it.
        let identifier = try ExternalTool("openssl").run(["x509", "-in", "vendor-01.crt", "-inform", "DER", "-noout", "-ext", "subjectKeyIdentifier"],
                                      in: folder.url).output
        #expect(identifier.replacingOccurrences(of: ":", with: "").contains(certificate.name))
        #expect(throws: ArtifactError.damagedZip(source: "file 'bad.zip'", detail: "the end of the central directory is missing")) {
            try Tpm2CACertificate(fileBytes: Array(bytes.prefix(40)), name: nil, source: "file 'bad.zip'")
        }
    }
}
