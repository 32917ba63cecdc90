import ShellEngine
import Testing
import TestSupport
import TrustAuthority
import VtashKit

/// What the configured shell adds to the generic commands' session catalog: vtash's own default help topic,
/// and PowerCLI's version for the VMware modules (the lab's own module and PowerShell's keep 3.1.0.0).
@Suite struct ConfiguredShellTests {
    @Test func getHelpWithoutANameIsVtashsTopic() {
        let text = output(of: "Get-Help")
        #expect(text == "\nTOPIC\n    vtash help\n\nSHORT DESCRIPTION\n    vtash emulates the VMware PowerCLI vSphere Trust Authority cmdlets.\n\n"
                + "LONG DESCRIPTION\n    Get-Command lists the commands. Get-Help <command> shows help for one of them,\n    for example: Get-Help New-TrustAuthorityKeyProvider -Full\n")
    }

    @Test func vmwareModulesShowThePowerCLIVersion() throws {
        let session = try PowerCLITestShell()
        let (output, errors) = session.run("(Get-Command New-TrustAuthorityKeyProvider).Version; (Get-Command Connect-VIServer).Version; (Get-Command Get-LabKeyServer).Version; (Get-Command Get-Date).Version")
        #expect(errors == [])
        #expect(output == ["13.3.0.24145081", "13.3.0.24145081", "3.1.0.0", "3.1.0.0"])
    }
}
