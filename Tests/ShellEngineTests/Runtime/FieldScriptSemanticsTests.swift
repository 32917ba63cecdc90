import Foundation
import Testing
@testable import ShellEngine
import TestSupport

/// Language semantics that scripts from the field rely on (issue 13). Sources: about_Automatic_Variables
/// ($PSScriptRoot, $PSCommandPath, $MyInvocation), about_Redirection, PowerShell's AutomationNull
/// (src/System.Management.Automation/engine/AutomationNull.cs: "a command that returned nothing"), and
/// about_Script_Blocks / about_Pipelines for how `$null` and nothing are piped.
@Suite struct FieldScriptSemanticsTests {
    @Test func aVariableThatGotNothingFromACommandPipesNothingWhereNullPipesOneNull() {
        let text = output(of: """
            $nothing = & {}
            $null_ = $null
            $a = 0; $nothing | ForEach-Object { 'from nothing' }
            $null_ | ForEach-Object { 'from null' }
            "$(@($nothing).Count) $(@($null_).Count) $($null -eq $nothing)"
            $copy = $nothing; "$(@($copy).Count)"
            $nothing = 1; "$(@($nothing).Count)"
            """)
        #expect(text == "from null\n0 1 True\n0\n1")
    }

    @Test func errorRedirectionKeepsTheOutput() {
        #expect(output(of: "'x' 2>$null; 'y' *>$null; 'z'") == "x\nz")
    }

    @Test func scriptRootCommandPathAndMyInvocationNameTheRunningScript() throws {
        let directory = NSTemporaryDirectory() + "vtash-inv-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/probe.ps1"
        try """
            "$PSScriptRoot|$PSCommandPath|$($MyInvocation.MyCommand.Path)"
            function f { "$($MyInvocation.MyCommand.Name):$($MyInvocation.ScriptLineNumber)" }
            f
            """.write(toFile: path, atomically: true, encoding: .utf8)
        #expect(output(of: "& '\(path)'; \"[$PSScriptRoot]\"") == "\(directory)|\(path)|\(path)\nf:3\n[]")
    }

    @Test func anErrorRecordKnowsTheLineOfTheCommandThatFailed() {
        let text = output(of: "\n\ntry { Get-Item /no/such/item -ErrorAction Stop } catch { $_.InvocationInfo.ScriptLineNumber; $_.InvocationInfo.MyCommand.Name }")
        #expect(text == "3\nGet-Item")
    }

    @Test func aByteOrderMarkStartingAScriptIsNotPartOfIt() throws {
        let directory = NSTemporaryDirectory() + "vtash-bom-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let small = directory + "/small.ps1"
        try Data([0xEF, 0xBB, 0xBF] + Array("'small ok'\n".utf8)).write(to: URL(fileURLWithPath: small))
        // Over the mapping threshold, the script is read through a private mapped copy: the mark goes there too.
        let large = directory + "/large.ps1"
        let padding = String(repeating: "# padding line for a script over one megabyte\n", count: 24_000)
        try Data([0xEF, 0xBB, 0xBF] + Array(("'large ok'\n" + padding).utf8)).write(to: URL(fileURLWithPath: large))
        #expect(output(of: ". '\(small)'; & '\(large)'") == "small ok\nlarge ok")
    }
}
