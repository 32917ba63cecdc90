import Foundation
import TestSupport
import Testing

/// `Approve-LabKeyServerCertificateRequest [-KeyServer] <String> -CsrFilePath <String> -OutFile <String>`: the KMS vendor
/// signs the provider's CSR (seed step 4, "New CSR": "the KMS vendor signs it").
@Suite struct ApproveLabKeyServerCertificateRequestTests {
    static let fullyQualifiedClass = "Vtash.Lab.ApproveLabKeyServerCertificateRequest"

    /// `clkp` with a CSR saved to clkp.csr in `scratch`.
    static func withRequest(_ scratch: ScratchDirectory) throws -> PowerCLITestShell {
        let session = try PowerCLITestShell.withProvider()
        try session.shell.setLocation(scratch.path)
        session.run("New-TrustAuthorityKeyProviderClientCertificateCSR -KeyProvider $kp | Set-Content clkp.csr")
        return session
    }

    @Test func theKeyServersCASignsTheRequestIntoTheOutFile() throws {
        let scratch = try ScratchDirectory()
        let session = try Self.withRequest(scratch)
        let result = session.run("Approve-LabKeyServerCertificateRequest -KeyServer 192.168.110.91 -CsrFilePath clkp.csr -OutFile signed.pem")
        #expect(result.output == [])
        #expect(result.errors == [])
        let signed = try #require(scratch.text("signed.pem"))
        #expect(signed.hasPrefix("-----BEGIN CERTIFICATE-----"))
        // Signed by the key server's CA, for the request's key: the provider takes it without a private key.
        #expect(session.run("Set-TrustAuthorityKeyProviderClientCertificate -KeyProvider $kp -CertificateFilePath signed.pem").errors == [])
        let issuer = session.lab.keyServers.first { $0.address == "192.168.110.91" }?.certificateAuthority.certificate.subject
        #expect(session.lab.provider(named: "clkp")?.clientCertificate?.issuer == issuer)
    }

    @Test func theKeyServerBindsPositionallyAndTheOutFileFolderIsMade() throws {
        let scratch = try ScratchDirectory()
        let session = try Self.withRequest(scratch)
        #expect(session.run("Approve-LabKeyServerCertificateRequest 192.168.110.91 -CsrFilePath clkp.csr -OutFile out/signed.pem").errors == [])
        #expect(scratch.text("out/signed.pem") != nil)
    }

    @Test func aFileWithoutARequestIsRefused() throws {
        let scratch = try ScratchDirectory()
        let session = try Self.withRequest(scratch)
        try scratch.write("not a request", to: "bad.csr")
        #expect(session.errorMessages("Approve-LabKeyServerCertificateRequest 192.168.110.91 -CsrFilePath bad.csr -OutFile signed.pem") ==
            ["Approve-LabKeyServerCertificateRequest : The file 'bad.csr' does not contain a PEM certificate signing request."])
        #expect(session.lastError() == ["LabInvalidCertificateRequest," + Self.fullyQualifiedClass, "InvalidData", "LabException"])
        #expect(scratch.text("signed.pem") == nil)
    }

    @Test func anOutFileThatIsADirectoryIsAccessDenied() throws {
        let scratch = try ScratchDirectory()
        let session = try Self.withRequest(scratch)
        try FileManager.default.createDirectory(atPath: scratch.file("signed.pem"), withIntermediateDirectories: false)
        #expect(session.errorMessages("Approve-LabKeyServerCertificateRequest 192.168.110.91 -CsrFilePath clkp.csr -OutFile signed.pem") ==
            ["Approve-LabKeyServerCertificateRequest : Access to the path '\(scratch.file("signed.pem"))' is denied."])
        #expect(session.lastError() == ["UnauthorizedAccess," + Self.fullyQualifiedClass, "PermissionDenied", "UnauthorizedAccessException"])
    }

    @Test func aServerTheLabDoesNotHaveIsRefused() throws {
        let scratch = try ScratchDirectory()
        let session = try Self.withRequest(scratch)
        #expect(session.errorMessages("Approve-LabKeyServerCertificateRequest 10.9.9.9 -CsrFilePath clkp.csr -OutFile signed.pem") ==
            ["Approve-LabKeyServerCertificateRequest : The lab has no key server at '10.9.9.9'. Get-LabKeyServer lists the key servers."])
        #expect(session.lastError() == ["LabKeyServerNotFound," + Self.fullyQualifiedClass, "ObjectNotFound", "LabException"])
        #expect(scratch.text("signed.pem") == nil)
    }

    @Test func theFilesAreMandatory() throws {
        let session = try PowerCLITestShell()
        #expect(session.errorMessages("Approve-LabKeyServerCertificateRequest 192.168.110.91 -CsrFilePath clkp.csr") ==
            ["Approve-LabKeyServerCertificateRequest : Cannot process command because of one or more missing mandatory parameters: OutFile."])
    }
}
