import TestSupport
import Testing
import TrustAuthority

/// Step 5's remaining cmdlets: `Set-TrustAuthorityKeyProvider` (settings; -KmipServerPassword in its own set),
/// `Remove-TrustAuthorityKeyProvider`, `Get-/Remove-TrustAuthorityKeyProviderServer` (sets Name / Address;
/// "A Trust Authority key provider requires at least 1 Trust Authority key provider server"), and
/// `Set-/Remove-TrustAuthorityKeyProviderServerCertificate` (reference/powercli-cmdlets.md §3, §6).
@Suite struct TrustAuthorityKeyProviderAdministrationTests {
    let session: PowerCLITestShell

    init() throws {
        session = try PowerCLITestShell.withProvider()
    }

    var provider: KeyProvider? { session.lab.provider(named: "clkp") }

    // MARK: - Set-TrustAuthorityKeyProvider

    @Test func setChangesTheGivenFieldsAndReturnsTheProvider() throws {
        let result = session.run("$r = Set-TrustAuthorityKeyProvider -KeyProvider $kp -PrimaryKeyId 1 -Description rotated -ProxyAddress 10.0.0.5 -ProxyPort 3128 -ConnectionTimeoutSeconds 60 -KmipServerUsername vcqekmip; $r.PrimaryKeyId; $r.Description; $r.ProxyPort")
        #expect(result.errors == [])
        #expect(result.output == ["1", "rotated", "3128"])
        let stored = try #require(provider)
        #expect(stored.primaryKeyId == "1" && stored.description == "rotated" && stored.proxyAddress == "10.0.0.5" && stored.proxyPort == 3128)
        #expect(stored.connectionTimeoutSeconds == 60 && stored.kmipServerUsername == "vcqekmip")
    }

    @Test func theProviderBindsByNameAndFromThePipelineAndMasterKeyIdIsTheOldName() throws {
        session.run("Get-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA | Set-TrustAuthorityKeyProvider -MasterKeyId 1 | Out-Null")
        #expect(provider?.primaryKeyId == "1")
        session.run("Set-TrustAuthorityKeyProvider -KeyProvider clkp -PrimaryKeyId 8 | Out-Null")
        #expect(provider?.primaryKeyId == "8")
    }

    @Test func thePasswordIsItsOwnSetAndIsStored() throws {
        session.shell.setVariable("pw", .string("s3cret"))
        let result = session.run("Set-TrustAuthorityKeyProvider -KeyProvider $kp -KmipServerPassword (ConvertTo-SecureString $pw -AsPlainText -Force) | Out-Null")
        #expect(result.errors == [])
        #expect(provider?.kmipServerPassword == "s3cret")
        #expect(session.run("Set-TrustAuthorityKeyProvider -KeyProvider $kp -KmipServerPassword (ConvertTo-SecureString x -AsPlainText -Force) -Description d").output == [])
        #expect(session.lastError().first == "AmbiguousParameterSet,VMware.VimAutomation.Security.Commands.Cmdlets.TrustedInfrastructure.SetTrustAuthorityKeyProvider")
        #expect(provider?.kmipServerPassword == "s3cret" && provider?.description == "")
    }

    @Test func aRefusedValueChangesNothing() throws {
        #expect(session.errorMessages("Set-TrustAuthorityKeyProvider -KeyProvider $kp -Description changed -ProxyPort 8080")
            == ["Set-TrustAuthorityKeyProvider : The ProxyPort parameter works only together with a proxy address (ProxyAddress)."])
        #expect(session.lastError() == ["Client20_TrustedInfrastructure_InvalidArgument,VMware.VimAutomation.Security.Commands.Cmdlets.TrustedInfrastructure.SetTrustAuthorityKeyProvider",
                                        "InvalidArgument", "ViError"])
        #expect(session.errorMessages("Set-TrustAuthorityKeyProvider -KeyProvider $kp -ConnectionTimeoutSeconds 0").count == 1)
        #expect(session.errorMessages("Set-TrustAuthorityKeyProvider -KeyProvider $kp -PrimaryKeyId 1 -MasterKeyId 8").count == 1)
        #expect(session.run("Set-TrustAuthorityKeyProvider -KeyProvider $kp -Type Other").output == [])
        #expect(provider?.description == "" && provider?.connectionTimeoutSeconds == 30 && provider?.primaryKeyId == "8")
    }

    @Test func setWhatIfChangesNothing() throws {
        #expect(session.run("Set-TrustAuthorityKeyProvider -KeyProvider $kp -PrimaryKeyId 1 -WhatIf").output
            == ["What if: Performing the operation \"Set Trust Authority key provider\" on target \"clkp\"."])
        #expect(provider?.primaryKeyId == "8")
    }

    @Test func aProviderOfAnotherClusterIsNotFound() throws {
        #expect(session.errorMessages("Set-TrustAuthorityKeyProvider -KeyProvider nope -PrimaryKeyId 1")
            == ["Set-TrustAuthorityKeyProvider : Could not find TrustAuthorityKeyProvider with name 'nope'."])
    }

    // MARK: - Remove-TrustAuthorityKeyProvider

    @Test func removeConfirmsByDefaultThenRemoves() throws {
        #expect(session.run("Remove-TrustAuthorityKeyProvider -KeyProvider $kp").errors.first?.contains("NonInteractive") == true)
        #expect(provider != nil)
        #expect(session.run("Remove-TrustAuthorityKeyProvider -KeyProvider $kp -WhatIf").output
            == ["What if: Performing the operation \"Remove Trust Authority key provider\" on target \"clkp\"."])
        #expect(provider != nil)
        let result = session.run("Get-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA | Remove-TrustAuthorityKeyProvider -Confirm:$false")
        #expect(result.errors == [] && result.output == [])
        #expect(provider == nil)
        #expect(session.run("(Get-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA).Count").output == ["0"])
    }

    @Test func removingAProviderTwiceIsAnError() throws {
        session.run("Remove-TrustAuthorityKeyProvider clkp -Confirm:$false")
        #expect(session.errorMessages("Remove-TrustAuthorityKeyProvider clkp -Confirm:$false")
            == ["Remove-TrustAuthorityKeyProvider : Could not find TrustAuthorityKeyProvider with name 'clkp'."])
    }

    // MARK: - Key provider servers

    @Test func getListsTheServersAndFiltersByNameOrAddress() throws {
        session.run("Add-TrustAuthorityKeyProviderServer -KeyProvider $kp -Address 10.0.0.2 -Name kms2 | Out-Null")
        #expect(session.run("(Get-TrustAuthorityKeyProviderServer -KeyProvider $kp).Name").output == ["192.168.110.91", "kms2"])
        #expect(session.run("($kp | Get-TrustAuthorityKeyProviderServer -Name kms*).Address").output == ["10.0.0.2"])
        #expect(session.run("(Get-TrustAuthorityKeyProviderServer -KeyProvider clkp -Address 192.168.*).Name").output == ["192.168.110.91"])
        #expect(session.run("(Get-TrustAuthorityKeyProviderServer -KeyProvider clkp -Address 10.0.0.2).PSObject.TypeNames[0]").output
            == ["VMware.VimAutomation.Security.Types.V1.TrustedInfrastructure.TrustAuthorityKeyProviderServer"])
        #expect(session.errorMessages("Get-TrustAuthorityKeyProviderServer -KeyProvider clkp -Name kms9")
            == ["Get-TrustAuthorityKeyProviderServer : Could not find TrustAuthorityKeyProviderServer with name 'kms9'."])
        #expect(session.run("Get-TrustAuthorityKeyProviderServer -KeyProvider clkp -Name a -Address b").output == [])
        #expect(session.lastError().first == "AmbiguousParameterSet,VMware.VimAutomation.Security.Commands.Cmdlets.TrustedInfrastructure.GetTrustAuthorityKeyProviderServer")
    }

    @Test func theLastServerCannotBeRemoved() throws {
        // §6: "Remove-TrustAuthorityKeyProviderServer must leave at least 1 server".
        #expect(session.errorMessages("Remove-TrustAuthorityKeyProviderServer -KeyProviderServer $kp.KeyProviderServers -Confirm:$false")
            == ["Remove-TrustAuthorityKeyProviderServer : " + LabError.lastServer("clkp").message])
        #expect(session.lastError() == ["Client20_TrustedInfrastructure_NotAllowedInCurrentState,VMware.VimAutomation.Security.Commands.Cmdlets.TrustedInfrastructure.RemoveTrustAuthorityKeyProviderServer",
                                        "InvalidOperation", "ViError"])
        #expect(provider?.servers.count == 1)
    }

    @Test func removingEveryServerAtOnceRemovesNone() throws {
        session.run("Add-TrustAuthorityKeyProviderServer -KeyProvider $kp -Address 10.0.0.2 -Name kms2 | Out-Null")
        let all = session.run("Remove-TrustAuthorityKeyProviderServer -KeyProviderServer (Get-TrustAuthorityKeyProviderServer -KeyProvider clkp) -Confirm:$false")
        #expect(all.errors.first == "Remove-TrustAuthorityKeyProviderServer : " + LabError.lastServer("clkp").message)
        #expect(provider?.servers.map(\.name) == ["192.168.110.91", "kms2"])
        session.run("Get-TrustAuthorityKeyProviderServer -KeyProvider clkp -Name kms2 | Remove-TrustAuthorityKeyProviderServer -Confirm:$false")
        #expect(provider?.servers.map(\.name) == ["192.168.110.91"])
    }

    @Test func removeServerConfirmsByDefault() throws {
        session.run("Add-TrustAuthorityKeyProviderServer -KeyProvider $kp -Address 10.0.0.2 -Name kms2 | Out-Null")
        #expect(session.run("Get-TrustAuthorityKeyProviderServer -KeyProvider clkp -Name kms2 | Remove-TrustAuthorityKeyProviderServer").errors.first?.contains("NonInteractive") == true)
        #expect(provider?.servers.count == 2)
    }

    // MARK: - Trusted server certificates

    @Test func setReplacesTheTrustedCertificatesAndRemoveUntrustsOne() throws {
        session.run("$cert = Get-TrustAuthorityKeyProviderServerCertificate -KeyProviderServer $kp.KeyProviderServers")
        let set = session.run("(Set-TrustAuthorityKeyProviderServerCertificate -KeyProvider $kp -Certificate $cert.Certificate).Trusted")
        #expect(set.errors == [] && set.output == ["True"])
        let presented = try session.lab.presentedChain(provider: try #require(provider), server: try #require(provider?.servers.first))
        #expect(provider?.trustedServerCertificates == [try #require(presented.first)])
        #expect(session.run("Get-TrustAuthorityKeyProviderServerCertificate -KeyProvider $kp | Remove-TrustAuthorityKeyProviderServerCertificate").errors.first?.contains("NonInteractive") == true)
        #expect(provider?.trustedServerCertificates.count == 1)
        let removed = session.run("Get-TrustAuthorityKeyProviderServerCertificate -KeyProvider $kp | Remove-TrustAuthorityKeyProviderServerCertificate -Confirm:$false")
        #expect(removed.errors == [])
        #expect(provider?.trustedServerCertificates == [])
    }

    @Test func removingACertificateThatIsNotTrustedIsAnError() throws {
        let result = session.run("Get-TrustAuthorityKeyProviderServerCertificate -KeyProviderServer $kp.KeyProviderServers | Remove-TrustAuthorityKeyProviderServerCertificate -Confirm:$false")
        #expect(result.errors.first?.hasPrefix("Remove-TrustAuthorityKeyProviderServerCertificate : The key provider 'clkp' does not trust a certificate with thumbprint") == true)
    }

    @Test func setServerCertificateWhatIfChangesNothing() throws {
        session.run("$cert = Get-TrustAuthorityKeyProviderServerCertificate -KeyProviderServer $kp.KeyProviderServers")
        #expect(session.run("Set-TrustAuthorityKeyProviderServerCertificate -KeyProvider $kp -Certificate $cert.Certificate -WhatIf").output
            == ["What if: Performing the operation \"Set trusted server certificates\" on target \"clkp\"."])
        #expect(provider?.trustedServerCertificates == [])
    }

    @Test func aUserWhoIsNotATrustedAdminIsRefused() throws {
        session.run("Disconnect-VIServer * -Confirm:$false; " + PowerCLITestShell.connectAsAdministrator)
        for command in ["Set-TrustAuthorityKeyProvider -KeyProvider clkp -PrimaryKeyId 1", "Remove-TrustAuthorityKeyProvider clkp -Confirm:$false",
                        "Get-TrustAuthorityKeyProviderServer -KeyProvider clkp"] {
            #expect(session.errorMessages(command).first?.hasSuffix(PowerCLITestShell.notTrustedAdmin) == true, "\(command)")
        }
        #expect(provider?.primaryKeyId == "8")
    }
}
