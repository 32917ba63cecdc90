import Foundation
import TestSupport
import Testing
import TrustAuthority

/// One lab per failing attestation check, driven through the cmdlets: the operator runs the procedure (steps 2–4, 6, 7 as
/// docs/procedures/configure-trust-authority.md types them) on the `before-configuration` lab, leaving out or undoing one
/// thing; `Get-VMHostAttestation` names the failed check and its reason on every trusted host, `Get-TrustedClusterAppliedStatus`
/// shows a drifted applied configuration, and the remediation (import the missing item, re-enable, or re-apply with
/// `Set-TrustedCluster -Remediate`) makes every host pass. The domain's own labs are Tests/TrustAuthorityTests/Workflow/AttestationTests.
@Suite struct AttestationFailureLabTests {
    static let workload = LabDefinition.workloadVCenterAddress
    static let hosts = ["esxi-01.vsphere.local", "esxi-02.vsphere.local", "esxi-03.vsphere.local"]

    /// The lab after the operator ran the procedure, leaving out some steps.
    struct ProcedureLab {
        /// The steps of the procedure that attestation depends on; each can be left out.
        enum Step: CaseIterable {
            case enableTrustAuthorityCluster, importPrincipal, importTPMCACertificate, importBaseImage, enableTrustedCluster, applyServices
        }

        let session: PowerCLITestShell
        let scratch: ScratchDirectory

        /// Both vCenters connected as the Trust Authority administrator, `$vTA` and `$tc` set, the procedure run without `skipping`.
        init(skipping: Set<ProcedureLab.Step> = []) throws {
            session = try PowerCLITestShell(definition: .beforeConfiguration)
            scratch = try ScratchDirectory()
            var script = """
            Connect-VIServer -Server 192.168.210.22 -User trustedadmin@vsphere.local -Password 'VMware1!' | Out-Null
            Connect-VIServer -Server \(AttestationFailureLabTests.workload) -User trustedadmin@vsphere.local -Password 'VMware1!' | Out-Null
            $vTA = Get-TrustAuthorityCluster -Server 192.168.210.22 'vTA Cluster'
            Set-TrustAuthorityCluster -TrustAuthorityCluster $vTA -State Enabled -Confirm:$false | Out-Null
            Export-TrustedPrincipal -Server \(AttestationFailureLabTests.workload) -FilePath '\(file("principal.json"))' | Out-Null
            Export-VMHostImageDb -VMHost (Get-VMHost -Server \(AttestationFailureLabTests.workload) esxi-01.vsphere.local) -FilePath '\(file("image.tgz"))' | Out-Null
            $ek = Get-VMHost -Server \(AttestationFailureLabTests.workload) esxi-01.vsphere.local | Get-Tpm2EndorsementKey
            Export-Tpm2CACertificate -Tpm2EndorsementKey $ek -FilePath '\(file("cacert.cer"))' | Out-Null
            New-TrustAuthorityPrincipal -TrustAuthorityCluster $vTA -FilePath '\(file("principal.json"))' | Out-Null

            """
            if !skipping.contains(.importTPMCACertificate) {
                script += "New-TrustAuthorityTpm2CACertificate -TrustAuthorityCluster $vTA -FilePath '\(file("cacert.cer"))' | Out-Null\n"
            }
            if !skipping.contains(.importBaseImage) {
                script += "New-TrustAuthorityVMHostBaseImage -TrustAuthorityCluster $vTA -FilePath '\(file("image.tgz"))' | Out-Null\n"
            }
            script += """
            Export-TrustAuthorityServicesInfo -TrustAuthorityCluster $vTA -FilePath '\(file("services.json"))' | Out-Null
            Import-TrustAuthorityServicesInfo -Server \(AttestationFailureLabTests.workload) -FilePath '\(file("services.json"))' -Confirm:$false | Out-Null
            $tc = Get-TrustedCluster -Server \(AttestationFailureLabTests.workload) 'Workload Cluster'

            """
            if !skipping.contains(.enableTrustedCluster) {
                script += "$tc = Set-TrustedCluster -TrustedCluster $tc -State Enabled\n"
            }
            if !skipping.contains(.applyServices) {
                script += "$tc = Set-TrustedCluster -TrustedCluster $tc -Remediate\n"
            }
            // Undone after the export and import, which need them: the principal (Import refuses a file of a Trust Authority
            // cluster that does not trust the workload vCenter) and the enabled state (a disabled cluster has no services).
            if skipping.contains(.importPrincipal) {
                script += "Get-TrustAuthorityPrincipal -TrustAuthorityCluster $vTA | Remove-TrustAuthorityPrincipal -Confirm:$false\n"
            }
            if skipping.contains(.enableTrustAuthorityCluster) {
                script += "Set-TrustAuthorityCluster -TrustAuthorityCluster $vTA -State Disabled -Confirm:$false | Out-Null\n"
            }
            let result = session.run(script)
            #expect(result.errors == [])
        }

        func file(_ name: String) -> String { scratch.file(name) }

        /// Each trusted host's status and the names of its failed checks (`VMHost=Status:Check,Check`).
        func attestations() -> [String] {
            session.run("""
            Get-VMHostAttestation -Server \(AttestationFailureLabTests.workload) | ForEach-Object { "$($_.VMHost)=$($_.Status):" + ((@($_.Checks | Where-Object { -not $_.Passed }) | ForEach-Object { $_.Check }) -join ',') }
            """).output
        }

        func failing(_ check: String) -> [String] { AttestationFailureLabTests.hosts.map { "\($0)=Failed:\(check)" } }
        var passing: [String] { AttestationFailureLabTests.hosts.map { "\($0)=Passed:" } }

        /// The reason of the first host (`Check: reason`, one line per failed check).
        func firstReason() -> String {
            session.run("(Get-VMHostAttestation esxi-01.vsphere.local -Server \(AttestationFailureLabTests.workload)).Reason").output.joined(separator: "\n")
        }

        func appliedStatus() -> [String] {
            session.run("$s = Get-TrustedClusterAppliedStatus -Server \(AttestationFailureLabTests.workload) 'Workload Cluster'; $s.Health; $s.HealthDetails").output
        }
    }

    @Test func theWholeProcedurePassesEveryHost() throws {
        let lab = try ProcedureLab()
        #expect(lab.attestations() == lab.passing)
        #expect(lab.appliedStatus() == ["Ok"])
    }

    @Test func aDisabledTrustAuthorityClusterFailsAndEnablingItAgainPasses() throws {
        let lab = try ProcedureLab(skipping: [.enableTrustAuthorityCluster])
        #expect(lab.attestations() == lab.failing("TrustAuthorityCluster"))
        #expect(lab.firstReason().hasPrefix("TrustAuthorityCluster: ") && lab.firstReason().contains("'vTA Cluster'") && lab.firstReason().contains("Disabled"))
        lab.session.run("Set-TrustAuthorityCluster -TrustAuthorityCluster $vTA -State Enabled -Confirm:$false | Out-Null")
        #expect(lab.attestations() == lab.passing)
    }

    @Test func aPrincipalNotImportedFailsAndImportingItPasses() throws {
        let lab = try ProcedureLab(skipping: [.importPrincipal])
        #expect(lab.attestations() == lab.failing("Principal"))
        #expect(lab.firstReason().hasPrefix("Principal: ") && lab.firstReason().contains("New-TrustAuthorityPrincipal"))
        let result = lab.session.run("New-TrustAuthorityPrincipal -TrustAuthorityCluster $vTA -FilePath '\(lab.file("principal.json"))' | Out-Null")
        #expect(result.errors == [])
        #expect(lab.attestations() == lab.passing)
    }

    @Test func anUnknownTPMCAFailsTheEndorsementKeyCheckAndImportingTheCAPasses() throws {
        let lab = try ProcedureLab(skipping: [.importTPMCACertificate])
        #expect(lab.attestations() == lab.failing("Tpm2EndorsementKey"))
        #expect(lab.firstReason().hasPrefix("Tpm2EndorsementKey: ") && lab.firstReason().contains("not an imported TPM CA certificate"))
        let result = lab.session.run("New-TrustAuthorityTpm2CACertificate -TrustAuthorityCluster $vTA -FilePath '\(lab.file("cacert.cer"))' | Out-Null")
        #expect(result.errors == [])
        #expect(lab.attestations() == lab.passing)
    }

    /// With RequireEndorsementKey, a host passes only once its own key is imported (reference §2, VMware's helper reads
    /// RequireEndorsementKey): one host imported first, then the others.
    @Test func anUnknownEndorsementKeyFailsUntilTheHostsKeysAreImported() throws {
        let lab = try ProcedureLab()
        let set = lab.session.run("Set-TrustAuthorityTpm2AttestationSettings -TrustAuthorityCluster $vTA -RequireEndorsementKey | Out-Null")
        #expect(set.errors == [])
        #expect(lab.attestations() == lab.failing("Tpm2EndorsementKey"))
        #expect(lab.firstReason().hasPrefix("Tpm2EndorsementKey: "))
        lab.session.run("New-TrustAuthorityTpm2EndorsementKey -TrustAuthorityCluster $vTA -Tpm2EndorsementKey $ek | Out-Null")
        #expect(lab.attestations() == ["esxi-01.vsphere.local=Passed:", "esxi-02.vsphere.local=Failed:Tpm2EndorsementKey", "esxi-03.vsphere.local=Failed:Tpm2EndorsementKey"])
        let result = lab.session.run("""
        $others = Get-VMHost -Server \(Self.workload) esxi-02.vsphere.local, esxi-03.vsphere.local | Get-Tpm2EndorsementKey
        New-TrustAuthorityTpm2EndorsementKey -TrustAuthorityCluster $vTA -Tpm2EndorsementKey $others | Out-Null
        """)
        #expect(result.errors == [])
        #expect(lab.attestations() == lab.passing)
    }

    @Test func aBaseImageNotImportedFailsAndImportingItPasses() throws {
        let lab = try ProcedureLab(skipping: [.importBaseImage])
        #expect(lab.attestations() == lab.failing("BaseImage"))
        #expect(lab.firstReason().hasPrefix("BaseImage: ESXi 7.0.3-21930508 of 'esxi-01.vsphere.local' is not an imported base image"))
        let result = lab.session.run("New-TrustAuthorityVMHostBaseImage -TrustAuthorityCluster $vTA -FilePath '\(lab.file("image.tgz"))' | Out-Null")
        #expect(result.errors == [])
        #expect(lab.attestations() == lab.passing)
    }

    @Test func aDisabledTrustedClusterFailsAndEnablingItPasses() throws {
        let lab = try ProcedureLab(skipping: [.enableTrustedCluster])
        #expect(lab.attestations() == lab.failing("TrustedCluster"))
        #expect(lab.firstReason() == "TrustedCluster: The trusted cluster 'Workload Cluster' is Disabled. Enable it with Set-TrustedCluster -State Enabled.")
        lab.session.run("Set-TrustedCluster -TrustedCluster $tc -State Enabled | Out-Null")
        #expect(lab.attestations() == lab.passing)
    }

    @Test func servicesNotAppliedFailTheTrustedClusterCheckUntilRemediated() throws {
        let lab = try ProcedureLab(skipping: [.applyServices])
        #expect(lab.attestations() == lab.failing("TrustedCluster"))
        #expect(lab.firstReason().hasPrefix("TrustedCluster: ") && lab.firstReason().contains("desired state but not applied"))
        let status = lab.appliedStatus()
        #expect(status.first == "Error")
        #expect(status.dropFirst().count == 2)
        #expect(status.dropFirst().allSatisfy { $0.contains("is in the desired state but not applied to the cluster 'Workload Cluster'") })
        lab.session.run("Set-TrustedCluster -TrustedCluster $tc -Remediate | Out-Null")
        #expect(lab.appliedStatus() == ["Ok"])
        #expect(lab.attestations() == lab.passing)
    }

    /// A service removed from the applied configuration after it was applied: drift, shown by both cmdlets, fixed by
    /// re-applying the desired state.
    @Test func anAppliedConfigurationThatDriftedIsShownAndRemediated() throws {
        let lab = try ProcedureLab()
        let removed = lab.session.run("Remove-TrustedClusterKeyProviderServiceInfo -TrustedCluster $tc -KeyProviderServiceInfo (Get-KeyProviderServiceInfo -Server \(Self.workload)) -Confirm:$false | Out-Null")
        #expect(removed.errors == [])
        #expect(lab.appliedStatus() == ["Error", "The key provider service esxi-ta-01.vsphere.local:443 is in the desired state but not applied to the cluster 'Workload Cluster'."])
        #expect(lab.attestations() == lab.failing("TrustedCluster"))
        lab.session.run("Set-TrustedCluster -TrustedCluster $tc -Remediate | Out-Null")
        #expect(lab.appliedStatus() == ["Ok"])
        #expect(lab.attestations() == lab.passing)
    }

    /// Two steps left out: each host names both checks, in the checks' order.
    @Test func twoMissingItemsAreBothNamed() throws {
        let lab = try ProcedureLab(skipping: [.importTPMCACertificate, .importBaseImage])
        #expect(lab.attestations() == lab.failing("Tpm2EndorsementKey,BaseImage"))
        #expect(lab.firstReason().split(separator: "\n").map { $0.split(separator: ":").first.map(String.init) ?? "" } == ["Tpm2EndorsementKey", "BaseImage"])
    }
}
