import Foundation
import TestSupport
import Testing

/// `Export-TrustAuthorityKeyProviderClientCertificate -FilePath <String> -KeyProvider <TrustAuthorityKeyProvider> [-Force]`
/// (reference §3; seed step 4: `... -KeyProvider $kp -FilePath clientcert.pem`).
///
/// Files that cannot be written fail as .NET's file APIs do (dotnet/corefx Win32Marshal.GetExceptionForWin32Error:
/// ERROR_PATH_NOT_FOUND → DirectoryNotFoundException "Could not find a part of the path '{0}'.", ERROR_ACCESS_DENIED
/// → UnauthorizedAccessException "Access to the path '{0}' is denied."; Windows answers ERROR_ACCESS_DENIED both for
/// a folder that refuses the file and for a path that is a directory: "UnauthorizedAccessException is typically
/// thrown when a request is made to write to a read-only file, or a file I/O operation is requested on a
/// directory", ECMA-335 class library docs of System.UnauthorizedAccessException).
@Suite struct ExportTrustAuthorityKeyProviderClientCertificateTests {
    static let fullyQualifiedClass = "VMware.VimAutomation.Security.Commands.Cmdlets.TrustedInfrastructure.ExportTrustAuthorityKeyProviderClientCertificate"

    static func withCertificate() throws -> PowerCLITestShell {
        let session = try PowerCLITestShell.withProvider()
        session.run("New-TrustAuthorityKeyProviderClientCertificate -KeyProvider $kp")
        return session
    }

    @Test func theCertificateIsWrittenAsPemAndNothingIsPrinted() throws {
        let session = try Self.withCertificate()
        let scratch = try ScratchDirectory()
        try session.shell.setLocation(scratch.path)
        let result = session.run("Export-TrustAuthorityKeyProviderClientCertificate -KeyProvider $kp -FilePath clientcert.pem")
        #expect(result.output == [])
        #expect(result.errors == [])
        let stored = try #require(session.lab.provider(named: "clkp")?.clientCertificate)
        #expect(scratch.text("clientcert.pem") == stored.pem)
        #expect(scratch.text("clientcert.pem")?.hasPrefix("-----BEGIN CERTIFICATE-----") == true)
    }

    @Test func theProviderBindsByNameAndFromThePipeline() throws {
        let session = try Self.withCertificate()
        let scratch = try ScratchDirectory()
        let result = session.run("""
        Export-TrustAuthorityKeyProviderClientCertificate -KeyProvider clkp -FilePath '\(scratch.file("byname.pem"))'
        $kp | Export-TrustAuthorityKeyProviderClientCertificate -FilePath '\(scratch.file("piped.pem"))'
        """)
        #expect(result.errors == [])
        #expect(scratch.text("byname.pem") != nil)
        #expect(scratch.text("piped.pem") == scratch.text("byname.pem"))
    }

    @Test func anExistingFileIsKeptWithoutForceAndOverwrittenWithIt() throws {
        let session = try Self.withCertificate()
        let scratch = try ScratchDirectory()
        try scratch.write("old", to: "clientcert.pem")
        let path = scratch.file("clientcert.pem")
        #expect(session.errorMessages("Export-TrustAuthorityKeyProviderClientCertificate -KeyProvider $kp -FilePath '\(path)'") ==
            ["Export-TrustAuthorityKeyProviderClientCertificate : The file '\(path)' already exists. Use the Force parameter to overwrite it."])
        #expect(session.lastError() == ["Core_ExportCmdletBase_FileAlreadyExists," + Self.fullyQualifiedClass, "ResourceExists", "ViError"])
        #expect(scratch.text("clientcert.pem") == "old")
        #expect(session.run("Export-TrustAuthorityKeyProviderClientCertificate -KeyProvider $kp -FilePath '\(path)' -Force").errors == [])
        #expect(scratch.text("clientcert.pem") == session.lab.provider(named: "clkp")?.clientCertificate?.pem)
    }

    // Issue 14: "-FilePath naming a directory gives a misleading 'already exists'".
    @Test func aPathThatIsADirectoryIsAccessDeniedWithOrWithoutForce() throws {
        let session = try Self.withCertificate()
        let scratch = try ScratchDirectory()
        for force in ["", " -Force"] {
            #expect(session.errorMessages("Export-TrustAuthorityKeyProviderClientCertificate -KeyProvider $kp -FilePath '\(scratch.path)'\(force)") ==
                ["Export-TrustAuthorityKeyProviderClientCertificate : Access to the path '\(scratch.path)' is denied."])
            #expect(session.lastError() == ["UnauthorizedAccess," + Self.fullyQualifiedClass, "PermissionDenied", "UnauthorizedAccessException"])
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path) == [])
    }

    // Issue 14: "exporting to a path that cannot be written says 'Could not find a part of the path'
    // (DirectoryNotFoundException) where .NET says 'Access to the path ... is denied.'".
    @Test func aFolderThatRefusesTheFileIsAccessDenied() throws {
        let session = try Self.withCertificate()
        let scratch = try ScratchDirectory()
        let path = try scratch.unwritableFolder() + "/clientcert.pem"
        #expect(session.errorMessages("Export-TrustAuthorityKeyProviderClientCertificate -KeyProvider $kp -FilePath '\(path)'") ==
            ["Export-TrustAuthorityKeyProviderClientCertificate : Access to the path '\(path)' is denied."])
        #expect(session.lastError() == ["UnauthorizedAccess," + Self.fullyQualifiedClass, "PermissionDenied", "UnauthorizedAccessException"])
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func aFolderThatCannotBeMadeIsDirectoryNotFound() throws {
        let session = try Self.withCertificate()
        let scratch = try ScratchDirectory()
        try scratch.write("a file, not a folder", to: "plain.txt")
        let path = scratch.file("plain.txt") + "/clientcert.pem"
        #expect(session.errorMessages("Export-TrustAuthorityKeyProviderClientCertificate -KeyProvider $kp -FilePath '\(path)'") ==
            ["Export-TrustAuthorityKeyProviderClientCertificate : Could not find a part of the path '\(path)'."])
        #expect(session.lastError() == ["DirectoryNotFound," + Self.fullyQualifiedClass, "WriteError", "DirectoryNotFoundException"])
    }

    @Test func aProviderWithoutACertificateHasNothingToExport() throws {
        let session = try PowerCLITestShell.withProvider()
        let scratch = try ScratchDirectory()
        #expect(session.errorMessages("Export-TrustAuthorityKeyProviderClientCertificate -KeyProvider $kp -FilePath '\(scratch.file("x.pem"))'") ==
            ["Export-TrustAuthorityKeyProviderClientCertificate : The key provider 'clkp' has no client certificate. Create one with New-TrustAuthorityKeyProviderClientCertificate or upload one with Set-TrustAuthorityKeyProviderClientCertificate."])
        #expect(session.lastError() == ["Client20_TrustedInfrastructure_InvalidArgument," + Self.fullyQualifiedClass, "InvalidArgument", "ViError"])
        #expect(scratch.text("x.pem") == nil)
    }

    @Test func theFilePathIsMandatory() throws {
        let session = try Self.withCertificate()
        #expect(session.errorMessages("Export-TrustAuthorityKeyProviderClientCertificate -KeyProvider $kp") ==
            ["Export-TrustAuthorityKeyProviderClientCertificate : Cannot process command because of one or more missing mandatory parameters: FilePath."])
    }

    @Test func itRefusesWhenNotConnectedOrNotATrustedAdmin() throws {
        let session = try Self.withCertificate()
        let scratch = try ScratchDirectory()
        let export = "Export-TrustAuthorityKeyProviderClientCertificate -KeyProvider clkp -FilePath '\(scratch.file("x.pem"))'"
        session.run("Disconnect-VIServer * -Confirm:$false")
        #expect(session.errorMessages(export) == ["Export-TrustAuthorityKeyProviderClientCertificate : " + PowerCLITestShell.notConnected])
        session.run(PowerCLITestShell.connectAsAdministrator)
        #expect(session.errorMessages(export) == ["Export-TrustAuthorityKeyProviderClientCertificate : " + PowerCLITestShell.notTrustedAdmin])
        #expect(scratch.text("x.pem") == nil)
    }
}
