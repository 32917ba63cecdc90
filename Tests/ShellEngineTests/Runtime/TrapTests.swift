import Testing
@testable import ShellEngine
import TestSupport

/// `trap`: the handler of its block's terminating errors, with `continue`, `break` or neither.
@Suite struct TrapTests {
    static let cases: [(String, String)] = [
        ("trap { \"trapped $_\"; continue }; throw 'boom'; 'after'", "trapped boom\nafter"),
        // A trap covers the whole block, also the statements before it.
        ("function f { throw 'early'; 'next'; trap { \"t: $_\"; continue } }; f", "t: early\nnext"),
        ("function f { trap [System.DivideByZeroException] { 'div'; continue }; $z = 0; 1 / $z; 'went on' }; f", "div\nwent on"),
        ("try { $z = 0; 1 / $z } catch [System.DivideByZeroException] { 'caught by inner type' }", "caught by inner type"),
        // A trap for another type leaves the error to the usual handling.
        ("function f { trap [System.DivideByZeroException] { 'div'; continue }; throw 'other'; 'went on' }; try { f } catch { \"outer: $_\" }", "outer: other"),
        // break: the block ends and the error goes on up (to the caller's trap here).
        ("trap { \"script: $_\"; continue }; function h { trap { 'h trap'; break }; throw 'herr'; 'h after' }; h; 'end'", "h trap\nscript: herr\nend"),
        // continue resumes after the statement that failed (the `if`), not at the next loop step.
        ("foreach ($i in 1..3) { trap { \"skip $i\"; continue }; if ($i -eq 2) { throw 'two' }; \"ok $i\" }", "ok 1\nskip 2\nok 2\nok 3"),
        ("trap { $x = 'inside'; continue }; $x = 'outside'; throw 'e'; $x", "outside"),
    ]

    @Test(arguments: cases)
    func trapHandlesTheBlocksErrors(_ entry: (String, String)) {
        #expect(output(of: entry.0) == entry.1, "script: \(entry.0)")
    }

    @Test func aTrapWithoutContinueOrBreakWritesTheErrorAndGoesOn() {
        let (shell, host) = makeShell()
        shell.run("function g { trap { 'g trap' }; throw 'gerr'; 'g after' }; g")
        #expect(host.lines.first == "g trap")
        #expect(host.lines.contains("ERR:gerr"))
        #expect(host.lines.last == "g after")
    }

    @Test func aTrappedErrorIsInTheErrorHistory() {
        #expect(output(of: "trap { continue }; throw 'kept'; $Error[0].ToString()") == "kept")
    }
}
