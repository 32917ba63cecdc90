import ShellCommands
import ShellEngine
import Testing
import TestSupport

/// Get-History (aliases `history`, `ghy`): the inputs typed this session, oldest first, by id or the newest `-Count`; a secret typed in
/// any of them is masked as transcripts mask it (issue 14).
/// https://learn.microsoft.com/powershell/module/microsoft.powershell.core/get-history?view=powershell-5.1
/// Errors as PowerShell's GetHistoryCommand writes them (engine/hostifaces/History.cs, HistoryStrings.resx).
@Suite struct GetHistoryCommandTests {
    /// Runs each line as one typed input, then `probe`; returns what `probe` printed.
    private func after(_ lines: [String], _ probe: String) -> [String] {
        let (shell, host) = makeShell()
        for line in lines { shell.run(line) }
        let printed = host.lines.count
        shell.run(probe)
        return Array(host.lines[printed...])
    }

    @Test func eachTypedInputIsAnEntryWithItsIdAndStatus() {
        let lines = ["'one'", "1/0", "  ", "Write-Output two"]
        #expect(after(lines, "Get-History | ForEach-Object { '{0}|{1}|{2}' -f $_.Id, $_.CommandLine, $_.ExecutionStatus }") == [
            "1|'one'|Completed", "2|1/0|Failed", "3|Write-Output two|Completed",
        ])
        #expect(after(lines, "(Get-History)[0].PSObject.TypeNames[0]") == ["Microsoft.PowerShell.Commands.HistoryInfo"])
        #expect(after(lines, "$h = Get-History 1; $h.EndExecutionTime -ge $h.StartExecutionTime") == ["True"])
    }

    @Test func countGivesTheNewestAndWithAnIdTheOnesEndingThere() {
        let lines = ["'a'", "'b'", "'c'", "'d'"]
        #expect(after(lines, "(Get-History -Count 2).CommandLine") == ["'c'", "'d'"])
        #expect(after(lines, "(Get-History 3 -Count 2).CommandLine") == ["'b'", "'c'"])
        #expect(after(lines, "(Get-History 4, 1).CommandLine") == ["'d'", "'a'"])
        #expect(after(lines, "(history 2).CommandLine; (ghy 2).CommandLine") == ["'b'", "'b'"])
        #expect(after([], "@(Get-History).Count") == ["0"])
    }

    @Test func aMissingIdAndACountWithSeveralIdsAreErrors() {
        let (shell, host) = makeShell()
        shell.run("'a'")
        shell.run("Get-History 99 -ErrorAction SilentlyContinue")
        shell.run("try { Get-History 1, 2 -Count 1 } catch { $caught = $_ }")
        shell.run("$Error[1].FullyQualifiedErrorId; $Error[1].Exception.Message; $caught.FullyQualifiedErrorId; $caught.Exception.Message")
        #expect(host.lines.suffix(4) == [
            "GetHistoryNoHistoryForId,Microsoft.PowerShell.Commands.GetHistoryCommand",
            "Cannot locate the history for Id 99.",
            "GetHistoryNoCountWithMultipleIds,Microsoft.PowerShell.Commands.GetHistoryCommand",
            "The count cannot be combined with multiple Ids.",
        ])
    }

    /// A secret never shows: a literal given to a sensitive parameter (by any spelling), and the same value
    /// typed later; `$MyInvocation.Line` inside a function masks it too.
    @Test func secretsAreMaskedInTheHistoryAndInMyInvocationLine() {
        let lines = [
            "$s = ConvertTo-SecureString 'Plain-Secret-1' -AsPlainText -Force",
            "function Enter-Vault { param([string]$Password) $MyInvocation.Line }",
            "Enter-Vault -Pass 'Vault-Pw-22'",
            "$again = 'Vault-Pw-22'",
        ]
        #expect(after(lines, "(Get-History).CommandLine") == [
            "$s = ConvertTo-SecureString '********' -AsPlainText -Force",
            "function Enter-Vault { param([string]$Password) $MyInvocation.Line }",
            "Enter-Vault -Pass '********'",
            "$again = '********'",
        ])
        #expect(after(Array(lines.prefix(2)), "Enter-Vault -Pa 'Vault-Pw-22'") == ["Enter-Vault -Pa '********'"])
    }

    /// Windows PowerShell 5.1's table: Id right-aligned in 4 characters, then CommandLine.
    @Test func theTableShowsIdAndCommandLine() {
        #expect(after(["'a'"], "Get-History").filter { !$0.isEmpty } == ["  Id CommandLine", "  -- -----------", "   1 'a'"])
    }
}
