import Testing
import TestSupport

/// Get-Credential: a PSCredential given to `-Credential` comes back as is; otherwise the host asks, showing the
/// title and message (`-Title`, `-Message`, or 5.1's defaults) and the user name given (`-UserName` or a
/// string `-Credential`).
/// https://learn.microsoft.com/powershell/module/microsoft.powershell.security/get-credential?view=powershell-5.1
@Suite struct GetCredentialCommandTests {
    @Test func aCredentialPassesThroughWithoutAsking() {
        let text = output(of: """
        $c = New-Object System.Management.Automation.PSCredential 'admin', (ConvertTo-SecureString 'pw' -AsPlainText -Force)
        (Get-Credential $c).UserName
        """)
        #expect(text == "admin")
    }

    @Test func userNameTitleAndMessageAreShownAndOnlyThePasswordIsAsked() {
        let (shell, host) = makeShell(interactive: true, secrets: ["pw1"])
        shell.run("$c = Get-Credential -UserName ops -Title 'Sign in' -Message 'Lab account'; $c.UserName; $c.GetNetworkCredential().Password")
        #expect(host.lines == ["", "Sign in", "Lab account", "ops", "pw1"])
        #expect(host.prompts == ["Password for user ops: "])
    }

    @Test func aStringCredentialNamesTheUserAndTheDefaultTextsAreShown() {
        let (shell, host) = makeShell(interactive: true, secrets: ["pw2"])
        shell.run("(Get-Credential 'DOMAIN\\bob').GetNetworkCredential().Domain")
        #expect(host.lines == ["", "Windows PowerShell credential request", "Enter your credentials.", "DOMAIN"])
        #expect(host.prompts == ["Password for user DOMAIN\\bob: "])
    }

    @Test func withoutAUserNameTheUserIsAskedFirst() {
        let (shell, host) = makeShell(interactive: true, answers: ["carol"], secrets: ["pw3"])
        shell.run("(Get-Credential).UserName")
        #expect(host.prompts == ["User: ", "Password for user carol: "])
        #expect(host.lines.last == "carol")
    }

    @Test func aNonInteractiveSessionCannotAsk() {
        let text = output(of: "try { Get-Credential -UserName x } catch { $_.FullyQualifiedErrorId }")
        #expect(text == "CouldNotPromptForCredential,Microsoft.PowerShell.Commands.GetCredentialCommand")
    }
}
