import TestSupport
import Testing
import TrustAuthority

/// -WhatIf/-Confirm, pipeline binding, privileges and refusals of the workload cmdlets, each leaving the lab unchanged.
@Suite struct WorkloadCmdletBehaviourTests {
    static let workload = LabDefinition.workloadVCenterAddress

    @Test func setTrustedClusterWhatIfDescribesTheChangeWithoutMakingIt() throws {
        let session = try PowerCLITestShell()
        session.run(InventoryTests.connectWorkload)
        let result = session.run("Get-TrustedCluster 'Workload Cluster' | Set-TrustedCluster -State Enabled -WhatIf")
        #expect(result.output == ["What if: Performing the operation \"Set trusted cluster state to 'Enabled'\" on target \"Workload Cluster\"."])
        #expect(session.run("(Get-TrustedCluster).State").output == ["Disabled"])
    }

    @Test func theStateIsATrustedStateEnum() throws {
        let session = try PowerCLITestShell()
        session.run(InventoryTests.connectWorkload)
        let errors = session.errorMessages("Set-TrustedCluster -TrustedCluster 'Workload Cluster' -State On")
        #expect(errors.first?.hasPrefix("Set-TrustedCluster : Cannot bind parameter 'State'. Cannot convert value \"On\" to type \"VMware.VimAutomation.Security.Types.V1.TrustedInfrastructure.TrustedState\".") == true)
        session.run("Set-TrustedCluster -TrustedCluster 'Workload Cluster' -State Enabled -Remediate")
        #expect(session.lastError().first == "AmbiguousParameterSet,VMware.VimAutomation.Security.Commands.Cmdlets.TrustedInfrastructure.SetTrustedCluster")
        #expect(session.errorMessages("Set-TrustedCluster -TrustedCluster nowhere -State Enabled") ==
            ["Set-TrustedCluster : Could not find TrustedCluster with name 'nowhere'."])
        #expect(session.run("(Get-TrustedCluster).State").output == ["Disabled"])
    }

    @Test func removingServiceInfoAsksForConfirmationAndFailsWhenNoOneCanAnswer() throws {
        let scratch = try ScratchDirectory()
        let session = try TrustedClusterServicesTests.prepared(scratch)
        session.run("Import-TrustAuthorityServicesInfo -FilePath $file | Out-Null")
        let result = session.run("Get-AttestationServiceInfo | Remove-AttestationServiceInfo")
        #expect(result.errors.first?.contains("NonInteractive") == true)
        #expect(session.run("@(Get-AttestationServiceInfo).Count").output == ["1"])
        let whatIf = session.run("Remove-KeyProviderServiceInfo key-provider-2 -WhatIf")
        #expect(whatIf.output == ["What if: Performing the operation \"Remove KeyProviderServiceInfo\" on target \"key-provider-2 (esxi-ta-01.vsphere.local:443)\"."])
        #expect(session.errorMessages("Remove-KeyProviderServiceInfo key-provider-9 -Confirm:$false") ==
            ["Remove-KeyProviderServiceInfo : Could not find the service info with Id 'key-provider-9'."])
        #expect(session.run("@(Get-KeyProviderServiceInfo).Count").output == ["1"])
    }

    @Test func applyingAServiceTwiceOrOfTheWrongKindIsRefused() throws {
        let scratch = try ScratchDirectory()
        let session = try TrustedClusterServicesTests.prepared(scratch)
        session.run("Import-TrustAuthorityServicesInfo -FilePath $file | Out-Null; $TC = Get-TrustedCluster")
        #expect(session.run("Add-TrustedClusterAttestationServiceInfo -TrustedCluster $TC -AttestationServiceInfo attestation-1 | Out-Null").errors == [])
        #expect(session.errorMessages("Add-TrustedClusterAttestationServiceInfo -TrustedCluster $TC -AttestationServiceInfo attestation-1") ==
            ["Add-TrustedClusterAttestationServiceInfo : The service info 'attestation-1' is already applied to the trusted cluster 'Workload Cluster'."])
        #expect(session.errorMessages("Add-TrustedClusterAttestationServiceInfo -TrustedCluster $TC -AttestationServiceInfo key-provider-2") ==
            ["Add-TrustedClusterAttestationServiceInfo : The service info 'key-provider-2' is not an attestation service info."])
        #expect(session.run("(Get-TrustedCluster).AttestationServiceInfo.Id; @((Get-TrustedCluster).KeyProviderServiceInfo).Count").output == ["attestation-1", "0"])
        // A registered service object binds from a variable as well as by id, and the trusted cluster from the pipeline.
        #expect(session.run("$kps = Get-KeyProviderServiceInfo; ($TC | Add-TrustedClusterKeyProviderServiceInfo -KeyProviderServiceInfo $kps).KeyProviderServiceInfo.Id").output == ["key-provider-2"])
    }

    @Test func workloadTrustAuthorityCmdletsRefuseAUserWhoIsNotATrustedAdmin() throws {
        let session = try PowerCLITestShell()
        session.run("Connect-VIServer -Server \(Self.workload) -User administrator@vsphere.local -Password 'VMware1!' | Out-Null")
        for command in ["Get-TrustedPrincipal", "Get-TrustedClusterAppliedStatus", "Get-AttestationServiceInfo", "Get-KeyProvider",
                        "Get-VMHostAttestation", "Get-VMHost esxi-01.vsphere.local | Get-Tpm2EndorsementKey"] {
            let name = String(command.split(separator: "|").last?.trimmingCharacters(in: .whitespaces).split(separator: " ").first ?? "")
            #expect(session.errorMessages(command) == ["\(name) : " + PowerCLITestShell.notTrustedAdmin], "\(command)")
        }
    }

    @Test func exportTpm2CACertificateRefusesACertificateNoTPMMakerIssued() throws {
        let session = try PowerCLITestShell()
        session.run(InventoryTests.connectWorkload)
        let scratch = try ScratchDirectory()
        let errors = session.errorMessages("Export-Tpm2CACertificate -FilePath '\(scratch.file("ca.pem"))' -Certificate (Get-TrustedPrincipal).CertificateChain[0].ChainElements[0].Certificate")
        #expect(errors.first?.hasPrefix("Export-Tpm2CACertificate : The CA certificate that issued '") == true)
        #expect(errors.first?.hasSuffix("is not a TPM manufacturer CA known to the lab.") == true)
        #expect(scratch.text("ca.pem") == nil)
        session.run("Export-Tpm2CACertificate -FilePath '\(scratch.file("ca.pem"))'")
        #expect(session.lastError().first == "AmbiguousParameterSet,VMware.VimAutomation.Security.Commands.Cmdlets.TrustedInfrastructure.ExportTpm2CACertificate"
            || session.lastError().first?.hasPrefix("MissingMandatoryParameter") == true)
    }

    @Test func aHostWithoutATPMIsReportedAndTheOthersAreRead() throws {
        var definition = LabDefinition.default
        definition.hosts = definition.hosts.map { host in
            var changed = host
            if host.name == "esxi-02.vsphere.local" { changed.tpmManufacturer = nil }
            return changed
        }
        let session = try PowerCLITestShell(definition: definition)
        session.run(InventoryTests.connectWorkload)
        let result = session.run("(Get-VMHost | Get-Tpm2EndorsementKey | ForEach-Object { $_.VMHostName }) -join ','")
        #expect(result.output == ["esxi-01.vsphere.local,esxi-03.vsphere.local"])
        #expect(result.errors.first == "Get-Tpm2EndorsementKey : The host 'esxi-02.vsphere.local' has no TPM 2.0 chip: it has no endorsement key and cannot be a trusted host.")
    }

    @Test func setKeyProviderWithoutDefaultForSystemChangesNothing() throws {
        let session = try PowerCLITestShell()
        session.run(InventoryTests.connectWorkload)
        let result = session.run("(Set-KeyProvider native-kp).DefaultForSystem; (Get-KeyProvider native-kp).DefaultForSystem; (Set-KeyProvider native-kp -DefaultForSystem -WhatIf).Count")
        #expect(result.output.prefix(2) == ["False", "False"])
        #expect(session.errorMessages("Set-KeyProvider nothing -DefaultForSystem") ==
            ["Set-KeyProvider : Could not find KeyProvider 'nothing' on vCenter Server '\(Self.workload)'."])
        #expect(session.run("(Get-KeyProvider | Where-Object { $_.DefaultForSystem }).Count").output == ["0"])
    }

    @Test func endorsementKeysAndPrincipalsPrintAsTables() throws {
        let session = try PowerCLITestShell()
        session.run(InventoryTests.connectWorkload)
        let keys = session.run("Get-VMHost esxi-03.vsphere.local | Get-Tpm2EndorsementKey").output.filter { !$0.isEmpty }
        #expect(keys.count == 3)
        #expect(keys.first == "VMHostName               VMHostId             Certificate")
        #expect(keys.last?.hasPrefix("esxi-03.vsphere.local    HostSystem-host-14   CN=TPM 2.0 EK ") == true)
        let principal = session.run("Get-TrustedPrincipal").output.filter { !$0.isEmpty }
        #expect(principal.first == "Name" + String(repeating: " ", count: 49) + "Domain         Type")
        #expect(principal.last?.hasSuffix("  vsphere.local  STSUser") == true)
        #expect(principal.last?.hasPrefix("vpxd-extension-") == true)
    }

    @Test func theHostParameterIsSpelledVMHostAsPowerCLISpellsIt() throws {
        let session = try PowerCLITestShell()
        session.run(InventoryTests.connectWorkload)
        for command in ["Export-VMHostImageDb", "Get-Tpm2EndorsementKey", "Export-Tpm2EndorsementKey", "Get-Cluster", "Get-Datacenter", "Get-VMHostAttestation"] {
            #expect(session.run("Get-Help \(command)").output.contains { $0.contains("-VMHost <") || $0.contains("-VMHost] <") }, "\(command)")
        }
        #expect(session.errorMessages("Export-VMHostImageDb -VMHost $null -FilePath x.tgz") ==
            ["Export-VMHostImageDb : Cannot bind argument to parameter 'VMHost' because it is null."])
    }
}
