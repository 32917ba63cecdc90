import Testing
@testable import ShellEngine
import PowerShellSyntax

/// Every malformed or hostile line gives an error or a result, and the session goes on afterwards.
@Suite struct BadInputTests {
    @Test func corpusHasAtLeastTwoHundredLines() {
        #expect(BadInputCorpus.handWritten.count + BadInputCorpus.generated.count + BadInputCorpus.invalidUTF8.count >= 200)
    }

    @Test func everyBadLineEndsAndTheSessionGoesOn() {
        let (shell, host) = makeShell()
        // Hostile words must never start real programs or write files on the test machine.
        shell.isSandboxed = true
        var lines = BadInputCorpus.handWritten + BadInputCorpus.generated
        lines += BadInputCorpus.invalidUTF8.map { String(decoding: $0, as: UTF8.self) }
        for (index, line) in lines.enumerated() {
            host.lines.removeAll()
            let outcome = shell.run(line)
            _ = outcome
            host.lines.removeAll()
            shell.run("'alive \(index)'")
            #expect(host.lines == ["alive \(index)"], "after bad input #\(index): \(line.prefix(80))")
        }
    }

    @Test func unboundedRecursionIsStoppedWithCallDepthOverflow() {
        let (shell, host) = makeShell()
        shell.run("$ErrorView = 'ConciseView'; function f { f }; f")
        #expect(host.lines == ["ERR:InvalidOperation: The script failed due to call depth overflow."])
    }

    @Test func emptyInfiniteLoopStopsOnInterrupt() {
        let (shell, host) = makeShell()
        host.interruptAfter = 1_000
        let outcome = shell.run("while ($true) {}")
        #expect(outcome == .completed(succeeded: false, terminatingError: true))
    }
}
