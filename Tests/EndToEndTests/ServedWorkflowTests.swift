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
        try { Set-TrustedCluster -TrustedCluster 'Workload Cluster' -State Enabled -Confirm:$false -ErrorAction Stop | Out-Null; 'ran' } catch { 'Refused=' + $_.FullyQualifiedErrorId }
        try { Get-TrustedCluster -ErrorAction Stop | Out-Null; 'ran' } catch { 'Refused=' + $_.Exception.Message }
        # The key-server administrator's lab cmdlets act on a lab, not on a vCenter: not on the shell's own lab either.
        try { Get-LabKeyServer -ErrorAction Stop | Out-Null; 'ran' } catch { 'Lab=' + $_.FullyQualifiedErrorId }
        try { New-LabKeyServerKey -KeyServer 192.168.110.91 -ErrorAction Stop | Out-Null; 'ran' } catch { 'Lab=' + $_.FullyQualifiedErrorId }
        """)
        #expect(result.outputLines.filter { $0.hasPrefix("Lab=") }.map { $0.split(separator: ",").first.map(String.init) ?? $0 }
            == ["Lab=LabKeyServerNotServed", "Lab=LabKeyServerNotServed"], "\(result.output)\(result.errors)")
        #expect(!result.outputLines.contains("ran"), "\(result.output)\(result.errors)")
        #expect(result.outputLines.contains { $0.hasPrefix("Refused=Client20_TrustedInfrastructure_") }, "\(result.output)\(result.errors)")
        #expect(result.outputLines.contains("Refused=This operation has no vSphere Automation API that vtash serves, so it cannot go to the served vCenter at "
            + "https://127.0.0.1:\(served.port). Run it in a shell on the served lab's file (vtash --lab PATH), or Disconnect-VIServer first."),
            "\(result.output)\(result.errors)")
    }

    /// The workload vCenter served (`vtash serve --vcenter 192.168.210.23`): step 3's principal and step 7's service
    /// registrations from two shells connected to it, each seeing the other's; the principal file is the one a shell
    /// on the lab's own file exports, and a refusal is the local cmdlet's error.
    @Test(.timeLimit(.minutes(5))) func twoShellsOnAServedWorkloadVCenterRegisterServicesAndExportItsPrincipal() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vtash-served-workload-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let server = try ServeProcess(lab: folder.appendingPathComponent("lab.sqlite").path, arguments: ["--vcenter", "192.168.210.23"], in: folder)
        let port = try #require(server.waitForPort(), "vtash serve did not start: \(server.lines.suffix(5))")
        let served = Served(folder: folder, server: server, port: port)
        defer { ServedShellTests.stop(served) }
        // Connected to the served workload vCenter (it has no Trust Authority cluster: no `$vTA`).
        func shell(_ script: String) throws -> VtashProcess.Result {
            try ServedShellTests.remote(served, """
            Connect-VIServer -Server 127.0.0.1 -Port \(port) -User trustedadmin@vsphere.local -Password 'VMware1!' | Out-Null
            \(script)
            """, connect: false)
        }
        let register = """
        Add-AttestationServiceInfo -ServiceAddress esxi-ta-01.vsphere.local -ServiceGroup 'domain-c8@192.168.210.22' -TAClusterId TrustAuthorityCluster-domain-c8 | Out-Null
        Add-KeyProviderServiceInfo -ServiceAddress esxi-ta-01.vsphere.local -ServiceGroup 'domain-c8@192.168.210.22' -TAClusterId TrustAuthorityCluster-domain-c8 -ServicePort 5697 | Out-Null
        """
        let first = try shell("""
        Export-TrustedPrincipal -FilePath remote.json | Out-Null
        \(register)
        """)
        #expect(first.errors.isEmpty, "\(first.output)\(first.errors)")
        let second = try shell("""
        'Attestation=' + ((Get-AttestationServiceInfo | ForEach-Object { $_.Id + '@' + $_.ServiceAddress + ':' + $_.ServicePort }) -join ',')
        'KeyProvider=' + ((Get-KeyProviderServiceInfo | ForEach-Object { $_.Id + '@' + $_.ServiceAddress + ':' + $_.ServicePort }) -join ',')
        Get-KeyProviderServiceInfo | Remove-KeyProviderServiceInfo -Confirm:$false
        try { Add-AttestationServiceInfo -ServiceAddress esxi-ta-01.vsphere.local -ServiceGroup 'domain-c8@192.168.210.22' -TAClusterId TrustAuthorityCluster-domain-c8 -ErrorAction Stop | Out-Null; 'ran' }
        catch { 'Error=' + $_.Exception.Message + '|' + $_.FullyQualifiedErrorId + '|' + $_.CategoryInfo.Category }
        """)
        #expect(second.errors.isEmpty, "\(second.output)\(second.errors)")
        let lines = Self.lines(second)
        #expect(lines.prefix(2) == ["Attestation=attestation-1@esxi-ta-01.vsphere.local:443", "KeyProvider=key-provider-2@esxi-ta-01.vsphere.local:5697"], "\(second.output)")
        let third = try shell("'KeyProvider=' + @(Get-KeyProviderServiceInfo).Count")
        #expect(Self.lines(third) == ["KeyProvider=0"], "\(third.output)\(third.errors)")
        // The same on the lab's own file: the same principal file, the same refusal.
        let local = try ServedShellTests.local(served, """
        Connect-VIServer -Server 192.168.210.23 -User trustedadmin@vsphere.local -Password 'VMware1!' | Out-Null
        Export-TrustedPrincipal -FilePath local.json | Out-Null
        try { Add-AttestationServiceInfo -ServiceAddress esxi-ta-01.vsphere.local -ServiceGroup 'domain-c8@192.168.210.22' -TAClusterId TrustAuthorityCluster-domain-c8 -ErrorAction Stop | Out-Null; 'ran' }
        catch { 'Error=' + $_.Exception.Message + '|' + $_.FullyQualifiedErrorId + '|' + $_.CategoryInfo.Category }
        """)
        let localError = local.outputLines.filter { $0.hasPrefix("Error=") }
        #expect(localError.count == 1 && localError.first?.contains("|Client20_TrustedInfrastructure_AlreadyExists,") == true, "\(local.output)\(local.errors)")
        #expect(lines.filter { $0.hasPrefix("Error=") } == localError, "\(second.output)")
        let remoteFile = try String(contentsOf: folder.appendingPathComponent("remote.json"), encoding: .utf8)
        let localFile = try String(contentsOf: folder.appendingPathComponent("local.json"), encoding: .utf8)
        #expect(remoteFile == localFile)
    }
}
