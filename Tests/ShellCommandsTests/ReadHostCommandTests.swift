import Testing
import TestSupport

/// Read-Host: `-Prompt` (positional) is shown followed by ": "; `-AsSecureString` reads without echo into a
/// SecureString; a non-interactive session cannot prompt.
/// https://learn.microsoft.com/powershell/module/microsoft.powershell.utility/read-host?view=powershell-5.1
@Suite struct ReadHostCommandTests {
    @Test func aPositionalPromptIsShownWithAColonAndTheLineIsReturned() {
        let (shell, host) = makeShell(interactive: true, answers: ["blue"])
        shell.run("Read-Host 'Favourite colour'")
        #expect(host.prompts == ["Favourite colour: "])
        #expect(host.lines == ["blue"])
    }

    @Test func withoutAPromptNothingIsShownBeforeTheInput() {
        let (shell, host) = makeShell(interactive: true, answers: ["x"])
        shell.run("$line = Read-Host; \"got $line\"")
        #expect(host.prompts == [""])
        #expect(host.lines == ["got x"])
    }

    @Test func asSecureStringReadsASecretIntoASecureString() {
        let (shell, host) = makeShell(interactive: true, secrets: ["S3cret!"])
        shell.run("$s = Read-Host -Prompt 'Pin' -AsSecureString; $s.GetType().FullName; ConvertFrom-SecureString $s -AsPlainText")
        #expect(host.prompts == ["Pin: "])
        #expect(host.lines == ["System.Security.SecureString", "S3cret!"])
    }

    @Test func aNonInteractiveSessionCannotPrompt() {
        let text = output(of: "try { Read-Host 'x' } catch { $_.FullyQualifiedErrorId }")
        #expect(text == "ReadHostInNonInteractiveMode,Microsoft.PowerShell.Commands.ReadHostCommand")
    }
}
