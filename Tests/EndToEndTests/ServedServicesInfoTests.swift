import Foundation
import Testing
import TestSupport

/// Step 6 over the API (`trust_authority_hosts.attestation`/`.kms`, `consumer_principals`): two shells connected to one
/// served Trust Authority vCenter, each change of one read by the other, their answers compared with a shell on the
/// served lab's own file (the local cmdlets on the same lab); then step 7 on the workload vCenter with the file the
/// served lab exported. And what stays refused on a served workload vCenter (no vSphere API: docs/serve.md).
@Suite struct ServedServicesInfoTests {
    typealias Served = ServedShellTests.Served

    static let connectTrustAuthority = """
    Connect-VIServer -Server 192.168.210.22 -User trustedadmin@vsphere.local -Password 'VMware1!' | Out-Null
    $vTA = Get-TrustAuthorityCluster 'vTA Cluster'

    """

    /// Each line of a caught error: message, FullyQualifiedErrorId, category.
    static func caught(_ command: String) -> String {
        "try { \(command) -ErrorAction Stop | Out-Null; 'ran' } catch { 'Error=' + $_.Exception.Message + '|' + $_.FullyQualifiedErrorId + '|' + $_.CategoryInfo.Category }"
    }

    static func errors(_ result: VtashProcess.Result) -> [String] {
        result.outputLines.filter { $0.hasPrefix("Error=") || $0 == "ran" }
    }

    @Test(.timeLimit(.minutes(5))) func twoShellsReadTheServicesOfTheHostsAndExportTheFileTheLabWrites() throws {
        let served = try ServedShellTests.serve()
        defer { ServedShellTests.stop(served) }
        try ServedWorkflowTests.files(served)

        // A disabled cluster runs no services: the first shell disables it, the second is refused as the local cmdlets are.
        let disabled = try ServedShellTests.remote(served, "Set-TrustAuthorityCluster -TrustAuthorityCluster $vTA -State Disabled -Confirm:$false | Out-Null")
        #expect(disabled.status == 0 && disabled.errors.isEmpty, "\(disabled.output)\(disabled.errors)")
        let refusals = [
            Self.caught("Get-TrustAuthorityAttestationService -TrustAuthorityCluster $vTA"),
            Self.caught("Export-TrustAuthorityServicesInfo -TrustAuthorityCluster $vTA -FilePath refused.json"),
            Self.caught("Get-TrustAuthorityKeyProviderService -TrustAuthorityCluster 'no such cluster'"),
            "'Unnamed=' + @(Get-TrustAuthorityKeyProviderService).Count",
        ].joined(separator: "\n")
        let remoteRefused = try ServedShellTests.remote(served, refusals)
        let localRefused = try ServedShellTests.local(served, Self.connectTrustAuthority + refusals)
        #expect(Self.errors(localRefused).count == 3, "\(localRefused.output)\(localRefused.errors)")
        #expect(Self.errors(localRefused).first?.contains("is disabled.") == true, "\(localRefused.output)")
        #expect(Self.errors(remoteRefused) == Self.errors(localRefused), "\(remoteRefused.output)\(remoteRefused.errors)")
        #expect(remoteRefused.outputLines.contains("Unnamed=0"), "\(remoteRefused.output)")
        #expect(!FileManager.default.fileExists(atPath: served.folder.appendingPathComponent("refused.json").path))

        // The second shell enables it and trusts the workload vCenter's principal; the first sees the services and exports.
        let enabled = try ServedShellTests.remote(served, """
        Set-TrustAuthorityCluster -TrustAuthorityCluster $vTA -State Enabled -Confirm:$false | Out-Null
        New-TrustAuthorityPrincipal -TrustAuthorityCluster $vTA -FilePath principal.json | Out-Null
        """)
        #expect(enabled.status == 0 && enabled.errors.isEmpty, "\(enabled.output)\(enabled.errors)")
        let read = """
        foreach ($s in @(Get-TrustAuthorityAttestationService -TrustAuthorityCluster $vTA) + @(Get-TrustAuthorityKeyProviderService -ServiceGroup 'domain-c8@*')) {
            'Service=' + $s.Id + '|' + $s.ServiceAddress + '|' + $s.ServicePort + '|' + $s.ServiceGroup + '|' + $s.VMHost + '|' + $s.TrustAuthorityClusterId + '|' + $s.CertificateChain.ChainElements[0].Certificate.Thumbprint
        }
        """
        let remote = try ServedShellTests.remote(served, read + "\nExport-TrustAuthorityServicesInfo -TrustAuthorityCluster $vTA -FilePath remote.json | Out-Null")
        let local = try ServedShellTests.local(served, Self.connectTrustAuthority + read + "\nExport-TrustAuthorityServicesInfo -TrustAuthorityCluster $vTA -FilePath local.json | Out-Null")
        #expect(remote.errors.isEmpty && local.errors.isEmpty, "\(remote.output)\(remote.errors)\(local.errors)")
        let services = remote.outputLines.filter { $0.hasPrefix("Service=") }
        #expect(services.count == 2 && services.first?.hasPrefix("Service=attestation-esxi-ta-01.vsphere.local:443|esxi-ta-01.vsphere.local|443|domain-c8@192.168.210.22|") == true,
                "\(remote.output)")
        #expect(services == local.outputLines.filter { $0.hasPrefix("Service=") }, "\(local.output)")
        let remoteFile = try String(contentsOf: served.folder.appendingPathComponent("remote.json"), encoding: .utf8)
        let localFile = try String(contentsOf: served.folder.appendingPathComponent("local.json"), encoding: .utf8)
        #expect(remoteFile == localFile)
        #expect(remoteFile.contains("\"vCenter\" : \"192.168.210.22\"") && remoteFile.contains("/websso/SAML2/Metadata/"), "\(remoteFile)")

        // Step 7 on the workload vCenter (not served here: a shell on the lab's file) with the served lab's file.
        let imported = try ServedShellTests.local(served, """
        Connect-VIServer -Server 192.168.210.23 -User trustedadmin@vsphere.local -Password 'VMware1!' | Out-Null
        (Import-TrustAuthorityServicesInfo -FilePath remote.json | ForEach-Object { $_.Id }) -join ','
        (Get-TrustedClusterAppliedStatus 'Workload Cluster').Health
        """)
        #expect(Self.lines(imported) == ["attestation-1,key-provider-2", "Error"], "\(imported.output)\(imported.errors)")
    }

    /// Step 2's Get-TrustAuthorityServicesStatus over the API (`attestation.service_status`, `kms.service_status`, both
    /// the served lab's one `Lab.servicesStatus`): a shell connected to the served vCenter prints the table and values a
    /// shell on the served lab's file prints, before and after the other changes the cluster's state; an unknown cluster
    /// and a user outside TrustedAdmins get the local cmdlet's errors.
    @Test(.timeLimit(.minutes(5))) func theServicesStatusOverTheAPIIsTheLocalCmdlets() throws {
        let served = try ServedShellTests.serve()
        defer { ServedShellTests.stop(served) }
        let read = """
        Get-TrustAuthorityServicesStatus -TrustAuthorityCluster $vTA
        $s = $vTA | Get-TrustAuthorityServicesStatus
        foreach ($h in $s.AttestationServiceStatus, $s.KeyProviderServiceStatus) { 'Status=' + $h.Health + '|' + $h.TrustAuthorityClusterId + '|' + ($h.Details -join ';') }
        """
        func both() throws -> (remote: [String], local: [String]) {
            let remote = try ServedShellTests.remote(served, read)
            let local = try ServedShellTests.local(served, Self.connectTrustAuthority + read)
            #expect(remote.errors.isEmpty && local.errors.isEmpty, "\(remote.output)\(remote.errors)\(local.errors)")
            return (Self.lines(remote), Self.lines(local))
        }
        let header = ["TrustAuthorityClusterId           AttestationServiceStatus KeyProviderServiceStatus",
                      "-----------------------           ------------------------ ------------------------"]
        let enabled = try both()
        #expect(enabled.local == header + ["TrustAuthorityCluster-domain-c8   Ok                       Ok",
                                           "Status=Ok|TrustAuthorityCluster-domain-c8|", "Status=Ok|TrustAuthorityCluster-domain-c8|"])
        #expect(enabled.remote == enabled.local)

        // The connected shell disables the cluster: both shells read None, with the lab's words.
        let disable = try ServedShellTests.remote(served, "Set-TrustAuthorityCluster -TrustAuthorityCluster $vTA -State Disabled -Confirm:$false | Out-Null")
        #expect(disable.status == 0 && disable.errors.isEmpty, "\(disable.output)\(disable.errors)")
        let disabled = try both()
        #expect(disabled.local == header + ["TrustAuthorityCluster-domain-c8   None                     None",
            "Status=None|TrustAuthorityCluster-domain-c8|The Trust Authority cluster 'vTA Cluster' is disabled: the attestation service does not run.",
            "Status=None|TrustAuthorityCluster-domain-c8|The Trust Authority cluster 'vTA Cluster' is disabled: the key provider service does not run."])
        #expect(disabled.remote == disabled.local)

        // A shell on the lab's file enables it again: the connected shell reads Ok.
        let enable = try ServedShellTests.local(served, Self.connectTrustAuthority + "Set-TrustAuthorityCluster -TrustAuthorityCluster $vTA -State Enabled -Confirm:$false | Out-Null")
        #expect(enable.status == 0 && enable.errors.isEmpty, "\(enable.output)\(enable.errors)")
        let again = try both()
        #expect(again.remote == enabled.local && again.local == enabled.local, "\(again)")

        // An unknown cluster, and a user outside TrustedAdmins (before any call: PowerCLI's words).
        let unknown = Self.caught("Get-TrustAuthorityServicesStatus -TrustAuthorityCluster 'no such cluster'")
        let remoteUnknown = try ServedShellTests.remote(served, unknown)
        let localUnknown = try ServedShellTests.local(served, Self.connectTrustAuthority + unknown)
        #expect(Self.errors(localUnknown).count == 1 && Self.errors(localUnknown).first?.contains("|Core_ObnSelector_SelectObjectByNameCore_ObjectNotFound,") == true,
                "\(localUnknown.output)\(localUnknown.errors)")
        #expect(Self.errors(remoteUnknown) == Self.errors(localUnknown), "\(remoteUnknown.output)\(remoteUnknown.errors)")
        let refused = Self.caught("Get-TrustAuthorityServicesStatus -TrustAuthorityCluster 'vTA Cluster'")
        let remoteRefused = try ServedShellTests.remote(served, """
        Connect-VIServer -Server 127.0.0.1 -Port \(served.port) -User administrator@vsphere.local -Password 'VMware1!' | Out-Null
        \(refused)
        """, connect: false)
        let localRefused = try ServedShellTests.local(served, """
        Connect-VIServer -Server 192.168.210.22 -User administrator@vsphere.local -Password 'VMware1!' | Out-Null
        \(refused)
        """)
        #expect(Self.errors(localRefused).count == 1 && Self.errors(localRefused).first?.contains("|Client20_TrustedInfrastructure_NoPermission,") == true,
                "\(localRefused.output)\(localRefused.errors)")
        #expect(Self.errors(remoteRefused) == Self.errors(localRefused), "\(remoteRefused.output)\(remoteRefused.errors)")
    }

    static func lines(_ result: VtashProcess.Result) -> [String] {
        result.outputLines.filter { !$0.isEmpty }
    }

    /// The trusted clusters' state, their desired state (Import-TrustAuthorityServicesInfo), the cmdlets that take
    /// Get-TrustedCluster's objects, and the workload key providers have no vSphere Automation API (docs/serve.md):
    /// a shell connected to a served workload vCenter refuses them, and neither lab changes.
    @Test(.timeLimit(.minutes(5))) func trustedClusterCmdletsWithoutAnAPIAreRefusedOnAServedWorkloadVCenter() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vtash-served-workload-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let server = try ServeProcess(lab: folder.appendingPathComponent("lab.sqlite").path, arguments: ["--vcenter", "192.168.210.23"], in: folder)
        let port = try #require(server.waitForPort(), "vtash serve did not start: \(server.lines.suffix(5))")
        let served = Served(folder: folder, server: server, port: port)
        defer { ServedShellTests.stop(served) }
        // A services information file the workload vCenter would accept (steps 3 and 6 on the lab's own file).
        let exported = try ServedShellTests.local(served, """
        Connect-VIServer -Server 192.168.210.23 -User trustedadmin@vsphere.local -Password 'VMware1!' | Out-Null
        Export-TrustedPrincipal -FilePath principal.json | Out-Null
        Disconnect-VIServer -Server * -Confirm:$false
        \(Self.connectTrustAuthority)
        New-TrustAuthorityPrincipal -TrustAuthorityCluster $vTA -FilePath principal.json | Out-Null
        Export-TrustAuthorityServicesInfo -TrustAuthorityCluster $vTA -FilePath services.json | Out-Null
        """)
        #expect(exported.status == 0 && exported.errors.isEmpty, "\(exported.output)\(exported.errors)")
        let refused = try ServedShellTests.remote(served, """
        Connect-VIServer -Server 127.0.0.1 -Port \(port) -User trustedadmin@vsphere.local -Password 'VMware1!' | Out-Null
        \(Self.caught("Get-TrustedCluster"))
        \(Self.caught("Set-TrustedCluster -TrustedCluster 'Workload Cluster' -State Enabled -Confirm:$false"))
        \(Self.caught("Get-TrustedClusterAppliedStatus 'Workload Cluster'"))
        \(Self.caught("Import-TrustAuthorityServicesInfo -FilePath services.json"))
        \(Self.caught("Get-KeyProvider"))
        """, connect: false)
        let message = "This operation has no vSphere Automation API that vtash serves, so it cannot go to the served vCenter at https://127.0.0.1:\(port). "
            + "Run it in a shell on the served lab's file (vtash --lab PATH), or Disconnect-VIServer first."
        let errors = Self.errors(refused)
        #expect(errors.count == 5, "\(refused.output)\(refused.errors)")
        #expect(errors.allSatisfy { $0.hasPrefix("Error=" + message + "|Client20_TrustedInfrastructure_InvalidArgument,") }, "\(errors)")
        let unchanged = try ServedShellTests.local(served, """
        Connect-VIServer -Server 192.168.210.23 -User trustedadmin@vsphere.local -Password 'VMware1!' | Out-Null
        'State=' + (Get-TrustedCluster 'Workload Cluster').State
        'Registered=' + @(Get-AttestationServiceInfo).Count + ',' + @(Get-KeyProviderServiceInfo).Count
        'Health=' + (Get-TrustedClusterAppliedStatus 'Workload Cluster').Health
        """)
        #expect(Self.lines(unchanged) == ["State=Disabled", "Registered=0,0", "Health=None"], "\(unchanged.output)\(unchanged.errors)")
    }
}
