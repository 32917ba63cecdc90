import Foundation
import Testing
import TestSupport

/// The Trust Authority side of the nine-step workflow (steps 2 and 4) from two vtash shells connected to one served
/// lab over the API (`ServedShellTests.remote`: each on a throw-away lab of its own), each change made by one shell
/// read back by the other. The files the steps import come from the workload vCenter, which this server does not
/// serve: a shell on the served lab's own file writes them, as the workload vCenter's administrator would.
@Suite struct ServedWorkflowTests {
    typealias Served = ServedShellTests.Served

    static func files(_ served: Served) throws {
        let made = try ServedShellTests.local(served, """
        Connect-VIServer -Server 192.168.210.23 -User trustedadmin@vsphere.local -Password 'VMware1!' | Out-Null
        Export-TrustedPrincipal -FilePath principal.json | Out-Null
        $vmhost = Get-VMHost esxi-01.vsphere.local
        Export-VMHostImageDb -VMHost $vmhost -FilePath image.tgz | Out-Null
        Export-Tpm2CACertificate -Tpm2EndorsementKey ($vmhost | Get-Tpm2EndorsementKey) -FilePath cacert.cer | Out-Null
        Connect-VIServer -Server esxi-01.vsphere.local -User trustedadmin@vsphere.local -Password 'VMware1!' | Out-Null
        Export-Tpm2EndorsementKey -FilePath esxi-01.pem | Out-Null
        $vmhost.Version + '-' + $vmhost.Build
        """)
        #expect(made.status == 0 && made.errors.isEmpty, "\(made.output)\(made.errors)")
    }

    static func lines(_ result: VtashProcess.Result) -> [String] {
        result.outputLines.filter { !$0.isEmpty }
    }

    @Test(.timeLimit(.minutes(5))) func twoShellsDoTheTrustAuthoritySideStepsAndEachSeesTheOthersChanges() throws {
        let served = try ServedShellTests.serve()
        defer { ServedShellTests.stop(served) }
        try Self.files(served)

        // Step 2 by the first shell, seen by the second.
        let disabled = try ServedShellTests.remote(served, "Set-TrustAuthorityCluster -TrustAuthorityCluster $vTA -State Disabled -Confirm:$false | Out-Null")
        #expect(disabled.status == 0 && disabled.errors.isEmpty, "\(disabled.output)\(disabled.errors)")
        let stateSeen = try ServedShellTests.remote(served, """
        'State=' + $vTA.State
        Set-TrustAuthorityCluster -TrustAuthorityCluster $vTA -State Enabled -Confirm:$false | Out-Null
        """)
        #expect(Self.lines(stateSeen) == ["State=Disabled"], "\(stateSeen.output)\(stateSeen.errors)")

        // Step 4, the principal and the TPM CA certificate by the first shell.
        let first = try ServedShellTests.remote(served, """
        'State=' + $vTA.State
        New-TrustAuthorityPrincipal -TrustAuthorityCluster $vTA -FilePath principal.json | Out-Null
        New-TrustAuthorityTpm2CACertificate -TrustAuthorityCluster $vTA -FilePath cacert.cer -Name tpm-ca | Out-Null
        """)
        #expect(Self.lines(first) == ["State=Enabled"] && first.errors.isEmpty, "\(first.output)\(first.errors)")
        // The second shell sees them, and adds the endorsement key, the base image and the settings.
        let second = try ServedShellTests.remote(served, """
        $p = Get-TrustAuthorityPrincipal -TrustAuthorityCluster $vTA
        'Principal=' + $p.Issuer + '|' + $p.Health + '|' + $p.CertificateChain.ChainElements.Count
        'CA=' + ((Get-TrustAuthorityTpm2CACertificate -TrustAuthorityCluster $vTA).Name -join ',')
        New-TrustAuthorityTpm2EndorsementKey -TrustAuthorityCluster $vTA -FilePath esxi-01.pem | Out-Null
        New-TrustAuthorityVMHostBaseImage -TrustAuthorityCluster $vTA -FilePath image.tgz | Out-Null
        Set-TrustAuthorityTpm2AttestationSettings -TrustAuthorityCluster $vTA -RequireEndorsementKey -RequireCertificateValidation:$false | Out-Null
        """)
        #expect(second.errors.isEmpty, "\(second.output)\(second.errors)")
        #expect(Self.lines(second) == ["Principal=https://192.168.210.23/websso/SAML2/Metadata/vsphere.local|Ok|2", "CA=tpm-ca"], "\(second.output)")

        // The first shell sees the second's changes, and removes the TPM CA certificate.
        let third = try ServedShellTests.remote(served, """
        $ek = Get-TrustAuthorityTpm2EndorsementKey -TrustAuthorityCluster $vTA
        'Key=' + $ek.Name + '|' + ($null -ne $ek.Certificate)
        'Image=' + ((Get-TrustAuthorityVMHostBaseImage -TrustAuthorityCluster $vTA).VMHostVersion -join ',')
        $s = Get-TrustAuthorityTpm2AttestationSettings -TrustAuthorityCluster $vTA
        'Settings=' + $s.RequireEndorsementKey + '|' + $s.RequireCertificateValidation
        Get-TrustAuthorityTpm2CACertificate -TrustAuthorityCluster $vTA | Remove-TrustAuthorityTpm2CACertificate -Confirm:$false
        """)
        #expect(third.errors.isEmpty, "\(third.output)\(third.errors)")
        let version = try #require(try ServedShellTests.local(served, """
        Connect-VIServer -Server 192.168.210.23 -User trustedadmin@vsphere.local -Password 'VMware1!' | Out-Null
        $vmhost = Get-VMHost esxi-01.vsphere.local
        $vmhost.Version + '-' + $vmhost.Build
        """).outputLines.first)
        #expect(Self.lines(third) == ["Key=esxi-01|True", "Image=\(version)", "Settings=True|False"], "\(third.output)")

        // The second shell no longer sees the certificate; the served lab's own file holds every change.
        let fourth = try ServedShellTests.remote(served, "'CA=' + @(Get-TrustAuthorityTpm2CACertificate -TrustAuthorityCluster $vTA).Count")
        #expect(Self.lines(fourth) == ["CA=0"], "\(fourth.output)\(fourth.errors)")
        let stored = try ServedShellTests.local(served, """
        Connect-VIServer -Server 192.168.210.22 -User trustedadmin@vsphere.local -Password 'VMware1!' | Out-Null
        $vTA = Get-TrustAuthorityCluster 'vTA Cluster'
        'Stored=' + @(Get-TrustAuthorityPrincipal -TrustAuthorityCluster $vTA).Count + '|' + @(Get-TrustAuthorityTpm2EndorsementKey -TrustAuthorityCluster $vTA).Count + '|' + @(Get-TrustAuthorityVMHostBaseImage -TrustAuthorityCluster $vTA).Count + '|' + @(Get-TrustAuthorityTpm2CACertificate -TrustAuthorityCluster $vTA).Count
        """)
        #expect(Self.lines(stored) == ["Stored=1|1|1|0"], "\(stored.output)\(stored.errors)")
    }

    /// Step 5 beyond the seed page: key provider servers and trusted server certificates (`-KeyProvider` lists the
    /// trusted ones), changed by one shell and read back by the other (the whole server list and trusted list go over `providers.update`, `trusted_peer_certificates.update`).
    @Test(.timeLimit(.minutes(5))) func keyProviderServersAndServerCertificatesChangeOverTheAPI() throws {
        let served = try ServedShellTests.serve()
        defer { ServedShellTests.stop(served) }
        let first = try ServedShellTests.remote(served, """
        New-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA -PrimaryKeyId 1 -Name clkp -KmipServerAddress 192.168.110.91 | Out-Null
        $kp = Get-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA -Name clkp
        Add-TrustAuthorityKeyProviderServer -KeyProvider $kp -Address 192.168.110.92 -Name second | Out-Null
        $cert = Get-TrustAuthorityKeyProviderServerCertificate -KeyProviderServer $kp.KeyProviderServers[0]
        Add-TrustAuthorityKeyProviderServerCertificate -ServerCertificate $cert | Out-Null
        """)
        #expect(first.errors.isEmpty, "\(first.output)\(first.errors)")
        let second = try ServedShellTests.remote(served, """
        $kp = Get-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA -Name clkp
        'Servers=' + ((Get-TrustAuthorityKeyProviderServer -KeyProvider $kp).Name -join ',')
        'Trusted=' + @(Get-TrustAuthorityKeyProviderServerCertificate -KeyProvider $kp).Count
        Get-TrustAuthorityKeyProviderServer -KeyProvider $kp -Name second | Remove-TrustAuthorityKeyProviderServer -Confirm:$false
        Get-TrustAuthorityKeyProviderServerCertificate -KeyProvider $kp | Remove-TrustAuthorityKeyProviderServerCertificate -Confirm:$false
        """)
        #expect(second.errors.isEmpty, "\(second.output)\(second.errors)")
        #expect(Self.lines(second) == ["Servers=192.168.110.91,second", "Trusted=1"], "\(second.output)")
        let third = try ServedShellTests.remote(served, """
        $kp = Get-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA -Name clkp
        'Servers=' + ((Get-TrustAuthorityKeyProviderServer -KeyProvider $kp).Name -join ',')
        'Trusted=' + @(Get-TrustAuthorityKeyProviderServerCertificate -KeyProvider $kp).Count
        try { $kp.KeyProviderServers | Remove-TrustAuthorityKeyProviderServer -Confirm:$false -ErrorAction Stop } catch { 'Error=' + $_.FullyQualifiedErrorId }
        """)
        #expect(Self.lines(third).prefix(2) == ["Servers=192.168.110.91", "Trusted=0"], "\(third.output)\(third.errors)")
        #expect(third.outputLines.contains { $0.hasPrefix("Error=Client20_TrustedInfrastructure_NotAllowedInCurrentState") }, "\(third.output)\(third.errors)")
    }

    /// A refusal of the served lab reaches the shell as the error the local cmdlet gives: the same message, error id
    /// and category (AlreadyExists and NotFound, the std errors the endpoint answers with).
    @Test(.timeLimit(.minutes(5))) func refusalsOfTheServedLabAreTheLocalCmdletsErrors() throws {
        let served = try ServedShellTests.serve()
        defer { ServedShellTests.stop(served) }
        try Self.files(served)
        let refusals = """
        New-TrustAuthorityPrincipal -TrustAuthorityCluster $vTA -FilePath principal.json | Out-Null
        try { New-TrustAuthorityPrincipal -TrustAuthorityCluster $vTA -FilePath principal.json -ErrorAction Stop | Out-Null; 'ran' }
        catch { 'Error=' + $_.Exception.Message + '|' + $_.FullyQualifiedErrorId + '|' + $_.CategoryInfo.Category }
        New-TrustAuthorityTpm2CACertificate -TrustAuthorityCluster $vTA -FilePath cacert.cer -Name tpm-ca | Out-Null
        $ca = Get-TrustAuthorityTpm2CACertificate -TrustAuthorityCluster $vTA -Name tpm-ca
        Remove-TrustAuthorityTpm2CACertificate -Tpm2CACertificate $ca -Confirm:$false
        try { Remove-TrustAuthorityTpm2CACertificate -Tpm2CACertificate $ca -Confirm:$false -ErrorAction Stop; 'ran' }
        catch { 'Error=' + $_.Exception.Message + '|' + $_.FullyQualifiedErrorId + '|' + $_.CategoryInfo.Category }
        try { Set-TrustAuthorityTpm2AttestationSettings -TrustAuthorityCluster 'no such cluster' -RequireEndorsementKey -ErrorAction Stop | Out-Null; 'ran' }
        catch { 'Error=' + $_.Exception.Message + '|' + $_.FullyQualifiedErrorId + '|' + $_.CategoryInfo.Category }
        """
        let remote = try ServedShellTests.remote(served, refusals)
        let remoteErrors = remote.outputLines.filter { $0.hasPrefix("Error=") }
        // The same commands on another fresh lab of the same definition, in a shell of its own (no API at all).
        let local = try VtashProcess.run(["--new-lab", "-Command", """
        Connect-VIServer -Server 192.168.210.22 -User trustedadmin@vsphere.local -Password 'VMware1!' | Out-Null
        $vTA = Get-TrustAuthorityCluster 'vTA Cluster'
        \(refusals)
        """], in: served.folder)
        let localErrors = local.outputLines.filter { $0.hasPrefix("Error=") }
        #expect(localErrors.count == 3, "\(local.output)\(local.errors)")
        #expect(localErrors.first?.contains("|Client20_TrustedInfrastructure_AlreadyExists,") == true, "\(localErrors)")
        #expect(localErrors.dropFirst().first?.contains("|Client20_TrustedInfrastructure_NotFound,") == true, "\(localErrors)")
        #expect(remoteErrors == localErrors, "\(remote.output)\(remote.errors)")
        #expect(!remote.outputLines.contains("ran"))
    }

    /// Operations with no vSphere Automation API that vtash serves are refused while the shell is connected to a
    /// served vCenter, never run on the shell's own lab (a silent wrong target).
    @Test(.timeLimit(.minutes(3))) func operationsWithoutAServedAPIAreRefusedNotRunOnTheShellsOwnLab() throws {
        let served = try ServedShellTests.serve()
        defer { ServedShellTests.stop(served) }
        let result = try ServedShellTests.remote(served, """
        try { Get-TrustAuthorityServicesStatus -TrustAuthorityCluster $vTA -ErrorAction Stop | Out-Null; 'ran' } catch { 'Refused=' + $_.FullyQualifiedErrorId }
        try { Export-TrustAuthorityServicesInfo -TrustAuthorityCluster $vTA -FilePath services.json -ErrorAction Stop | Out-Null; 'ran' } catch { 'Refused=' + $_.Exception.Message }
        """)
        #expect(!result.outputLines.contains("ran"), "\(result.output)\(result.errors)")
        #expect(result.outputLines.contains { $0.hasPrefix("Refused=Client20_TrustedInfrastructure_") }, "\(result.output)\(result.errors)")
        #expect(result.outputLines.contains("Refused=This operation has no vSphere Automation API that vtash serves, so it cannot go to the served vCenter at "
            + "https://127.0.0.1:\(served.port). Run it in a shell on the served lab's file (vtash --lab PATH), or Disconnect-VIServer first."),
            "\(result.output)\(result.errors)")
        #expect(!FileManager.default.fileExists(atPath: served.folder.appendingPathComponent("services.json").path))
    }
}
