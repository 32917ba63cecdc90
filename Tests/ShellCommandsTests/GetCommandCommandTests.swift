import ShellCommands
import ShellEngine
import Testing
import TestSupport

/// Get-Command: names (positional, wildcards, by property name), `-Verb`, `-Noun`, `-Module`; the version
/// shown comes from the session's catalog.
/// https://learn.microsoft.com/powershell/module/microsoft.powershell.core/get-command?view=powershell-5.1
@Suite struct GetCommandCommandTests {
    private func names(_ script: String) -> String {
        output(of: script + " | ForEach-Object { $_.Name }")
    }

    @Test func namesVerbsNounsAndModulesFilterTheCommands() {
        #expect(names("Get-Command Get-Varia*") == "Get-Variable")
        #expect(names("Get-Command -Verb Measure") == "Measure-Command\nMeasure-Object")
        #expect(names("Get-Command -Noun *Csv -Verb Export") == "Export-Csv")
        #expect(names("Get-Command -Module Microsoft.PowerShell.Security -Noun *Credential") == "Get-Credential")
        #expect(names("[pscustomobject]@{ Name = 'Out-Null' } | Get-Command") == "Out-Null")
        #expect(names("Get-Command -Name gcm") == "gcm -> Get-Command")
    }

    @Test func anUnknownNameIsCommandNotFound() {
        let text = output(of: "Get-Command No-Such -ErrorAction SilentlyContinue; $Error[0].FullyQualifiedErrorId")
        #expect(text == "CommandNotFoundException,Microsoft.PowerShell.Commands.GetCommandCommand")
    }

    @Test func theVersionComesFromTheCatalogAndDefaultsToPowerShells() {
        let (shell, host) = makeShell()
        shell.run("(Get-Command Get-Date).Version")
        CommandCatalog.of(shell).moduleVersions["Microsoft.PowerShell.Utility"] = "9.9"
        shell.run("(Get-Command Get-Date).Version; (Get-Command Get-Location).Version")
        #expect(host.lines == ["3.1.0.0", "9.9", "3.1.0.0"])
    }
}
