import PowerCLI
import ShellEngine
import TestSupport
import Testing
import TrustAuthority

/// PowerCLI cmdlets run in-process on a fresh lab.
@Suite struct PowerCLICmdletTests {
    @Test func trustAuthorityCmdletsRefuseWhenNotConnected() throws {
        let session = try PowerCLITestShell()
        let result = session.run("Get-TrustAuthorityCluster")
        #expect(result.errors.first == "Get-TrustAuthorityCluster : You are not currently connected to any servers. Please connect first using a Connect cmdlet.")
    }

    @Test func theClusterNameBindsPositionallyAndTheStateIsAnEnum() throws {
        let session = try PowerCLITestShell()
        session.run(PowerCLITestShell.connect)
        let result = session.run("$vTA.Name; $vTA.Id; $vTA.State -eq 'Enabled'; $vTA.State.GetType().FullName")
        #expect(result.output == ["vTA Cluster", "TrustAuthorityCluster-domain-c8", "True",
                                  "VMware.VimAutomation.Security.Types.V1.TrustedInfrastructure.TrustAuthorityState"])
    }

    @Test func newProviderDefaultsToKmipPort5696AndNamesItsServerAfterTheAddress() throws {
        let session = try PowerCLITestShell()
        session.run(PowerCLITestShell.connect)
        let result = session.run("""
        $kp = New-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA -PrimaryKeyId 8 -Name clkp -KmipServerAddress 192.168.110.91
        $kp.KeyProviderServers.Port; $kp.KeyProviderServers.Name; $kp.KeyProviderServers.Id; $kp.Status.Health
        """)
        #expect(result.output == ["5696", "192.168.110.91", "domain-c8-clkp:192.168.110.91", "Error"])
        #expect(session.lab.keyProviders.map(\.name) == ["clkp"])
    }

    @Test func providerNamesAreUniqueCaseInsensitively() throws {
        let session = try PowerCLITestShell()
        session.run(PowerCLITestShell.connect)
        session.run("New-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA -PrimaryKeyId 8 -Name clkp -KmipServerAddress 192.168.110.91 | Out-Null")
        let result = session.run("New-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA -PrimaryKeyId 1 -Name CLKP -KmipServerAddress 10.0.0.1")
        #expect(result.errors.first?.contains("already exists") == true)
        #expect(session.lab.keyProviders.count == 1)
        #expect(session.lab.keyProviders[0].primaryKeyId == "8")
    }

    @Test func providerObjectsOfOneTypeStayIndependentWhenOneChangesOrGainsAProperty() throws {
        let session = try PowerCLITestShell()
        session.run(PowerCLITestShell.connect)
        session.run("""
        New-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA -PrimaryKeyId 8 -Name one -KmipServerAddress 192.168.110.91 | Out-Null
        New-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA -PrimaryKeyId 9 -Name two -KmipServerAddress 192.168.110.92 | Out-Null
        """)
        let result = session.run("""
        $all = Get-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA
        $all[0].Note = 'added'; $all[0].description = 'changed'; $all[0].KeyProviderServers[0].Extra = 1
        $all[1].Note -eq $null; $all[1].Description -eq ''; $all[1].KeyProviderServers[0].Extra -eq $null
        $all[0].NOTE; $all[0].Description; ($all[0].psobject.Properties | ForEach-Object { $_.Name }) -join ','
        ($all[1].psobject.Properties | ForEach-Object { $_.Name }) -join ','
        $again = Get-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA -Name one
        $again.Note -eq $null; $again.PRIMARYKEYID; $again.keyproviderservers.address; $again.Status.ServerStatus.Name
        """)
        #expect(result.errors.isEmpty)
        let properties = "Name,PrimaryKeyId,Type,TrustAuthorityClusterId,Description,ProxyAddress,ProxyPort,ConnectionTimeoutSeconds,KmipServerUsername,KeyProviderServers,Status,Id,Uid"
        #expect(result.output == ["True", "True", "True", "added", "changed", properties + ",Note", properties,
                                  "True", "8", "192.168.110.91", "192.168.110.91"])
    }

    @Test func selectObjectLastOneReturnsTheLastProvider() throws {
        let session = try PowerCLITestShell()
        session.run(PowerCLITestShell.connect)
        session.run("""
        New-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA -PrimaryKeyId 8 -Name first -KmipServerAddress 192.168.110.91 | Out-Null
        New-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA -PrimaryKeyId 1 -Name second -KmipServerAddress 192.168.110.91 | Out-Null
        """)
        let result = session.run("(Get-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA | Select-Object -Last 1).Name; (Get-TrustAuthorityKeyProvider -Cluster $vTA second).PrimaryKeyId")
        #expect(result.output == ["second", "1"])
    }

    @Test func disconnectWithWildcardClearsTheDefaultServers() throws {
        let session = try PowerCLITestShell()
        session.run(PowerCLITestShell.connect)
        let result = session.run("$global:DefaultVIServers.Count; Disconnect-VIServer -Server * -Confirm:$false; $global:DefaultVIServers.Count")
        #expect(result.output == ["1", "0"])
        #expect(result.errors.isEmpty)
    }

    @Test func disconnectAsksForConfirmationAndFailsWhenNoOneCanAnswer() throws {
        let session = try PowerCLITestShell()
        session.run(PowerCLITestShell.connect)
        let result = session.run("Disconnect-VIServer -Server *")
        #expect(result.errors.first?.contains("NonInteractive") == true)
        #expect(session.run("$global:DefaultVIServers.Count").output == ["1"])
    }

    @Test func whatIfDescribesTheDisconnectWithoutDoingIt() throws {
        let session = try PowerCLITestShell()
        session.run(PowerCLITestShell.connect)
        let result = session.run("Disconnect-VIServer -Server * -WhatIf")
        #expect(result.output == ["What if: Performing the operation \"Disconnect VIServer\" on target \"User: VSPHERE.LOCAL\\trustedadmin, Server: 192.168.210.22, Port: 443\"."])
    }

    @Test func aKmsIssuedPairWhoseKeyDoesNotMatchIsRefusedWhole() throws {
        let session = try PowerCLITestShell()
        session.run(PowerCLITestShell.connect)
        session.run("New-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA -PrimaryKeyId 8 -Name clkp -KmipServerAddress 192.168.110.91 | Out-Null")
        let first = try session.lab.issueClientCertificate(keyServer: "192.168.110.91", commonName: "a")
        let second = try session.lab.issueClientCertificate(keyServer: "192.168.110.91", commonName: "b")
        session.shell.setVariable("certPem", .string(first.certificate.pem))
        session.shell.setVariable("keyPem", .string(second.key.pem))
        let result = session.run("Set-TrustAuthorityKeyProviderClientCertificate -KeyProvider clkp -Certificate $certPem -PrivateKey $keyPem")
        #expect(result.errors.first == "Set-TrustAuthorityKeyProviderClientCertificate : The private key does not match the certificate's public key.")
        #expect(session.lab.provider(named: "clkp")?.clientCertificate == nil)
    }
}
