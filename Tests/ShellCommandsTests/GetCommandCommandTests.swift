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

    /// PowerShell's CommandInfo view (PowerShellCore_format_ps1xml.cs, the view of AliasInfo, CmdletInfo,
    /// FunctionInfo...): CommandType 15, Name 50, Version 10, then Source; no alignment given, so every column
    /// is left-aligned (the CommandType column was right-aligned as an enum). Expected text written by hand.
    @Test func theTableHasPowerShellsColumnsAllLeftAligned() {
        let (shell, host) = makeShell()
        shell.run("Get-Command Get-Date; Get-Command gcm")
        let pad = { (text: String, width: Int) in text + String(repeating: " ", count: width - text.count) }
        #expect(host.lines.filter { !$0.isEmpty } == [
            pad("CommandType", 15) + " " + pad("Name", 50) + " " + pad("Version", 10) + " " + "Source",
            pad("-----------", 15) + " " + pad("----", 50) + " " + pad("-------", 10) + " " + "------",
            pad("Cmdlet", 15) + " " + pad("Get-Date", 50) + " " + pad("3.1.0.0", 10) + " " + "Microsoft.PowerShell.Utility",
            pad("Alias", 15) + " " + "gcm -> Get-Command",
        ])
    }

    /// `CommandInfo.Parameters`: every parameter by name, found whatever the case, with its type, aliases and
    /// how each parameter set takes it (ParameterMetadata, ParameterSetMetadata).
    @Test func parametersHoldEachParameterByName() {
        #expect(output(of: "(Get-Command Get-Command).Parameters['Name'].Name") == "Name")
        #expect(output(of: "(Get-Command Get-Command).Parameters['name'].ParameterType.FullName") == "System.String[]")
        #expect(output(of: "(Get-Command Get-Command).Parameters['Name'].ParameterSets['AllCommandSet'].Position") == "0")
        #expect(output(of: "(Get-Command Get-Command).Parameters['Name'].ParameterSets['AllCommandSet'].ValueFromPipelineByPropertyName") == "True")
        #expect(output(of: "(Get-Command Get-Command).Parameters['Verb'].ParameterSets['CmdletSet'].IsMandatory") == "False")
        #expect(output(of: "(Get-Command Get-ChildItem).Parameters['Recurse'].SwitchParameter") == "True")
        #expect(output(of: "(Get-Command Get-Command).Parameters.ContainsKey('NoSuch')") == "False")
        #expect(output(of: "$null -eq (Get-Command Get-Command).Parameters['NoSuch']") == "True")
    }
}
