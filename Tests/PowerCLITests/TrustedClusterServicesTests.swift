import Foundation
import TestSupport
import Testing
import TrustAuthority

/// Steps 7 to 9 of the procedure on the workload vCenter (reference §4 rows 7–9, §3 "Workload-side service info",
/// §6 "-ServicePort filters only together with -ServiceAddress", "Register-KeyProvider fails for type KeyProvider"):
/// `Import-TrustAuthorityServicesInfo`, `Set-TrustedCluster`, `Add-/Get-/Remove-AttestationServiceInfo`,
/// `…KeyProviderServiceInfo`, `Add-/Remove-TrustedCluster…ServiceInfo`, `Get-TrustedClusterAppliedStatus`,
/// `Get-KeyProvider`, `Register-KeyProvider`, `Set-KeyProvider`. The Trust Authority side (steps 4–6) is done
/// through the domain here (its cmdlets are another change): principal imported, services info exported.
@Suite struct TrustedClusterServicesTests {
    static let workload = LabDefinition.workloadVCenterAddress
    static let taUser = SessionUser(vCenter: "192.168.210.22", name: "trustedadmin@vsphere.local")
    static let workloadUser = SessionUser(vCenter: workload, name: "trustedadmin@vsphere.local")

    /// Connected to the workload vCenter, with the TA cluster's services info in `clsettings.json` (`$file`).
    static func prepared(_ scratch: ScratchDirectory, importPrincipal: Bool = true) throws -> PowerCLITestShell {
        let session = try PowerCLITestShell()
        let lab = session.lab
        if importPrincipal {
            try lab.importPrincipal(lab.trustedPrincipal(by: workloadUser), into: "domain-c8", by: taUser)
        }
        try scratch.write(lab.servicesInfo(of: "domain-c8", by: taUser).fileText, to: "clsettings.json")
        session.run(InventoryTests.connectWorkload)
        session.run("$file = '\(scratch.file("clsettings.json"))'")
        return session
    }

    @Test func importRegistersTheServicesAndSetsTheDesiredStateWithoutApplyingIt() throws {
        let scratch = try ScratchDirectory()
        let session = try Self.prepared(scratch)
        let result = session.run("""
        # Registration ids are numbered per vCenter across both kinds (docs/workflow-domain.md): attestation-1, key-provider-2.
        (Import-TrustAuthorityServicesInfo -FilePath $file | ForEach-Object { $_.Id }) -join ','
        (Get-AttestationServiceInfo).ServiceAddress; (Get-KeyProviderServiceInfo).ServiceGroup
        (Get-TrustedClusterAppliedStatus 'Workload Cluster').Health
        """)
        #expect(result.errors == [])
        #expect(result.output == ["attestation-1,key-provider-2", "esxi-ta-01.vsphere.local", "domain-c8@192.168.210.22", "Error"])
    }

    @Test func importIsRefusedForAnotherVCentersFileAndADamagedFile() throws {
        let scratch = try ScratchDirectory()
        let session = try Self.prepared(scratch, importPrincipal: false)
        let refused = session.errorMessages("Import-TrustAuthorityServicesInfo -FilePath $file")
        #expect(refused.first?.hasPrefix("Import-TrustAuthorityServicesInfo : The services information in the file '\(scratch.file("clsettings.json"))' is not for this vCenter Server") == true)
        try scratch.write("{\"format\": \"nope\"}", to: "bad.json")
        #expect(session.errorMessages("Import-TrustAuthorityServicesInfo -FilePath '\(scratch.file("bad.json"))'").count == 1)
        #expect(session.lastError()[1] == "InvalidData")
        #expect(session.run("@(Get-AttestationServiceInfo).Count").output == ["0"])
    }

    @Test func importHonoursWhatIf() throws {
        let scratch = try ScratchDirectory()
        let session = try Self.prepared(scratch)
        let result = session.run("Import-TrustAuthorityServicesInfo -FilePath $file -WhatIf")
        #expect(result.output.first?.hasPrefix("What if: Performing the operation \"Import Trust Authority services information of 'vTA Cluster'\"") == true)
        #expect(session.run("@(Get-AttestationServiceInfo).Count").output == ["0"])
    }

    @Test func applyingTheServicesAndEnablingTheClusterMakesItHealthy() throws {
        let scratch = try ScratchDirectory()
        let session = try Self.prepared(scratch)
        let result = session.run("""
        Import-TrustAuthorityServicesInfo -FilePath $file | Out-Null
        $TC = Get-TrustedCluster 'Workload Cluster'
        Set-TrustedCluster -TrustedCluster $TC -State Enabled -Confirm:$false | ForEach-Object { $_.State }
        $TC = Add-TrustedClusterAttestationServiceInfo -TrustedCluster $TC -AttestationServiceInfo (Get-AttestationServiceInfo)
        $TC = Add-TrustedClusterKeyProviderServiceInfo -TrustedCluster $TC -KeyProviderServiceInfo (Get-KeyProviderServiceInfo)
        $TC.AttestationServiceInfo.Id; $TC.KeyProviderServiceInfo.Id
        $s = Get-TrustedCluster | Get-TrustedClusterAppliedStatus
        $s.Health; $s.HealthDetails.Count
        """)
        #expect(result.errors == [])
        #expect(result.output == ["Enabled", "attestation-1", "key-provider-2", "Ok", "0"])
    }

    @Test func remediationReappliesTheDesiredState() throws {
        let scratch = try ScratchDirectory()
        let session = try Self.prepared(scratch)
        let result = session.run("""
        Import-TrustAuthorityServicesInfo -FilePath $file | Out-Null
        (Get-TrustedClusterAppliedStatus).HealthDetails.Count
        Get-TrustedCluster | Set-TrustedCluster -Remediate | Out-Null
        (Get-TrustedClusterAppliedStatus).Health
        $TC = Get-TrustedCluster
        Remove-TrustedClusterKeyProviderServiceInfo -TrustedCluster $TC -KeyProviderServiceInfo key-provider-2 -Confirm:$false | Out-Null
        (Get-TrustedClusterAppliedStatus).HealthDetails
        """)
        #expect(result.errors == [])
        #expect(result.output == ["2", "Ok",
                                  "The key provider service esxi-ta-01.vsphere.local:443 is in the desired state but not applied to the cluster 'Workload Cluster'."])
    }

    @Test func remediatingWithoutADesiredStateIsRefused() throws {
        let scratch = try ScratchDirectory()
        let session = try Self.prepared(scratch)
        #expect(session.errorMessages("Get-TrustedCluster | Set-TrustedCluster -Remediate") ==
            ["Set-TrustedCluster : The trusted cluster 'Workload Cluster' has no desired state to apply: import the Trust Authority services information first (Import-TrustAuthorityServicesInfo)."])
    }

    @Test func serviceInfoCanBeAddedFilteredAndRemoved() throws {
        let scratch = try ScratchDirectory()
        let session = try Self.prepared(scratch)
        let result = session.run("""
        $a = Add-AttestationServiceInfo -ServiceAddress ta-02.vsphere.local -ServiceGroup 'domain-c8@192.168.210.22' -TAClusterId domain-c8 -ServicePort 8443
        $a.Id; $a.ServicePort; $a.TAClusterId
        (Get-AttestationServiceInfo -ServiceAddress ta-02.vsphere.local -ServicePort 8443).Id
        @(Get-AttestationServiceInfo -ServiceAddress ta-02.vsphere.local -ServicePort 443).Count
        (Get-AttestationServiceInfo -Id attestation-1).ServiceAddress
        Remove-AttestationServiceInfo $a -Confirm:$false
        @(Get-AttestationServiceInfo).Count
        """)
        #expect(result.errors == [])
        #expect(result.output == ["attestation-1", "8443", "TrustAuthorityCluster-domain-c8", "attestation-1", "0", "ta-02.vsphere.local", "0"])
    }

    @Test func servicePortWithoutServiceAddressIsRefused() throws {
        let scratch = try ScratchDirectory()
        let session = try Self.prepared(scratch)
        #expect(session.errorMessages("Get-KeyProviderServiceInfo -ServicePort 443") ==
            ["Get-KeyProviderServiceInfo : The ServicePort parameter works only together with the ServiceAddress parameter."])
    }

    @Test func anAppliedServiceCannotBeRemoved() throws {
        let scratch = try ScratchDirectory()
        let session = try Self.prepared(scratch)
        session.run("Import-TrustAuthorityServicesInfo -FilePath $file | Out-Null; Get-TrustedCluster | Set-TrustedCluster -Remediate | Out-Null")
        #expect(session.errorMessages("Get-AttestationServiceInfo | Remove-AttestationServiceInfo -Confirm:$false") ==
            ["Remove-AttestationServiceInfo : The service info 'attestation-1' is applied to the trusted cluster 'Workload Cluster'. Remove it from the cluster first (Remove-TrustedClusterAttestationServiceInfo or Remove-TrustedClusterKeyProviderServiceInfo)."])
        #expect(session.run("@(Get-AttestationServiceInfo).Count").output == ["1"])
    }

    @Test func keyProvidersAreListedByTypeAndAPlainKeyProviderCannotBeRegistered() throws {
        let scratch = try ScratchDirectory()
        let session = try Self.prepared(scratch)
        session.run(PowerCLITestShell.connect + "; " + PowerCLITestShell.createProvider + "; Disconnect-VIServer -Server 192.168.210.22 -Confirm:$false")
        let result = session.run("""
        (Get-KeyProvider | ForEach-Object { "$($_.Name):$($_.Type)" }) -join ','
        Import-TrustAuthorityServicesInfo -FilePath $file | Out-Null
        $workload_kp = Get-KeyProvider -Type TrustedKeyProvider
        $workload_kp.Name
        (Register-KeyProvider -KeyProvider $workload_kp).Registered
        (Set-KeyProvider -KeyProvider $workload_kp -DefaultForSystem).DefaultForSystem
        (Get-KeyProvider -Type NativeKeyProvider,TrustedKeyProvider | ForEach-Object { $_.Name }) -join ','
        """)
        #expect(result.errors == [])
        #expect(result.output == ["standard-kp:KeyProvider,native-kp:NativeKeyProvider", "clkp", "True", "True", "native-kp,clkp"])
        #expect(session.errorMessages("Register-KeyProvider -KeyProvider standard-kp") ==
            ["Register-KeyProvider : The key provider 'standard-kp' is of type KeyProvider and cannot be registered. Only key providers of type TrustedKeyProvider or NativeKeyProvider can be registered."])
        #expect(session.run("(Get-KeyProvider standard-kp).Registered").output == ["False"])
    }
}

/// Step 9: the attestation of trusted hosts (`Get-VMHostAttestation`, vtash's own cmdlet: docs/workload-cmdlets.md),
/// computed from the lab: Passed once everything is imported and applied; Failed, naming the check, when one thing is missing.
@Suite struct VMHostAttestationTests {
    /// Steps 4–7 done: the TA cluster trusts the workload vCenter's principal, the TPM manufacturer's CA and ESXi 7.0.3;
    /// the services info is imported on the workload vCenter, the trusted cluster enabled and remediated.
    static func configured(_ scratch: ScratchDirectory, baseImage: Bool = true) throws -> PowerCLITestShell {
        let session = try TrustedClusterServicesTests.prepared(scratch)
        let lab = session.lab
        let ta = TrustedClusterServicesTests.taUser
        let manufacturer = try #require(lab.tpmManufacturers.first)
        try lab.importTpm2CACertificate(Tpm2CACertificate(name: "tpmca", certificateChain: [manufacturer.certificateAuthority.certificate]),
                                        into: "domain-c8", by: ta)
        if baseImage {
            let host = try #require(lab.host("esxi-01.vsphere.local", on: TrustedClusterServicesTests.workload))
            try lab.importBaseImage(BaseImageDatabase(host: host), into: "domain-c8", by: ta)
        }
        session.run("""
        Import-TrustAuthorityServicesInfo -FilePath $file | Out-Null
        Get-TrustedCluster | Set-TrustedCluster -State Enabled | Set-TrustedCluster -Remediate | Out-Null
        """)
        return session
    }

    @Test func everyHostPassesOnceTheConfigurationIsComplete() throws {
        let scratch = try ScratchDirectory()
        let session = try Self.configured(scratch)
        let result = session.run("""
        (Get-VMHostAttestation | ForEach-Object { "$($_.VMHost)=$($_.Status)" }) -join ','
        (Get-TrustedCluster | Get-VMHostAttestation).Count
        (Get-VMHostAttestation esxi-02.vsphere.local).Checks.Count
        """)
        #expect(result.errors == [])
        #expect(result.output == ["esxi-01.vsphere.local=Passed,esxi-02.vsphere.local=Passed,esxi-03.vsphere.local=Passed", "3", "5"])
    }

    @Test func withBothVCentersConnectedOnlyTrustedHostsAreAttested() throws {
        let scratch = try ScratchDirectory()
        let session = try Self.configured(scratch)
        session.run(PowerCLITestShell.connect)
        let result = session.run("(Get-VMHostAttestation | ForEach-Object { $_.VMHost }) -join ','")
        #expect(result.errors == [])
        // esxi-ta-01 runs the Trust Authority services: it is not a trusted host.
        #expect(result.output == ["esxi-01.vsphere.local,esxi-02.vsphere.local,esxi-03.vsphere.local"])
    }

    @Test func aMissingBaseImageFailsTheHostsAndSaysWhy() throws {
        let scratch = try ScratchDirectory()
        let session = try Self.configured(scratch, baseImage: false)
        let result = session.run("$a = Get-VMHostAttestation esxi-01.vsphere.local; $a.Status; ($a.Checks | Where-Object { -not $_.Passed }).Check; $a.Reason")
        #expect(result.errors == [])
        #expect(result.output.prefix(2) == ["Failed", "BaseImage"])
        #expect(result.output.last?.hasPrefix("BaseImage: ESXi 7.0.3-21930508 of 'esxi-01.vsphere.local' is not an imported base image") == true)
    }

    @Test func disablingTheTrustedClusterFailsItsHosts() throws {
        let scratch = try ScratchDirectory()
        let session = try Self.configured(scratch)
        let result = session.run("""
        Get-TrustedCluster | Set-TrustedCluster -State Disabled | Out-Null
        (Get-VMHostAttestation | Select-Object -First 1).Reason
        """)
        #expect(result.errors == [])
        #expect(result.output == ["TrustedCluster: The trusted cluster 'Workload Cluster' is Disabled. Enable it with Set-TrustedCluster -State Enabled."])
    }
}
