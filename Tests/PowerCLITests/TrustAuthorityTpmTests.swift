import Foundation
import ShellEngine
import TestSupport
import Testing
import TrustAuthority

/// Step 4's TPM items: `New-/Get-/Remove-TrustAuthorityTpm2CACertificate` (FilePath .crt/.pem/.zip; the name
/// defaults to the subject key identifier), `New-/Get-/Remove-TrustAuthorityTpm2EndorsementKey`, and
/// `Get-/Set-TrustAuthorityTpm2AttestationSettings` (RequireEndorsementKey, RequireCertificateValidation;
/// reference/powercli-cmdlets.md §2, §3).
@Suite struct TrustAuthorityTpmTests {
    let session: PowerCLITestShell
    let files: TrustAuthorityTestFiles
    let admin = SessionUser(vCenter: "192.168.210.22", name: "trustedadmin")

    init() throws {
        session = try PowerCLITestShell.connected()
        files = try TrustAuthorityTestFiles(lab: session.lab)
    }

    var caNames: [String] { ((try? session.lab.tpm2CACertificates(of: "domain-c8", by: admin)) ?? []).map(\.name) }
    var keyNames: [String] { ((try? session.lab.tpm2EndorsementKeys(of: "domain-c8", by: admin)) ?? []).map(\.name) }

    // MARK: - CA certificates

    @Test func aCACertificateIsImportedUnderItsName() throws {
        let result = session.run("""
        $ca = New-TrustAuthorityTpm2CACertificate -Name tpmca -TrustAuthorityCluster $vTA -FilePath '\(files.file("cacert.pem"))'
        $ca.PSObject.TypeNames[0]; $ca.Name; $ca.Health; $ca.TrustAuthorityClusterId
        $ca.CertificateChain.ChainElements[0].Certificate.Thumbprint
        """)
        #expect(result.errors == [])
        #expect(result.output == ["VMware.VimAutomation.Security.Types.V1.TrustedInfrastructure.TrustAuthorityTpm2CACertificate", "tpmca", "Ok",
                                  "TrustAuthorityCluster-domain-c8", files.caCertificate.thumbprint])
        #expect(caNames == ["tpmca"])
    }

    @Test func withoutANameTheSubjectKeyIdentifierNamesIt() throws {
        session.run("$vTA | New-TrustAuthorityTpm2CACertificate -FilePath '\(files.file("cacert.pem"))' | Out-Null")
        // The name the domain computes from the certificate (its SKI in upper-case hex), read back through Get-.
        let expected = try Tpm2CACertificate(fileBytes: Array(files.caCertificate.pem.utf8), name: nil, source: "test").name
        #expect(caNames == [expected])
        #expect(expected.count == 40 && expected.allSatisfy { $0.isHexDigit && !$0.isLowercase })
        #expect(session.run("(Get-TrustAuthorityTpm2CACertificate -TrustAuthorityCluster $vTA).Name").output == [expected])
    }

    @Test func aDERCertificateFileIsRead() throws {
        try Data(files.caCertificate.rawData).write(to: URL(fileURLWithPath: files.file("cacert.cer")))
        let result = session.run("New-TrustAuthorityTpm2CACertificate tpmca -TrustAuthorityCluster $vTA -FilePath '\(files.file("cacert.cer"))' | Out-Null")
        #expect(result.errors == [])
        #expect(caNames == ["tpmca"])
    }

    @Test func getFiltersByNameWithWildcardsAndReportsAMissingName() throws {
        session.run("New-TrustAuthorityTpm2CACertificate -Name tpmca -TrustAuthorityCluster $vTA -FilePath '\(files.file("cacert.pem"))' | Out-Null")
        #expect(session.run("(Get-TrustAuthorityTpm2CACertificate -TrustAuthorityCluster $vTA tpm*).Name").output == ["tpmca"])
        #expect(session.run("(Get-TrustAuthorityTpm2CACertificate -TrustAuthorityCluster $vTA other*).Name").output == [])
        #expect(session.errorMessages("Get-TrustAuthorityTpm2CACertificate -TrustAuthorityCluster $vTA other")
            == ["Get-TrustAuthorityTpm2CACertificate : Could not find TrustAuthorityTpm2CACertificate with name 'other'."])
    }

    @Test func aCertificateThatIsNotACAIsRefused() throws {
        // The endorsement key certificate is an end-entity certificate, not a CA's.
        let ek = try #require(files.endorsementKey.certificate)
        try files.scratch.write(ek.pem, to: "ek.crt")
        #expect(session.errorMessages("New-TrustAuthorityTpm2CACertificate -TrustAuthorityCluster $vTA -FilePath '\(files.file("ek.crt"))'")
            == ["New-TrustAuthorityTpm2CACertificate : " + LabError.notACACertificate(subject: ek.subject).message])
        #expect(caNames == [])
    }

    @Test func aFileWithoutCertificatesIsRefused() throws {
        try files.scratch.write("hello", to: "empty.crt")
        let messages = session.errorMessages("New-TrustAuthorityTpm2CACertificate -TrustAuthorityCluster $vTA -FilePath '\(files.file("empty.crt"))'")
        #expect(messages.count == 1 && messages.first?.hasPrefix("New-TrustAuthorityTpm2CACertificate : ") == true)
        #expect(session.lastError().dropFirst() == ["InvalidData", "ViError"])
        #expect(caNames == [])
    }

    @Test func aSecondCertificateOfTheSameNameIsRefused() throws {
        session.run("New-TrustAuthorityTpm2CACertificate -Name tpmca -TrustAuthorityCluster $vTA -FilePath '\(files.file("cacert.pem"))' | Out-Null")
        #expect(session.errorMessages("New-TrustAuthorityTpm2CACertificate -Name TPMCA -TrustAuthorityCluster $vTA -FilePath '\(files.file("cacert.pem"))'")
            == ["New-TrustAuthorityTpm2CACertificate : The Trust Authority cluster already has a TPM 2.0 CA certificate named 'TPMCA'."])
        #expect(caNames == ["tpmca"])
    }

    @Test func removeTakesTheCertificateFromThePipeline() throws {
        session.run("New-TrustAuthorityTpm2CACertificate -Name tpmca -TrustAuthorityCluster $vTA -FilePath '\(files.file("cacert.pem"))' | Out-Null")
        #expect(session.run("Get-TrustAuthorityTpm2CACertificate -TrustAuthorityCluster $vTA | Remove-TrustAuthorityTpm2CACertificate -WhatIf").output
            == ["What if: Performing the operation \"Remove TPM 2.0 CA certificate\" on target \"tpmca\"."])
        #expect(caNames == ["tpmca"])
        session.run("Get-TrustAuthorityTpm2CACertificate -TrustAuthorityCluster $vTA | Remove-TrustAuthorityTpm2CACertificate -Confirm:$false")
        #expect(caNames == [])
    }

    @Test func theCATablePrintsNameHealthAndCluster() throws {
        session.run("New-TrustAuthorityTpm2CACertificate -Name tpmca -TrustAuthorityCluster $vTA -FilePath '\(files.file("cacert.pem"))' | Out-Null")
        #expect(session.run("Get-TrustAuthorityTpm2CACertificate -TrustAuthorityCluster $vTA").output.filter { !$0.isEmpty } == [
            "Name                                       Health   TrustAuthorityClusterId",
            "----                                       ------   -----------------------",
            "tpmca                                      Ok       TrustAuthorityCluster-domain-c8",
        ])
    }

    // MARK: - Endorsement keys

    @Test func anEndorsementKeyFileIsImportedNamedAfterTheFile() throws {
        let result = session.run("""
        $ek = New-TrustAuthorityTpm2EndorsementKey -TrustAuthorityCluster $vTA -FilePath '\(files.file("esxi-01.pem"))'
        $ek.PSObject.TypeNames[0]; $ek.Name; $ek.Certificate.Thumbprint; $ek.PublicKey.Split("`n")[0]
        """)
        #expect(result.errors == [])
        #expect(result.output == ["VMware.VimAutomation.Security.Types.V1.TrustedInfrastructure.TrustAuthorityTpm2EndorsementKey", "esxi-01",
                                  files.endorsementKey.certificate?.thumbprint ?? "?", "-----BEGIN PUBLIC KEY-----"])
        #expect(keyNames == ["esxi-01"])
    }

    @Test func theKeyFromItsPartsNeedsAPartAndAMatchingCertificate() throws {
        try files.scratch.write(files.endorsementKey.publicKeyPEM, to: "ek.pub")
        try files.scratch.write(try #require(files.endorsementKey.certificate).pem, to: "ek.crt")
        #expect(session.errorMessages("New-TrustAuthorityTpm2EndorsementKey -TrustAuthorityCluster $vTA -Name host1")
            == ["New-TrustAuthorityTpm2EndorsementKey : Specify the public key (PublicKey or PublicKeyFile), the certificate (Certificate or CertificateFile), or both of the endorsement key 'host1'."])
        // Another host's certificate with this host's key: refused whole.
        let other = try session.lab.endorsementKey(ofHost: "esxi-02.vsphere.local", by: TrustAuthorityTestFiles.workloadAdmin)
        try files.scratch.write(try #require(other.certificate).pem, to: "other.crt")
        #expect(session.errorMessages("New-TrustAuthorityTpm2EndorsementKey -TrustAuthorityCluster $vTA -Name host1 -PublicKeyFile '\(files.file("ek.pub"))' -CertificateFile '\(files.file("other.crt"))'").count == 1)
        #expect(keyNames == [])
        session.run("New-TrustAuthorityTpm2EndorsementKey -TrustAuthorityCluster $vTA -Name host1 -PublicKeyFile '\(files.file("ek.pub"))' -CertificateFile '\(files.file("ek.crt"))' | Out-Null")
        #expect(keyNames == ["host1"])
    }

    @Test func theSamePublicKeyTwiceIsRefused() throws {
        session.run("New-TrustAuthorityTpm2EndorsementKey -TrustAuthorityCluster $vTA -FilePath '\(files.file("esxi-01.pem"))' | Out-Null")
        #expect(session.errorMessages("New-TrustAuthorityTpm2EndorsementKey -TrustAuthorityCluster $vTA -FilePath '\(files.file("esxi-01.pem"))' -Name again")
            == ["New-TrustAuthorityTpm2EndorsementKey : The Trust Authority cluster already has a TPM 2.0 endorsement key named 'again' or with the same public key."])
        #expect(keyNames == ["esxi-01"])
    }

    @Test func getAndRemoveEndorsementKeys() throws {
        session.run("New-TrustAuthorityTpm2EndorsementKey -TrustAuthorityCluster $vTA -FilePath '\(files.file("esxi-01.pem"))' | Out-Null")
        #expect(session.run("(Get-TrustAuthorityCluster | Get-TrustAuthorityTpm2EndorsementKey esxi*).Name").output == ["esxi-01"])
        #expect(session.run("Get-TrustAuthorityTpm2EndorsementKey -TrustAuthorityCluster $vTA | Remove-TrustAuthorityTpm2EndorsementKey").errors.first?.contains("NonInteractive") == true)
        #expect(keyNames == ["esxi-01"])
        session.run("Get-TrustAuthorityTpm2EndorsementKey -TrustAuthorityCluster $vTA | Remove-TrustAuthorityTpm2EndorsementKey -Confirm:$false")
        #expect(keyNames == [])
    }

    // MARK: - Attestation settings

    @Test func theDefaultSettingsValidateCertificatesAndDoNotRequireKeys() throws {
        let result = session.run("""
        $s = Get-TrustAuthorityTpm2AttestationSettings -TrustAuthorityCluster $vTA
        $s.PSObject.TypeNames[0]; $s.RequireCertificateValidation; $s.RequireEndorsementKey; $s.TrustAuthorityClusterId
        """)
        #expect(result.output == ["VMware.VimAutomation.Security.Types.V1.TrustedInfrastructure.TrustAuthorityTpm2AttestationSettings",
                                  "True", "False", "TrustAuthorityCluster-domain-c8"])
    }

    @Test func setChangesOnlyTheSwitchesGiven() throws {
        session.run("Set-TrustAuthorityTpm2AttestationSettings -TrustAuthorityCluster $vTA -RequireEndorsementKey | Out-Null")
        #expect(try session.lab.tpm2AttestationSettings(of: "domain-c8", by: admin) == Tpm2AttestationSettings(requireEndorsementKey: true, requireCertificateValidation: true))
        let result = session.run("(Get-TrustAuthorityTpm2AttestationSettings -TrustAuthorityCluster $vTA | Set-TrustAuthorityTpm2AttestationSettings -RequireCertificateValidation:$false).RequireCertificateValidation")
        #expect(result.output == ["False"])
        #expect(try session.lab.tpm2AttestationSettings(of: "domain-c8", by: admin) == Tpm2AttestationSettings(requireEndorsementKey: true, requireCertificateValidation: false))
    }

    @Test func setWhatIfChangesNothing() throws {
        #expect(session.run("Set-TrustAuthorityTpm2AttestationSettings -TrustAuthorityCluster $vTA -RequireEndorsementKey -WhatIf").output
            == ["What if: Performing the operation \"Set TPM 2.0 attestation settings\" on target \"vTA Cluster\"."])
        #expect(try session.lab.tpm2AttestationSettings(of: "domain-c8", by: admin) == Tpm2AttestationSettings())
    }

    @Test func theSettingsTablePrintsBothSettings() throws {
        #expect(session.run("Get-TrustAuthorityTpm2AttestationSettings -TrustAuthorityCluster $vTA").output.filter { !$0.isEmpty } == [
            "RequireCertificateValidation RequireEndorsementKey TrustAuthorityClusterId",
            "---------------------------- --------------------- -----------------------",
            "True                         False                 TrustAuthorityCluster-domain-c8",
        ])
    }

    @Test func aUserWhoIsNotATrustedAdminIsRefused() throws {
        let other = try PowerCLITestShell()
        other.run(PowerCLITestShell.connectAsAdministrator)
        for command in ["Get-TrustAuthorityTpm2AttestationSettings -TrustAuthorityCluster 'vTA Cluster'",
                        "Get-TrustAuthorityTpm2CACertificate -TrustAuthorityCluster 'vTA Cluster'",
                        "Get-TrustAuthorityTpm2EndorsementKey -TrustAuthorityCluster 'vTA Cluster'"] {
            #expect(other.errorMessages(command).first?.hasSuffix(PowerCLITestShell.notTrustedAdmin) == true, "\(command)")
        }
    }

    @Test func theKeySetTakesGetTpm2EndorsementKeysObjects() throws {
        // Get-Tpm2EndorsementKey's objects (made by the workload side's cmdlet; here by hand, with the hosts' keys).
        var values: [Value] = []
        for host in ["esxi-01.vsphere.local", "esxi-02.vsphere.local"] {
            let object = PSObject(typeNames: ["VMware.VimAutomation.Security.Types.V1.TrustedInfrastructure.Tpm2EndorsementKey", "System.Object"])
            object.baseObject = try session.lab.endorsementKey(ofHost: host, by: TrustAuthorityTestFiles.workloadAdmin)
            values.append(.object(object))
        }
        session.shell.setVariable("keys", .array(values))
        let result = session.run("(New-TrustAuthorityTpm2EndorsementKey -TrustAuthorityCluster $vTA -Tpm2EndorsementKey $keys).Name")
        #expect(result.errors == [])
        #expect(keyNames == ["esxi-01.vsphere.local", "esxi-02.vsphere.local"])
        #expect(result.output == keyNames)
    }

    @Test func aRefusedKeyOfSeveralImportsNone() throws {
        let object = PSObject(typeNames: ["VMware.VimAutomation.Security.Types.V1.TrustedInfrastructure.Tpm2EndorsementKey", "System.Object"])
        object.baseObject = try session.lab.endorsementKey(ofHost: "esxi-03.vsphere.local", by: TrustAuthorityTestFiles.workloadAdmin)
        session.shell.setVariable("key", .object(object))
        #expect(session.errorMessages("New-TrustAuthorityTpm2EndorsementKey -TrustAuthorityCluster $vTA -Tpm2EndorsementKey $key, $key")
            == ["New-TrustAuthorityTpm2EndorsementKey : The Trust Authority cluster already has a TPM 2.0 endorsement key named 'esxi-03.vsphere.local' or with the same public key."])
        #expect(keyNames == [])
    }
}
