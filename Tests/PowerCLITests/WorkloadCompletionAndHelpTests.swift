import ShellEngine
import TestSupport
import Testing

/// Tab completion of the workload cmdlets' lab names, and Get-Help for every workload cmdlet (issue 12: "Every new
/// cmdlet: Get-Help (synopsis, syntax, parameters, an example), completion of its parameters and lab names").
@Suite struct WorkloadCompletionAndHelpTests {
    func complete(_ line: String, in session: PowerCLITestShell) -> [String] {
        CommandCompletion(shell: session.shell).complete(line: line, cursor: line.utf8.count).candidates
    }

    static let commands = [
        "Get-VMHost", "Get-Cluster", "Get-Datacenter", "Get-VM", "Get-TrustedPrincipal", "Export-TrustedPrincipal", "Export-VMHostImageDb",
        "Get-Tpm2EndorsementKey", "Export-Tpm2CACertificate", "Export-Tpm2EndorsementKey", "Import-TrustAuthorityServicesInfo",
        "Set-TrustedCluster", "Get-TrustedClusterAppliedStatus", "Get-AttestationServiceInfo", "Add-AttestationServiceInfo",
        "Remove-AttestationServiceInfo", "Get-KeyProviderServiceInfo", "Add-KeyProviderServiceInfo", "Remove-KeyProviderServiceInfo",
        "Add-TrustedClusterAttestationServiceInfo", "Remove-TrustedClusterAttestationServiceInfo",
        "Add-TrustedClusterKeyProviderServiceInfo", "Remove-TrustedClusterKeyProviderServiceInfo",
        "Get-KeyProvider", "Register-KeyProvider", "Set-KeyProvider",
    ]

    @Test func hostsClustersAndContainersCompleteFromTheConnectedVCenters() throws {
        let session = try PowerCLITestShell()
        session.run(InventoryTests.connectWorkload)
        #expect(complete("Get-VMHost esxi-0", in: session) == ["esxi-01.vsphere.local", "esxi-02.vsphere.local", "esxi-03.vsphere.local"])
        #expect(complete("Export-VMHostImageDb -VMHost esxi-02", in: session) == ["esxi-02.vsphere.local"])
        #expect(complete("Get-VM -Location Work", in: session) == ["'Workload Datacenter'", "'Workload Cluster'"])
        #expect(complete("Get-VM -Name d", in: session) == ["db-01"])
        #expect(complete("Set-TrustedCluster -TrustedCluster W", in: session) == ["'Workload Cluster'"])
        #expect(complete("Get-VMHost -Server 192.168.210.2", in: session) == ["192.168.210.23", "192.168.210.22"])
    }

    @Test func trustAuthorityClustersCompleteWithBothVCentersConnected() throws {
        let session = try PowerCLITestShell()
        session.run(MultipleServersTests.connectBoth)
        #expect(complete("Get-TrustAuthorityCluster v", in: session) == ["'vTA Cluster'"])
    }

    @Test func everyWorkloadCmdletHasHelpWithSynopsisSyntaxParametersAndAnExample() throws {
        let session = try PowerCLITestShell()
        for command in Self.commands {
            let help = session.run("Get-Help \(command) -Full").output
            #expect(help.contains("SYNOPSIS"), "\(command)")
            #expect(help.contains("SYNTAX"), "\(command)")
            #expect(help.contains("PARAMETERS"), "\(command)")
            #expect(help.contains { $0.contains("Example 1") }, "\(command)")
            #expect(help.contains { $0.contains("-Server") } || command == "Export-Tpm2CACertificate", "\(command)")
        }
    }
}
