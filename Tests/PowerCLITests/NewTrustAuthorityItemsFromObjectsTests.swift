import Foundation
import ShellEngine
import TestSupport
import Testing
import TrustAuthority

/// The step-4 parameter sets that take objects instead of files (reference/powercli-cmdlets.md §3):
/// `New-TrustAuthorityPrincipal [-Name] -CertificateChain <X509Chain[]> -Domain -Issuer [-Type]` (set 2, the form VMware's
/// helper module re-creates principals with), `New-TrustAuthorityTpm2CACertificate -CertificateChain <X509Chain>`, and
/// `New-TrustAuthorityTpm2EndorsementKey -Name [-PublicKey <SecureString>] [-Certificate <X509Certificate2>]`.
@Suite struct NewTrustAuthorityItemsFromObjectsTests {
    let session: PowerCLITestShell
    let files: TrustAuthorityTestFiles
    let admin = SessionUser(vCenter: "192.168.210.22", name: "trustedadmin")

    init() throws {
        session = try PowerCLITestShell.connected()
        files = try TrustAuthorityTestFiles(lab: session.lab)
    }

    var principals: [TrustedPrincipal] { (try? session.lab.principals(of: "domain-c8", by: admin)) ?? [] }
    var caCertificates: [Tpm2CACertificate] { (try? session.lab.tpm2CACertificates(of: "domain-c8", by: admin)) ?? [] }
    var endorsementKeys: [Tpm2EndorsementKey] { (try? session.lab.tpm2EndorsementKeys(of: "domain-c8", by: admin)) ?? [] }

    /// The principal imported from its file, its parts saved in `$saved`, then removed: the cluster trusts no principal.
    func savePrincipalAndRemoveIt() {
        session.run("""
        $saved = New-TrustAuthorityPrincipal -TrustAuthorityCluster $vTA -FilePath '\(files.file("principal.json"))'
        $saved | Remove-TrustAuthorityPrincipal -Confirm:$false
        """)
    }

    // MARK: - New-TrustAuthorityPrincipal -CertificateChain

    @Test func aPrincipalIsCreatedFromItsNameDomainIssuerAndChain() throws {
        savePrincipalAndRemoveIt()
        #expect(principals.isEmpty)
        let result = session.run("""
        $p = New-TrustAuthorityPrincipal $saved.Name -TrustAuthorityCluster $vTA -Domain $saved.Domain -Issuer $saved.Issuer -CertificateChain $saved.CertificateChain
        $p.PSObject.TypeNames[0]; $p.Id; $p.Type; $p.IssuerAlias; $p.Health
        """)
        #expect(result.errors == [])
        #expect(result.output == ["VMware.VimAutomation.Security.Types.V1.TrustedInfrastructure.TrustAuthorityPrincipal",
                                  "vsphere.local\\" + files.principal.name, "STSUser", "192.168.210.23", "Ok"])
        // The same principal as the file gave: the workload vCenter's name, domain, issuer and signing chain.
        #expect(principals == [files.principal])
    }

    @Test func theTypeParameterSetsThePrincipalType() throws {
        savePrincipalAndRemoveIt()
        let result = session.run("(New-TrustAuthorityPrincipal -TrustAuthorityCluster $vTA -Name $saved.Name -Domain $saved.Domain -Issuer $saved.Issuer -CertificateChain $saved.CertificateChain -Type STSGroup).Type")
        #expect(result.errors == [])
        #expect(result.output == ["STSGroup"])
        #expect(principals.map(\.type) == [.stsGroup])
    }

    @Test func aPrincipalFromPartsIsRefusedWhenItsIssuerIsAlreadyTrusted() throws {
        session.run("$saved = New-TrustAuthorityPrincipal -TrustAuthorityCluster $vTA -FilePath '\(files.file("principal.json"))'")
        #expect(session.errorMessages("New-TrustAuthorityPrincipal -TrustAuthorityCluster $vTA -Name other -Domain $saved.Domain -Issuer $saved.Issuer -CertificateChain $saved.CertificateChain")
            == ["New-TrustAuthorityPrincipal : " + LabError.principalExists(files.principal.issuer).message])
        #expect(session.lastError() == ["Client20_TrustedInfrastructure_AlreadyExists,VMware.VimAutomation.Security.Commands.Cmdlets.TrustedInfrastructure.NewTrustAuthorityPrincipal",
                                        "ResourceExists", "ViError"])
        #expect(principals == [files.principal])
    }

    @Test func aChainNotMadeByVtashOrAnEmptyDomainIsRefused() throws {
        savePrincipalAndRemoveIt()
        let fake = "[pscustomobject]@{ PSTypeName = 'System.Security.Cryptography.X509Certificates.X509Chain'; ChainElements = @() }"
        #expect(session.errorMessages("New-TrustAuthorityPrincipal -TrustAuthorityCluster $vTA -Name n -Domain d -Issuer i -CertificateChain (\(fake))").first?
            .hasPrefix("New-TrustAuthorityPrincipal : The certificate chain of the principal 'n' holds no certificate.") == true)
        #expect(session.lastError() == ["Client20_TrustedInfrastructure_InvalidArgument,VMware.VimAutomation.Security.Commands.Cmdlets.TrustedInfrastructure.NewTrustAuthorityPrincipal",
                                        "InvalidArgument", "ViError"])
        let element = "[pscustomobject]@{ Certificate = 'not a certificate' }"
        let madeUp = "[pscustomobject]@{ PSTypeName = 'System.Security.Cryptography.X509Certificates.X509Chain'; ChainElements = @(\(element)) }"
        #expect(session.errorMessages("New-TrustAuthorityPrincipal -TrustAuthorityCluster $vTA -Name n -Domain d -Issuer i -CertificateChain (\(madeUp))").first?
            .hasPrefix("New-TrustAuthorityPrincipal : The CertificateChain parameter takes the X509Chain objects") == true)
        #expect(session.errorMessages("New-TrustAuthorityPrincipal -TrustAuthorityCluster $vTA -Name $saved.Name -Domain ' ' -Issuer $saved.Issuer -CertificateChain $saved.CertificateChain")
            == ["New-TrustAuthorityPrincipal : The Domain parameter of the principal must not be empty."])
        #expect(session.lastError()[1] == "InvalidArgument")
        #expect(principals.isEmpty)
    }

    /// A chain that does not verify (the signing certificate without its CA) is the domain's InvalidFile refusal.
    @Test func aChainThatDoesNotVerifyIsRefused() throws {
        savePrincipalAndRemoveIt()
        // The TPM manufacturer's CA chain verifies, but the workload vCenter's signing chain is not in it: the
        // principal's chain is then the TPM CA alone, a self-signed CA, which verifies. Reversed, the principal's
        // own chain puts the CA first and the signing certificate after it, which does not chain.
        let errors = session.errorMessages("""
        $reversed = [pscustomobject]@{ PSTypeName = 'System.Security.Cryptography.X509Certificates.X509Chain'; ChainElements = @($saved.CertificateChain[0].ChainElements[1], $saved.CertificateChain[0].ChainElements[0]) }
        New-TrustAuthorityPrincipal -TrustAuthorityCluster $vTA -Name $saved.Name -Domain $saved.Domain -Issuer $saved.Issuer -CertificateChain $reversed
        """)
        #expect(errors.count == 1)
        #expect(errors.first?.hasPrefix("New-TrustAuthorityPrincipal : ") == true)
        #expect(session.lastError()[0].hasPrefix("Client20_TrustedInfrastructure_InvalidFile,"))
        #expect(principals.isEmpty)
    }

    @Test func aMissingIssuerIsABindingErrorOfTheChainSet() throws {
        savePrincipalAndRemoveIt()
        let errors = session.errorMessages("New-TrustAuthorityPrincipal -TrustAuthorityCluster $vTA -Name $saved.Name -Domain $saved.Domain -CertificateChain $saved.CertificateChain")
        #expect(errors.count == 1)
        #expect(errors.first?.contains("Issuer") == true)
        #expect(principals.isEmpty)
    }

    // MARK: - New-TrustAuthorityTpm2CACertificate -CertificateChain

    @Test func aTPMCACertificateIsCreatedFromAnotherOnesChain() throws {
        let result = session.run("""
        $first = New-TrustAuthorityTpm2CACertificate -Name tpmca -TrustAuthorityCluster $vTA -FilePath '\(files.file("cacert.pem"))'
        $copy = New-TrustAuthorityTpm2CACertificate -Name copy -TrustAuthorityCluster $vTA -CertificateChain $first.CertificateChain
        $copy.Name; $copy.CertificateChain.ChainElements[0].Certificate.Thumbprint
        """)
        #expect(result.errors == [])
        #expect(result.output == ["copy", files.caCertificate.thumbprint])
        #expect(caCertificates.map(\.name) == ["tpmca", "copy"])
        #expect(caCertificates.map(\.certificateChain) == [[files.caCertificate], [files.caCertificate]])
    }

    @Test func withoutANameTheChainsCertificateIsNamedAsFromAFile() throws {
        // The default name from a file is pinned by TrustAuthorityTpmTests (the subject key identifier); from a chain it is the same.
        session.run("$first = New-TrustAuthorityTpm2CACertificate -Name tpmca -TrustAuthorityCluster $vTA -FilePath '\(files.file("cacert.pem"))'")
        let other = try PowerCLITestShell.connected()
        other.run("New-TrustAuthorityTpm2CACertificate -TrustAuthorityCluster $vTA -FilePath '\(files.file("cacert.pem"))' | Out-Null")
        let fromFile = try #require(try other.lab.tpm2CACertificates(of: "domain-c8", by: admin).first?.name)
        let result = session.run("(New-TrustAuthorityTpm2CACertificate -TrustAuthorityCluster $vTA -CertificateChain $first.CertificateChain).Name")
        #expect(result.errors == [])
        #expect(result.output == [fromFile])
    }

    @Test func aChainWhoseCertificateIsNotACAIsRefused() throws {
        session.run("$saved = New-TrustAuthorityPrincipal -TrustAuthorityCluster $vTA -FilePath '\(files.file("principal.json"))'")
        let leaf = try #require(files.principal.certificateChain.first)
        #expect(session.errorMessages("New-TrustAuthorityTpm2CACertificate -Name vc -TrustAuthorityCluster $vTA -CertificateChain $saved.CertificateChain[0]")
            == ["New-TrustAuthorityTpm2CACertificate : " + LabError.notACACertificate(subject: leaf.subject).message])
        #expect(session.lastError()[1] == "InvalidData")
        let fake = "[pscustomobject]@{ PSTypeName = 'System.Security.Cryptography.X509Certificates.X509Chain' }"
        #expect(session.errorMessages("New-TrustAuthorityTpm2CACertificate -Name x -TrustAuthorityCluster $vTA -CertificateChain (\(fake))").first?
            .hasPrefix("New-TrustAuthorityTpm2CACertificate : The CertificateChain parameter takes the X509Chain objects") == true)
        #expect(session.lastError() == ["Client20_TrustedInfrastructure_InvalidArgument,VMware.VimAutomation.Security.Commands.Cmdlets.TrustedInfrastructure.NewTrustAuthorityTpm2CACertificate",
                                        "InvalidArgument", "ViError"])
        #expect(caCertificates.isEmpty)
    }

    @Test func aFileAndAChainTogetherAreAParameterSetError() throws {
        session.run("$first = New-TrustAuthorityTpm2CACertificate -Name tpmca -TrustAuthorityCluster $vTA -FilePath '\(files.file("cacert.pem"))'")
        let errors = session.errorMessages("New-TrustAuthorityTpm2CACertificate -Name b -TrustAuthorityCluster $vTA -FilePath '\(files.file("cacert.pem"))' -CertificateChain $first.CertificateChain")
        #expect(errors.count == 1)
        #expect(session.lastError()[0].hasPrefix("AmbiguousParameterSet"))
        #expect(caCertificates.map(\.name) == ["tpmca"])
    }

    // MARK: - New-TrustAuthorityTpm2EndorsementKey -PublicKey / -Certificate

    /// Get-Tpm2EndorsementKey on the workload vCenter gives `$ek` (PublicKey PEM, Certificate X509Certificate2).
    func connectWorkloadAndReadTheKey() {
        session.run(InventoryTests.connectWorkload)
        session.run("$ek = Get-VMHost -Server \(LabDefinition.workloadVCenterAddress) \(TrustAuthorityTestFiles.host) | Get-Tpm2EndorsementKey")
    }

    @Test func anEndorsementKeyIsCreatedFromItsPublicKeyAndCertificate() throws {
        connectWorkloadAndReadTheKey()
        let result = session.run("""
        $k = New-TrustAuthorityTpm2EndorsementKey -TrustAuthorityCluster $vTA -Name ek1 -PublicKey (ConvertTo-SecureString $ek.PublicKey -AsPlainText -Force) -Certificate $ek.Certificate
        $k.PSObject.TypeNames[0]; $k.Name; $k.Health
        """)
        #expect(result.errors == [])
        #expect(result.output == ["VMware.VimAutomation.Security.Types.V1.TrustedInfrastructure.TrustAuthorityTpm2EndorsementKey", "ek1", "Ok"])
        #expect(endorsementKeys.map(\.publicKey) == [files.endorsementKey.publicKey])
        #expect(endorsementKeys.map(\.certificate) == [files.endorsementKey.certificate])
    }

    @Test func thePublicKeyAloneMayBeBase64AndTheCertificateAloneIsEnough() throws {
        connectWorkloadAndReadTheKey()
        let result = session.run("""
        $b64 = ($ek.PublicKey -split "`n" | Where-Object { $_ -and $_ -notmatch '-----' }) -join ''
        (New-TrustAuthorityTpm2EndorsementKey -TrustAuthorityCluster $vTA -Name bare -PublicKey (ConvertTo-SecureString $b64 -AsPlainText -Force)).Name
        """)
        #expect(result.errors == [])
        #expect(result.output == ["bare"])
        #expect(endorsementKeys.map(\.name) == ["bare"])
        #expect(endorsementKeys.first?.certificate == nil)
        #expect(endorsementKeys.first?.publicKey == files.endorsementKey.publicKey)
        // The certificate's key is the same public key: names and public keys are unique in a cluster, so it is refused.
        #expect(session.errorMessages("New-TrustAuthorityTpm2EndorsementKey -TrustAuthorityCluster $vTA -Name fromcert -Certificate $ek.Certificate").count == 1)
        #expect(session.lastError()[1] == "ResourceExists")
        #expect(endorsementKeys.map(\.name) == ["bare"])
        session.run("Get-TrustAuthorityTpm2EndorsementKey -TrustAuthorityCluster $vTA | Remove-TrustAuthorityTpm2EndorsementKey -Confirm:$false")
        #expect(session.run("(New-TrustAuthorityTpm2EndorsementKey -TrustAuthorityCluster $vTA -Name fromcert -Certificate $ek.Certificate).Name").output == ["fromcert"])
        #expect(endorsementKeys.map(\.certificate) == [files.endorsementKey.certificate])
    }

    /// The integration of steps 3 and 4: Get-Tpm2EndorsementKey's own objects (not hand-made ones) import under the host's name.
    @Test func getTpm2EndorsementKeysObjectsImportUnderTheHostsName() throws {
        connectWorkloadAndReadTheKey()
        let result = session.run("(New-TrustAuthorityTpm2EndorsementKey -TrustAuthorityCluster $vTA -Tpm2EndorsementKey $ek).Name")
        #expect(result.errors == [])
        #expect(result.output == [TrustAuthorityTestFiles.host])
        #expect(endorsementKeys.map(\.publicKey) == [files.endorsementKey.publicKey])
    }

    @Test func aPublicKeyThatIsNotTheCertificatesIsRefused() throws {
        connectWorkloadAndReadTheKey()
        session.run("$other = Get-VMHost -Server \(LabDefinition.workloadVCenterAddress) esxi-02.vsphere.local | Get-Tpm2EndorsementKey")
        let errors = session.errorMessages("New-TrustAuthorityTpm2EndorsementKey -TrustAuthorityCluster $vTA -Name mixed -PublicKey (ConvertTo-SecureString $ek.PublicKey -AsPlainText -Force) -Certificate $other.Certificate")
        #expect(errors.count == 1)
        #expect(errors.first?.hasPrefix("New-TrustAuthorityTpm2EndorsementKey : ") == true)
        #expect(session.lastError()[1] == "InvalidData")
        #expect(endorsementKeys.isEmpty)
    }

    @Test func aPublicKeyThatIsNotOneOrTwoSourcesOfOnePartAreRefused() throws {
        connectWorkloadAndReadTheKey()
        #expect(session.errorMessages("New-TrustAuthorityTpm2EndorsementKey -TrustAuthorityCluster $vTA -Name junk -PublicKey (ConvertTo-SecureString 'not a key' -AsPlainText -Force)").count == 1)
        #expect(session.lastError()[1] == "InvalidData")
        #expect(session.errorMessages("New-TrustAuthorityTpm2EndorsementKey -TrustAuthorityCluster $vTA -Name two -PublicKey (ConvertTo-SecureString $ek.PublicKey -AsPlainText -Force) -PublicKeyFile '\(files.file("esxi-01.pem"))'")
            == ["New-TrustAuthorityTpm2EndorsementKey : Specify either the PublicKey or the PublicKeyFile parameter of the endorsement key 'two', not both."])
        #expect(session.lastError() == ["Client20_TrustedInfrastructure_InvalidArgument,VMware.VimAutomation.Security.Commands.Cmdlets.TrustedInfrastructure.NewTrustAuthorityTpm2EndorsementKey",
                                        "InvalidArgument", "ViError"])
        let fake = "[pscustomobject]@{ PSTypeName = 'System.Security.Cryptography.X509Certificates.X509Certificate2' }"
        #expect(session.errorMessages("New-TrustAuthorityTpm2EndorsementKey -TrustAuthorityCluster $vTA -Name fake -Certificate (\(fake))").first?
            .hasPrefix("New-TrustAuthorityTpm2EndorsementKey : The Certificate parameter takes an X509Certificate2 object that vtash made") == true)
        #expect(endorsementKeys.isEmpty)
    }
}
