import Foundation
import TestSupport
import Testing

/// `Set-TrustAuthorityKeyProviderClientCertificate` (reference §3: set A `-KeyProvider <TrustAuthorityKeyProvider[]>
/// -Certificate <X509Certificate2> [-PrivateKey <SecureString>]`, set B `-KeyProvider -CertificateFilePath <String>
/// [-PrivateKeyFilePath <String>]`; without a private key it uploads the certificate signed for the CSR, with one a
/// KMS-issued pair; seed step 4, routes "KMS certificate and private key upload" and "New CSR").
@Suite struct SetTrustAuthorityKeyProviderClientCertificateTests {
    static let fullyQualifiedClass = "VMware.VimAutomation.Security.Commands.Cmdlets.TrustedInfrastructure.SetTrustAuthorityKeyProviderClientCertificate"

    /// Connected with `clkp`, working in `scratch`, the KMS-issued pair written to kms.pem / kms.key.
    static func withIssuedPair(_ scratch: ScratchDirectory) throws -> PowerCLITestShell {
        let session = try PowerCLITestShell.withProvider()
        try session.shell.setLocation(scratch.path)
        session.run("New-LabKeyServerClientCertificate -KeyServer 192.168.110.91 -CertificateFilePath kms.pem -PrivateKeyFilePath kms.key")
        return session
    }

    @Test func theFileSetUploadsAKmsIssuedPair() throws {
        let scratch = try ScratchDirectory()
        let session = try Self.withIssuedPair(scratch)
        let result = session.run("Set-TrustAuthorityKeyProviderClientCertificate -KeyProvider $kp -CertificateFilePath kms.pem -PrivateKeyFilePath kms.key")
        #expect(result.output == [])
        #expect(result.errors == [])
        #expect(session.lab.provider(named: "clkp")?.clientCertificate?.pem == scratch.text("kms.pem"))
    }

    @Test func theFileSetWithoutAKeyUploadsTheCertificateSignedForTheRequest() throws {
        let scratch = try ScratchDirectory()
        let session = try PowerCLITestShell.withProvider()
        try session.shell.setLocation(scratch.path)
        session.run("""
        New-TrustAuthorityKeyProviderClientCertificateCSR -KeyProvider $kp | Set-Content clkp.csr
        Approve-LabKeyServerCertificateRequest -KeyServer 192.168.110.91 -CsrFilePath clkp.csr -OutFile signed.pem
        """)
        let result = session.run("$kp | Set-TrustAuthorityKeyProviderClientCertificate -CertificateFilePath signed.pem")
        #expect(result.errors == [])
        #expect(session.lab.provider(named: "clkp")?.clientCertificate?.pem == scratch.text("signed.pem"))
    }

    @Test func theCertificateSetTakesPemTextAndASecureStringKey() throws {
        let scratch = try ScratchDirectory()
        let session = try Self.withIssuedPair(scratch)
        let result = session.run("""
        $key = ConvertTo-SecureString (Get-Content kms.key -Raw) -AsPlainText -Force
        Set-TrustAuthorityKeyProviderClientCertificate -KeyProvider clkp -Certificate (Get-Content kms.pem -Raw) -PrivateKey $key
        """)
        #expect(result.errors == [])
        #expect(session.lab.provider(named: "clkp")?.clientCertificate?.pem == scratch.text("kms.pem"))
    }

    @Test func theCertificateSetTakesAnX509Certificate2ObjectForSeveralProviders() throws {
        let scratch = try ScratchDirectory()
        let session = try Self.withIssuedPair(scratch)
        session.run("""
        New-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA -PrimaryKeyId 1 -Name kp2 -KmipServerAddress 192.168.110.91 | Out-Null
        Set-TrustAuthorityKeyProviderClientCertificate -KeyProvider clkp -CertificateFilePath kms.pem -PrivateKeyFilePath kms.key
        """)
        let result = session.run("""
        $cert = Get-TrustAuthorityKeyProviderClientCertificate clkp
        Set-TrustAuthorityKeyProviderClientCertificate -KeyProvider kp2, clkp -Certificate $cert -PrivateKey (Get-Content kms.key -Raw)
        """)
        #expect(result.errors == [])
        #expect(session.lab.provider(named: "kp2")?.clientCertificate?.pem == scratch.text("kms.pem"))
    }

    @Test func textThatIsNotACertificateIsRefused() throws {
        let session = try PowerCLITestShell.withProvider()
        #expect(session.errorMessages("Set-TrustAuthorityKeyProviderClientCertificate -KeyProvider $kp -Certificate 'not a certificate'") ==
            ["Set-TrustAuthorityKeyProviderClientCertificate : The Certificate parameter does not contain a PEM certificate."])
        #expect(session.lastError() == ["Client20_TrustedInfrastructure_InvalidCertificate," + Self.fullyQualifiedClass, "InvalidData", "ViError"])
        #expect(session.lab.provider(named: "clkp")?.clientCertificate == nil)
    }

    @Test func aCertificateNotSignedForTheRequestIsRefusedWithoutAKey() throws {
        let scratch = try ScratchDirectory()
        let session = try Self.withIssuedPair(scratch)
        session.run("New-TrustAuthorityKeyProviderClientCertificateCSR -KeyProvider $kp | Out-Null")
        #expect(session.errorMessages("Set-TrustAuthorityKeyProviderClientCertificate -KeyProvider $kp -CertificateFilePath kms.pem") ==
            ["Set-TrustAuthorityKeyProviderClientCertificate : The certificate was not issued for the certificate signing request of key provider 'clkp': its public key differs. Upload the certificate the KMS signed for this CSR, or pass its private key."])
        #expect(session.lastError() == ["Client20_TrustedInfrastructure_InvalidArgument," + Self.fullyQualifiedClass, "InvalidArgument", "ViError"])
        #expect(session.lab.provider(named: "clkp")?.clientCertificate == nil)
    }

    @Test func withoutARequestAndWithoutAKeyThereIsNothingToMatch() throws {
        let scratch = try ScratchDirectory()
        let session = try Self.withIssuedPair(scratch)
        #expect(session.errorMessages("Set-TrustAuthorityKeyProviderClientCertificate -KeyProvider $kp -CertificateFilePath kms.pem") ==
            ["Set-TrustAuthorityKeyProviderClientCertificate : The key provider 'clkp' has no certificate signing request and no private key for this certificate. Create a CSR with New-TrustAuthorityKeyProviderClientCertificateCSR, or pass the certificate's private key."])
        #expect(session.lab.provider(named: "clkp")?.clientCertificate == nil)
    }

    // .NET's file errors (see ExportTrustAuthorityKeyProviderClientCertificateTests): a missing file is
    // FileNotFoundException, a missing folder DirectoryNotFoundException, a directory UnauthorizedAccessException.
    @Test func filesThatCannotBeReadFailAsDotNetSays() throws {
        let scratch = try ScratchDirectory()
        let session = try Self.withIssuedPair(scratch)
        let set = "Set-TrustAuthorityKeyProviderClientCertificate -KeyProvider $kp -CertificateFilePath"
        #expect(session.errorMessages("\(set) missing.pem") ==
            ["Set-TrustAuthorityKeyProviderClientCertificate : Could not find file '\(scratch.file("missing.pem"))'."])
        #expect(session.lastError() == ["FileNotFound," + Self.fullyQualifiedClass, "ObjectNotFound", "FileNotFoundException"])
        #expect(session.errorMessages("\(set) nofolder/kms.pem") ==
            ["Set-TrustAuthorityKeyProviderClientCertificate : Could not find a part of the path '\(scratch.file("nofolder/kms.pem"))'."])
        #expect(session.lastError() == ["DirectoryNotFound," + Self.fullyQualifiedClass, "ObjectNotFound", "DirectoryNotFoundException"])
        #expect(session.errorMessages("\(set) '\(scratch.path)'") ==
            ["Set-TrustAuthorityKeyProviderClientCertificate : Access to the path '\(scratch.path)' is denied."])
        #expect(session.lastError() == ["UnauthorizedAccess," + Self.fullyQualifiedClass, "PermissionDenied", "UnauthorizedAccessException"])
        #expect(session.lab.provider(named: "clkp")?.clientCertificate == nil)
    }

    @Test func theCertificateAndFileSetsCannotBeMixedAndOneIsNeeded() throws {
        let scratch = try ScratchDirectory()
        let session = try Self.withIssuedPair(scratch)
        session.run("Set-TrustAuthorityKeyProviderClientCertificate -KeyProvider $kp -Certificate (Get-Content kms.pem -Raw) -CertificateFilePath kms.pem")
        #expect(session.lastError().first == "AmbiguousParameterSet," + Self.fullyQualifiedClass)
        #expect(session.errorMessages("Set-TrustAuthorityKeyProviderClientCertificate -KeyProvider $kp") ==
            ["Set-TrustAuthorityKeyProviderClientCertificate : Cannot process command because of one or more missing mandatory parameters: Certificate."])
        #expect(session.lab.provider(named: "clkp")?.clientCertificate == nil)
    }

    @Test func itRefusesWhenNotConnectedOrNotATrustedAdmin() throws {
        let scratch = try ScratchDirectory()
        let session = try Self.withIssuedPair(scratch)
        let set = "Set-TrustAuthorityKeyProviderClientCertificate -KeyProvider clkp -CertificateFilePath kms.pem -PrivateKeyFilePath kms.key"
        session.run("Disconnect-VIServer * -Confirm:$false")
        #expect(session.errorMessages(set) == ["Set-TrustAuthorityKeyProviderClientCertificate : " + PowerCLITestShell.notConnected])
        session.run(PowerCLITestShell.connectAsAdministrator)
        #expect(session.errorMessages(set) == ["Set-TrustAuthorityKeyProviderClientCertificate : " + PowerCLITestShell.notTrustedAdmin])
        #expect(session.lab.provider(named: "clkp")?.clientCertificate == nil)
    }
}
