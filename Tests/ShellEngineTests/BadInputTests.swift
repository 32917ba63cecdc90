import Testing
@testable import ShellEngine
import TestSupport
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

/// Inputs the fuzzer (Scripts/fuzz) found or would find: each used to hang, blow up memory or crash,
/// and now ends quickly with PowerShell's error or result.
@Suite struct RunawayInputTests {
    static let outOfMemory = "ERR:InvalidOperation: Exception of type 'System.OutOfMemoryException' was thrown."

    /// Doubling in a loop: each turn past the limit fails, and the value keeps its last size.
    static let doublingCases: [(String, String)] = [
        ("$s = 'a'; foreach ($i in 1..40) { $s += $s }; $s.Length", "67108864"),
        ("$a = 1, 2; foreach ($i in 1..30) { $a += $a }; $a.Count", "8388608"),
        ("$s = 'ab'; foreach ($i in 1..40) { $s = \"$s$s\" }; $s.Length", "67108864"),
        ("$s = 'ab'; foreach ($i in 1..40) { $s = $s, $s -join '' }; $s.Length", "67108864"),
        ("$s = 'ab'; foreach ($i in 1..40) { $s = '{0}{0}' -f $s }; $s.Length", "67108864"),
        ("$t = 'x' * 60000000; $s = 'bb'; $s = $s.Replace('b', $t); $s.Length", "2"),
    ]

    @Test(.timeLimit(.minutes(1)), arguments: doublingCases)
    func doublingAStringOrArrayInALoopStopsWithOutOfMemory(_ entry: (String, String)) {
        let (shell, host) = makeShell()
        shell.run("$ErrorView = 'ConciseView'; " + entry.0)
        #expect(host.lines.first == Self.outOfMemory, "script: \(entry.0)")
        #expect(host.lines.last == entry.1, "script: \(entry.0)")
    }

    /// One call asking for a gigabyte fails at once instead of filling memory.
    static let hugeRequests = ["'a'.PadLeft(999999999)", "'a'.PadRight(999999999, '-')", "'{0:D999999999}' -f 1", "(1).ToString('N999999999')"]

    @Test(.timeLimit(.minutes(1)), arguments: hugeRequests)
    func askingForAGigabyteStringIsOutOfMemory(_ script: String) {
        let (shell, host) = makeShell()
        shell.run("$ErrorView = 'ConciseView'; " + script)
        #expect(host.lines == [Self.outOfMemory], "script: \(script)")
    }

    /// `$a = $a, $a` sixty-four times shares one array 2^64 ways: what reads it must go one level
    /// down, as PowerShell does, not walk every path.
    static let selfNestedCases: [(String, String)] = [
        ("\"$a\"", "System.Object[] System.Object[]"),
        ("[string]$a", "System.Object[] System.Object[]"),
        ("$a -join ','", "System.Object[] System.Object[],System.Object[] System.Object[]"),
        ("($a -eq 1).Count", "0"),
        ("[pscustomobject]@{x = $a} | ForEach-Object { \"$_\" }", "@{x=System.Object[]}"),
        ("($a | Out-String).Length -lt 2000", "True"),
        ("([pscustomobject]@{x = $a} | Format-List | Out-String).Trim()", "x : {System.Object[] System.Object[], System.Object[] System.Object[]}"),
    ]

    @Test(.timeLimit(.minutes(1)), arguments: selfNestedCases)
    func aSelfNestedArrayIsReadOneLevelDown(_ entry: (String, String)) {
        #expect(output(of: "$a = 1; foreach ($i in 1..64) { $a = $a, $a }; " + entry.0) == entry.1, "script: \(entry.0)")
    }

    /// PowerShell's string conversion goes one level into arrays and properties (MshObject.cs).
    static let oneLevelCases: [(String, String)] = [
        ("$a = 1, (2, 3); \"$a\"", "1 System.Object[]"),
        ("(1, (2, 3)) -join ','", "1,2 3"),
        ("[pscustomobject]@{a = 1, 2; b = [pscustomobject]@{c = 1}} | ForEach-Object { \"$_\" }", "@{a=System.Object[]; b=}"),
        ("$x = 1, 2; $a = $x, 3, 1; $a -eq 1", "1"),
        ("([pscustomobject]@{x = 1, (2, 3)} | Format-List | Out-String).Trim()", "x : {1, 2 3}"),
    ]

    @Test(arguments: oneLevelCases)
    func nestedValuesConvertToTextOneLevelDown(_ entry: (String, String)) {
        #expect(output(of: entry.0) == entry.1, "script: \(entry.0)")
    }

    @Test(.timeLimit(.minutes(1))) func catastrophicBacktrackingStopsOnInterrupt() {
        let (shell, host) = makeShell()
        host.interruptAfter = 1_000
        let outcome = shell.run("'" + String(repeating: "a", count: 64) + "!' -match '(a+)+$'")
        #expect(outcome == .completed(succeeded: false, terminatingError: true))
    }

    @Test(.timeLimit(.minutes(1))) func jsonOfASelfNestedTableStopsOnInterrupt() {
        let (shell, host) = makeShell()
        host.interruptAfter = 1_000
        let outcome = shell.run("$h = 1; foreach ($i in 1..64) { $h = @{a = $h; b = $h} }; $h | ConvertTo-Json -Depth 100 -Compress")
        #expect(outcome == .completed(succeeded: false, terminatingError: true))
    }

    /// The regex operators poll for Ctrl+C now; their results stay those of .NET.
    static let regexCases: [(String, String)] = [
        ("'a1b2' -replace '(\\d)', '<$1>'", "a<1>b<2>"),
        ("'a.b' -replace '\\.', '\\'", "a\\b"),
        ("'a,b,,c' -split ',', 3", "a\nb\n,c"),
        ("switch -regex ('x12') { '\\d+' { 'digits' } }", "digits"),
        ("'añb'.Replace('ñ', 'n') + 'aXa'.Replace('X', '--') + 'ab'.Replace('c', 'd')", "anba--aab"),
    ]

    @Test(arguments: regexCases)
    func regexOperatorsKeepTheirResults(_ entry: (String, String)) {
        #expect(output(of: entry.0) == entry.1, "script: \(entry.0)")
    }
}
