import Testing
@testable import ShellEngine
import TestSupport

/// Scripts run one top-level statement at a time (their trees are freed as they finish), with PowerShell's
/// semantics: parse errors stop the script before it starts, functions exist from the statement that
/// defines them on, `exit` ends the script, errors keep their line and column.
@Suite struct ScriptStreamingTests {
    /// More statement text (about 400 KB) than the parser keeps from its first pass (256 K scalars), so the tail is parsed again while running.
    static func longScript(_ body: String, count: Int = 6000) -> String {
        let padding = "  # " + String(repeating: "-", count: 60)
        var text = "$n = 0\n"
        for _ in 0..<count { text += body + padding + "\n" }
        return text
    }

    @Test func aParseErrorOnTheLastLineStopsTheScriptBeforeItsFirstStatement() {
        let (shell, host) = makeShell()
        let script = "Write-Output 'first'\n" + Self.longScript("$n++") + "$x = (1 +"
        let outcome = shell.run(script, fileName: "/tmp/s.ps1", newScriptScope: true)
        #expect(outcome == .parseError)
        #expect(!host.lines.contains("first"))
        #expect(host.lines.first == "ERR:At /tmp/s.ps1:6003 char:10")
    }

    @Test func everyStatementOfALongScriptRunsInOrder() {
        let (shell, host) = makeShell()
        let outcome = shell.run(Self.longScript("$n++") + "\"n=$n\"", fileName: "/tmp/s.ps1", newScriptScope: true)
        #expect(outcome == .completed(succeeded: true, terminatingError: false))
        #expect(host.lines == ["n=6000"])
    }

    @Test func aFunctionDefinedLaterIsNotCallableEarlier() {
        let (shell, host) = makeShell()
        let script = Self.longScript("$n++") + "$ErrorView = 'ConciseView'\nLater\nfunction Later { 'defined' }\nLater"
        shell.run(script, fileName: "/tmp/s.ps1", newScriptScope: true)
        #expect(host.lines.count == 2)
        #expect(host.lines.first?.hasPrefix("ERR:Later: The term 'Later' is not recognized") == true)
        #expect(host.lines.last == "defined")
    }

    @Test func errorPositionsOfReparsedStatementsAreTheirLineAndColumn() {
        let (shell, host) = makeShell()
        shell.run(Self.longScript("$n++") + "  Get-Nothing", fileName: "/tmp/s.ps1", newScriptScope: true)
        #expect(host.lines.contains("ERR:At /tmp/s.ps1:6002 char:3"))
    }

    @Test func exitInTheStreamedTailEndsTheScriptWithItsCode() {
        let (shell, host) = makeShell()
        let outcome = shell.run(Self.longScript("$n++") + "exit 3\n'after'", fileName: "/tmp/s.ps1", newScriptScope: true)
        #expect(outcome == .exited(3))
        #expect(host.lines.isEmpty)
    }

    @Test func paramBlockOfAStreamedScriptIsBoundFromItsArguments() {
        let (shell, host) = makeShell()
        let script = "param([int]$Count = 1, $Label)\n" + Self.longScript("$n++") + "\"$Label $($Count * 2) $n\""
        shell.run(script, fileName: "/tmp/s.ps1", arguments: [.string("21"), .string("x")], newScriptScope: true)
        #expect(host.lines == ["x 42 6000"])
    }

    @Test func throwInTheTailStopsTheScriptAndSkipsTheRest() {
        let (shell, host) = makeShell()
        let outcome = shell.run(Self.longScript("$n++") + "$ErrorView = 'ConciseView'\nthrow 'stop'\n'after'",
                                fileName: "/tmp/s.ps1", newScriptScope: true)
        #expect(outcome == .completed(succeeded: false, terminatingError: true))
        #expect(host.lines == ["ERR:Exception: stop"])
    }

    @Test func namedBlocksOfAScriptStillRun() {
        let (shell, host) = makeShell()
        shell.run("begin { 'b' }\nprocess { 'p' }\nend { 'e' }", fileName: "/tmp/s.ps1", newScriptScope: true)
        #expect(host.lines == ["b", "p", "e"])
    }
}
