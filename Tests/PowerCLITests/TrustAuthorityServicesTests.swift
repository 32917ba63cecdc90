import Foundation
import TestSupport
import Testing
import TrustAuthority

/// Step 6: `Export-TrustAuthorityServicesInfo -TrustAuthorityCluster $vTA -FilePath clsettings.json [-Force]`,
/// `Get-TrustAuthorityKeyProviderService` and `Get-TrustAuthorityAttestationService` (`[[-VMHost]]`,
/// `-ServiceAddress`, `-ServiceGroup`, `-TrustAuthorityCluster`; "from the specified enabled Trust Authority
/// cluster": reference/powercli-cmdlets.md §3, §6).
@Suite struct TrustAuthorityServicesTests {
    static let taHost = "esxi-ta-01.vsphere.local"

    @Test func eachServiceRunsOnEachHostOfTheEnabledCluster() throws {
        let session = try PowerCLITestShell.connected()
        let result = session.run("""
        $a = Get-TrustAuthorityAttestationService -TrustAuthorityCluster $vTA
        $a.PSObject.TypeNames[0]; $a.ServiceAddress; $a.ServicePort; $a.ServiceGroup; $a.TrustAuthorityClusterId
        $k = $vTA | Get-TrustAuthorityKeyProviderService
        $k.PSObject.TypeNames[0]; $k.ServiceAddress
        """)
        #expect(result.errors == [])
        // The domain's choice (docs/workflow-domain.md): one service of each kind per TA host, port 443, group <cluster>@<vCenter>.
        #expect(result.output == ["VMware.VimAutomation.Security.Types.V1.TrustedInfrastructure.TrustAuthorityAttestationService",
                                  Self.taHost, "443", "domain-c8@192.168.210.22", "TrustAuthorityCluster-domain-c8",
                                  "VMware.VimAutomation.Security.Types.V1.TrustedInfrastructure.TrustAuthorityKeyProviderService", Self.taHost])
    }

    @Test func theFiltersSelectByHostAddressAndGroup() throws {
        let session = try PowerCLITestShell.connected()
        #expect(session.run("(Get-TrustAuthorityAttestationService \(Self.taHost)).ServiceAddress").output == [Self.taHost])
        #expect(session.run("(Get-TrustAuthorityAttestationService -VMHost other-host).ServiceAddress").output == [])
        #expect(session.run("(Get-TrustAuthorityKeyProviderService -ServiceAddress esxi-ta-*).ServiceAddress").output == [Self.taHost])
        #expect(session.run("(Get-TrustAuthorityKeyProviderService -ServiceGroup 'domain-c99@*').ServiceAddress").output == [])
        #expect(session.run("(Get-TrustAuthorityKeyProviderService -ServiceGroup 'domain-c8@*').ServiceAddress").output == [Self.taHost])
    }

    @Test func aDisabledClusterHasNoServicesToGive() throws {
        let session = try PowerCLITestShell.connected(definition: .beforeConfiguration)
        let message = LabError.clusterDisabled(cluster: "vTA Cluster").message
        #expect(session.errorMessages("Get-TrustAuthorityAttestationService -TrustAuthorityCluster $vTA") == ["Get-TrustAuthorityAttestationService : " + message])
        #expect(session.lastError() == ["Client20_TrustedInfrastructure_NotAllowedInCurrentState,VMware.VimAutomation.Security.Commands.Cmdlets.TrustedInfrastructure.GetTrustAuthorityAttestationService",
                                        "InvalidOperation", "ViError"])
        #expect(session.errorMessages("Get-TrustAuthorityKeyProviderService -TrustAuthorityCluster $vTA") == ["Get-TrustAuthorityKeyProviderService : " + message])
        // Not named, a disabled cluster is not asked: no services, no error.
        let unnamed = session.run("Get-TrustAuthorityKeyProviderService")
        #expect(unnamed.output == [] && unnamed.errors == [])
        let scratch = try ScratchDirectory()
        #expect(session.errorMessages("Export-TrustAuthorityServicesInfo -TrustAuthorityCluster $vTA -FilePath '\(scratch.file("clsettings.json"))'")
            == ["Export-TrustAuthorityServicesInfo : " + message])
        #expect(scratch.text("clsettings.json") == nil)
    }

    @Test func theServicesTablePrintsAddressPortAndGroup() throws {
        let session = try PowerCLITestShell.connected()
        #expect(session.run("Get-TrustAuthorityAttestationService").output.filter { !$0.isEmpty } == [
            "ServiceAddress                 ServicePort ServiceGroup",
            "--------------                 ----------- ------------",
            Self.taHost.padding(toLength: 31, withPad: " ", startingAt: 0) + "443         domain-c8@192.168.210.22",
        ])
    }

    @Test func exportWritesTheDomainsServicesInfo() throws {
        let session = try PowerCLITestShell.connected()
        let scratch = try ScratchDirectory()
        // The written file as System.IO.FileInfo, as Export-TrustedPrincipal returns it (reference §2 "ServicesInfo").
        let result = session.run("$f = Export-TrustAuthorityServicesInfo -TrustAuthorityCluster $vTA -FilePath '\(scratch.file("clsettings.json"))'; $f.PSObject.TypeNames[0]; $f.FullName; $f.Name; $f.Length")
        #expect(result.errors == [])
        let expected = try session.lab.servicesInfo(of: "domain-c8", by: SessionUser(vCenter: "192.168.210.22", name: "trustedadmin"))
        let text = try #require(scratch.text("clsettings.json"))
        #expect(text == expected.fileText)
        #expect(result.output == ["System.IO.FileInfo", scratch.file("clsettings.json"), "clsettings.json", "\(Array(text.utf8).count)"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(json["format"] as? String == "vtash.trustAuthorityServicesInfo")
        #expect((json["attestationServices"] as? [[String: Any]])?.first?["address"] as? String == Self.taHost)
    }

    @Test func exportRefusesToOverwriteWithoutForce() throws {
        let session = try PowerCLITestShell.connected()
        let scratch = try ScratchDirectory()
        try scratch.write("old", to: "clsettings.json")
        #expect(session.errorMessages("$vTA | Export-TrustAuthorityServicesInfo -FilePath '\(scratch.file("clsettings.json"))'")
            == ["Export-TrustAuthorityServicesInfo : The file '\(scratch.file("clsettings.json"))' already exists. Use the Force parameter to overwrite it."])
        #expect(scratch.text("clsettings.json") == "old")
        session.run("$vTA | Export-TrustAuthorityServicesInfo -FilePath '\(scratch.file("clsettings.json"))' -Force")
        #expect(scratch.text("clsettings.json")?.contains("vtash.trustAuthorityServicesInfo") == true)
        session.run("Export-TrustAuthorityServicesInfo -TrustAuthorityCluster $vTA -FilePath '\(scratch.file("new/deeper/cl.json"))' -Force")
        #expect(scratch.text("new/deeper/cl.json")?.contains("vtash.trustAuthorityServicesInfo") == true)
    }

    @Test func theImportedPrincipalsIssuerIsInTheExport() throws {
        let session = try PowerCLITestShell.connected()
        let files = try TrustAuthorityTestFiles(lab: session.lab)
        session.run("New-TrustAuthorityPrincipal -TrustAuthorityCluster $vTA -FilePath '\(files.file("principal.json"))' | Out-Null")
        session.run("Export-TrustAuthorityServicesInfo -TrustAuthorityCluster $vTA -FilePath '\(files.file("cl.json"))'")
        let text = try #require(files.scratch.text("cl.json"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(json["trustedIssuers"] as? [String] == [files.principal.issuer])
    }

    @Test func aUserWhoIsNotATrustedAdminIsRefused() throws {
        let session = try PowerCLITestShell()
        session.run(PowerCLITestShell.connectAsAdministrator)
        #expect(session.errorMessages("Get-TrustAuthorityAttestationService") == ["Get-TrustAuthorityAttestationService : " + PowerCLITestShell.notTrustedAdmin])
        #expect(session.errorMessages("Get-TrustAuthorityKeyProviderService -TrustAuthorityCluster 'vTA Cluster'") == ["Get-TrustAuthorityKeyProviderService : " + PowerCLITestShell.notTrustedAdmin])
    }
}
