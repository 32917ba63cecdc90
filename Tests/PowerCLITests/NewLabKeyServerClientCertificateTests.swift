import Foundation
import TestSupport
import Testing

/// `New-LabKeyServerClientCertificate [-KeyServer] <String> -CertificateFilePath <String> -PrivateKeyFilePath <String>
/// [-CommonName <String>] [-Force]`: the KMS issues a certificate and key for the provider (seed step 4, "KMS certificate
/// and private key upload"); the key file is born 0600.
@Suite struct NewLabKeyServerClientCertificateTests {
    static let fullyQualifiedClass = "Vtash.Lab.NewLabKeyServerClientCertificate"

    static func inScratch(_ scratch: ScratchDirectory) throws -> PowerCLITestShell {
        let session = try PowerCLITestShell()
        try session.shell.setLocation(scratch.path)
        return session
    }

    @Test func theKeyServerIssuesACertificateAndAPrivateKeyFile() throws {
        let scratch = try ScratchDirectory()
        let session = try Self.inScratch(scratch)
        let result = session.run("New-LabKeyServerClientCertificate -KeyServer 192.168.110.91 -CertificateFilePath kms.pem -PrivateKeyFilePath kms.key")
        #expect(result.output == [])
        #expect(result.errors == [])
        #expect(scratch.text("kms.pem")?.hasPrefix("-----BEGIN CERTIFICATE-----") == true)
        #expect(scratch.text("kms.key")?.hasPrefix("-----BEGIN PRIVATE KEY-----") == true)
        let mode = try FileManager.default.attributesOfItem(atPath: scratch.file("kms.key"))[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }

    @Test func theCommonNameIsTakenAndTheKeyServerBindsPositionally() throws {
        let scratch = try ScratchDirectory()
        let session = try Self.inScratch(scratch)
        session.run("New-LabKeyServerClientCertificate 192.168.110.91 -CertificateFilePath kms.pem -PrivateKeyFilePath kms.key -CommonName trust-authority-clkp")
        // The certificate's subject, read the way the provider reads it once uploaded.
        session.run(PowerCLITestShell.connect + "; " + PowerCLITestShell.createProvider)
        session.run("Set-TrustAuthorityKeyProviderClientCertificate -KeyProvider clkp -CertificateFilePath kms.pem -PrivateKeyFilePath kms.key")
        #expect(session.lab.provider(named: "clkp")?.clientCertificate?.subjectCommonName == "trust-authority-clkp")
    }

    @Test func anExistingKeyFileIsKeptWithoutForceAndReplacedWithIt() throws {
        let scratch = try ScratchDirectory()
        let session = try Self.inScratch(scratch)
        try scratch.write("old key", to: "kms.key")
        #expect(session.errorMessages("New-LabKeyServerClientCertificate 192.168.110.91 -CertificateFilePath kms.pem -PrivateKeyFilePath kms.key") ==
            ["New-LabKeyServerClientCertificate : The file '\(scratch.file("kms.key"))' already exists. Use -Force to overwrite it."])
        #expect(session.lastError() == ["FileExists," + Self.fullyQualifiedClass, "ResourceExists", "IOException"])
        #expect(scratch.text("kms.key") == "old key")
        #expect(scratch.text("kms.pem") == nil)
        #expect(session.run("New-LabKeyServerClientCertificate 192.168.110.91 -CertificateFilePath kms.pem -PrivateKeyFilePath kms.key -Force").errors == [])
        #expect(scratch.text("kms.key")?.hasPrefix("-----BEGIN PRIVATE KEY-----") == true)
    }

    // Issue 14: the key path naming a directory said "already exists"; .NET refuses access to a directory.
    @Test func aKeyPathThatIsADirectoryIsAccessDenied() throws {
        let scratch = try ScratchDirectory()
        let session = try Self.inScratch(scratch)
        try FileManager.default.createDirectory(atPath: scratch.file("keys"), withIntermediateDirectories: false)
        #expect(session.errorMessages("New-LabKeyServerClientCertificate 192.168.110.91 -CertificateFilePath kms.pem -PrivateKeyFilePath keys") ==
            ["New-LabKeyServerClientCertificate : Access to the path '\(scratch.file("keys"))' is denied."])
        #expect(session.lastError() == ["UnauthorizedAccess," + Self.fullyQualifiedClass, "PermissionDenied", "UnauthorizedAccessException"])
        #expect(scratch.text("kms.pem") == nil)
    }

    @Test func aKeyFolderThatRefusesTheFileIsAccessDenied() throws {
        let scratch = try ScratchDirectory()
        let session = try Self.inScratch(scratch)
        let path = try scratch.unwritableFolder() + "/kms.key"
        #expect(session.errorMessages("New-LabKeyServerClientCertificate 192.168.110.91 -CertificateFilePath kms.pem -PrivateKeyFilePath '\(path)'") ==
            ["New-LabKeyServerClientCertificate : Access to the path '\(path)' is denied."])
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func aKeyFolderThatDoesNotExistIsDirectoryNotFound() throws {
        let scratch = try ScratchDirectory()
        let session = try Self.inScratch(scratch)
        // Without -Force no folder is made for the key.
        #expect(session.errorMessages("New-LabKeyServerClientCertificate 192.168.110.91 -CertificateFilePath kms.pem -PrivateKeyFilePath missing/kms.key") ==
            ["New-LabKeyServerClientCertificate : Could not find a part of the path '\(scratch.file("missing/kms.key"))'."])
        #expect(session.lastError() == ["DirectoryNotFound," + Self.fullyQualifiedClass, "WriteError", "DirectoryNotFoundException"])
    }

    @Test func aServerTheLabDoesNotHaveIsRefused() throws {
        let scratch = try ScratchDirectory()
        let session = try Self.inScratch(scratch)
        #expect(session.errorMessages("New-LabKeyServerClientCertificate 10.9.9.9 -CertificateFilePath kms.pem -PrivateKeyFilePath kms.key") ==
            ["New-LabKeyServerClientCertificate : The lab has no key server at '10.9.9.9'. Get-LabKeyServer lists the key servers."])
        #expect(session.lastError() == ["LabKeyServerNotFound," + Self.fullyQualifiedClass, "ObjectNotFound", "LabException"])
        #expect(scratch.text("kms.key") == nil)
    }

    @Test func bothFilesAreMandatory() throws {
        let session = try PowerCLITestShell()
        #expect(session.errorMessages("New-LabKeyServerClientCertificate 192.168.110.91 -CertificateFilePath kms.pem") ==
            ["New-LabKeyServerClientCertificate : Cannot process command because of one or more missing mandatory parameters: PrivateKeyFilePath."])
    }
}
