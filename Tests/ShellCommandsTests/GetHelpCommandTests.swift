import ShellCommands
import ShellEngine
import Testing
import TestSupport

/// Get-Help: the command's help by position or alias; `-Examples`, `-Parameter`, `-Full`/`-Detailed`; without a
/// name, the session's default topic (PowerShell's own unless the session sets one).
/// https://learn.microsoft.com/powershell/module/microsoft.powershell.core/get-help?view=powershell-5.1
@Suite struct GetHelpCommandTests {
    @Test func theSummaryHasNameSynopsisAndSyntaxInDeclarationOrder() {
        let lines = output(of: "Get-Help Out-String").split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(Array(lines.prefix(6)) == ["", "NAME", "    Out-String", "", "SYNOPSIS", "    Outputs input objects as a string."])
        #expect(lines.contains("    Out-String [-InputObject <Object>] [-Stream] [-Width <Int32>] [<CommonParameters>]"))
        #expect(lines.contains("REMARKS"))
        #expect(!lines.contains("PARAMETERS"))
    }

    @Test func fullAndDetailedListTheParametersInDeclarationOrder() {
        let full = output(of: "help Get-Content -Full")
        let detailed = output(of: "Get-Help -Name Get-Content -Detailed")
        #expect(full == detailed)
        let blocks = full.split(separator: "\n").filter { $0.hasPrefix("    -") }.map(String.init)
        #expect(blocks == ["    -Path <String[]>", "    -Raw", "    -TotalCount <Int64>", "    -Tail <Int32>", "    -Encoding <String>"])
    }

    @Test func parameterShowsTheMatchingParameterBlocks() {
        let text = output(of: "Get-Help Get-Content -Parameter T*")
        let heads = text.split(separator: "\n").filter { $0.hasPrefix("    -") }.map(String.init)
        #expect(heads == ["    -TotalCount <Int64>", "    -Tail <Int32>"])
        #expect(text.contains("        Aliases                      First, Head"))
        let missing = output(of: "try { Get-Help Get-Content -Parameter Nope } catch { $_.FullyQualifiedErrorId }")
        #expect(missing == "NoParmsFound,Microsoft.PowerShell.Commands.GetHelpCommand")
    }

    @Test func examplesShowsEachExampleAfterThePrompt() {
        let text = output(of: "Get-Help Sort-Object -Examples")
        #expect(text.contains("    -------------------------- Example 1 --------------------------"))
        #expect(text.contains("    PS C:\\>Get-ChildItem -Path C:\\Test -File | Sort-Object -Property Length"))
    }

    @Test func theNameBindsByPropertyName() {
        #expect(output(of: "[pscustomobject]@{ Name = 'Out-Null' } | Get-Help").contains("    Out-Null [-InputObject <Object>] [<CommonParameters>]"))
    }

    @Test func anUnknownNameIsHelpNotFound() {
        let text = output(of: "try { Get-Help No-Such } catch { $_.FullyQualifiedErrorId }")
        #expect(text == "HelpNotFound,Microsoft.PowerShell.Commands.GetHelpCommand")
    }

    /// The opening of Windows PowerShell 5.1's default topic, as `Get-Help` prints it with no help files
    /// (captured 5.1 console sessions show the same lines).
    @Test func withoutANameTheDefaultTopicIsPowerShellsUnlessTheSessionSetsOne() {
        let capture = CapturingHost()
        let shell = Shell(host: capture, registry: CoreCommands.registry())
        shell.run("Get-Help")
        let lines = capture.take().map(\.text)
        #expect(Array(lines.prefix(6)) == ["", "TOPIC", "    Windows PowerShell Help System", "", "SHORT DESCRIPTION", "    Displays help about Windows PowerShell cmdlets and concepts."])
        #expect(lines.contains("    Without help files, Get-Help displays auto-generated help for cmdlets,"))
        CommandCatalog.of(shell).defaultHelpTopic = ["TOPIC", "    session help"]
        shell.run("help")
        #expect(capture.take().map(\.text) == ["TOPIC", "    session help"])
    }
}
