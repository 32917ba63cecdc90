import TestSupport
import Testing

/// PowerCLI's modules and configuration: `Import-Module VMware.PowerCLI` loads the roll-up and the modules it
/// requires; `Get-Command X` names the module PowerCLI puts X in (Connect-VIServer in VMware.VimAutomation.Core,
/// the Trust Authority cmdlets in VMware.VimAutomation.Security); Get-/Set-PowerCLIConfiguration keep the Session,
/// User and AllUsers scopes, Set changing User unless told and writing the scope it changed.
/// Sources: developer.broadcom.com/powercli/latest/vmware.vimautomation.core/commands/get-powercliconfiguration and
/// set-powercliconfiguration; the PowerCLI module layout (VMware.PowerCLI requiring VMware.VimAutomation.*).
@Suite struct PowerCLIConfigurationTests {
    @Test func importModuleVMwarePowerCLILoadsTheRollUpAndItsRequiredModules() throws {
        let session = try PowerCLITestShell()
        let result = session.run("""
        [bool](Get-Module VMware.PowerCLI)
        Import-Module VMware.PowerCLI
        (Get-Module VMware.* | ForEach-Object Name) -join ','
        (Get-Module VMware.PowerCLI).ModuleType
        (Get-Module VMware.VimAutomation.Core).Version.ToString()
        """)
        #expect(result.errors == [])
        #expect(result.output == [
            "False",
            "VMware.PowerCLI,VMware.Vim,VMware.VimAutomation.Cis.Core,VMware.VimAutomation.Common,VMware.VimAutomation.Core,VMware.VimAutomation.Sdk,VMware.VimAutomation.Security",
            "Manifest", "13.3.0.24145081",
        ])
    }

    @Test func getCommandNamesTheModulePowerCLIPutsEachCmdletIn() throws {
        let session = try PowerCLITestShell()
        let result = session.run("""
        (Get-Command Connect-VIServer).ModuleName
        (Get-Command New-TrustAuthorityKeyProvider).Module.Name
        (Get-Command Set-PowerCLIConfiguration).Source
        (Get-Command Get-Random).ModuleName
        (Get-Command -Module VMware.VimAutomation.Core | ForEach-Object Name | Sort-Object) -join ','
        """)
        #expect(result.errors == [])
        #expect(result.output == [
            "VMware.VimAutomation.Core", "VMware.VimAutomation.Security", "VMware.VimAutomation.Core", "Microsoft.PowerShell.Utility",
            "Connect-VIServer,Disconnect-VIServer,Get-Cluster,Get-Datacenter,Get-PowerCLIConfiguration,Get-PowerCLIVersion,Get-VM,Get-VMHost,Set-PowerCLIConfiguration",
        ])
    }

    @Test func setPowerCLIConfigurationChangesTheUserScopeAndTheSessionSeesIt() throws {
        let session = try PowerCLITestShell()
        let result = session.run("""
        (Get-PowerCLIConfiguration -Scope Session).InvalidCertificateAction
        $set = Set-PowerCLIConfiguration -InvalidCertificateAction Ignore -ParticipateInCEIP $false -Confirm:$false
        $set.Scope; $set.InvalidCertificateAction; $set.ParticipateInCEIP
        (Get-PowerCLIConfiguration -Scope Session).InvalidCertificateAction
        Set-PowerCLIConfiguration -Scope Session -InvalidCertificateAction Fail -DefaultVIServerMode Single -Confirm:$false | Out-Null
        Get-PowerCLIConfiguration | ForEach-Object { "$($_.Scope)=$($_.InvalidCertificateAction)/$($_.DefaultVIServerMode)" }
        """)
        #expect(result.errors == [])
        #expect(result.output == ["Unset", "User", "Ignore", "False", "Ignore", "Session=Fail/Single", "User=Ignore/", "AllUsers=/"])
    }

    @Test func aBadConfigurationValueIsABindingErrorAndChangesNothing() throws {
        let session = try PowerCLITestShell()
        let result = session.run("""
        Set-PowerCLIConfiguration -InvalidCertificateAction Sometimes -Confirm:$false
        (Get-PowerCLIConfiguration -Scope User).InvalidCertificateAction -eq $null
        """)
        #expect(result.errors.first?.contains("Cannot bind parameter 'InvalidCertificateAction'") == true)
        #expect(result.output == ["True"])
    }

    @Test func setPowerCLIConfigurationShowsTheConfigurationTable() throws {
        let session = try PowerCLITestShell()
        let result = session.run("Set-PowerCLIConfiguration -InvalidCertificateAction Ignore -Confirm:$false")
        #expect(result.output.contains { $0.hasPrefix("Scope    ProxyPolicy     DefaultVIServerMode InvalidCertificateAction") })
        // Scope (8), ProxyPolicy (15) and DefaultVIServerMode (19) columns, one space after each.
        #expect(result.output.contains { $0.hasPrefix("User" + String(repeating: " ", count: 41) + "Ignore") })
    }

    @Test func getPowerCLIVersionWarnsThatItIsDeprecatedAndNamesTheRelease() throws {
        let session = try PowerCLITestShell()
        let result = session.run("(Get-PowerCLIVersion).UserFriendlyVersion")
        #expect(result.output == ["WARNING: The cmdlet \"Get-PowerCLIVersion\" is deprecated. Please use the 'Get-Module' cmdlet instead.",
                                  "VMware PowerCLI 13.3.0 build 24145081"])
    }
}
