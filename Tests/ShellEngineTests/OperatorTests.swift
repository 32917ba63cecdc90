import Testing
@testable import ShellEngine
import TestSupport

/// Operators with PowerShell's conversions: each case is a script line and the exact text printed.
@Suite struct OperatorTests {
    static let cases: [(String, String)] = [
        ("1 + 2", "3"),
        ("'1' + 2", "12"),
        ("1 + '2'", "3"),
        ("2 * 3.5", "7"),
        ("'ab' * 3", "ababab"),
        ("7 / 2", "3.5"),
        ("7 % 3", "1"),
        ("1,2 + 3", "1\n2\n3"),
        ("'a' -eq 'A'", "True"),
        ("'a' -ceq 'A'", "False"),
        ("1 -eq '1'", "True"),
        ("'1' -eq 1", "True"),
        ("$null -eq $null", "True"),
        ("1,2,3,2 -eq 2", "2\n2"),
        ("1,2,3 -gt 1", "2\n3"),
        ("'aaa' -clt 'AAA'", "True"),
        ("'abc' -like 'a*'", "True"),
        ("'abc' -notlike 'b*'", "True"),
        ("'abc' -match 'b(c)'; $Matches[1]", "True\nc"),
        ("'a-b-c' -replace '-', '+'", "a+b+c"),
        ("'a,b,c' -split ','", "a\nb\nc"),
        ("1,2,3 -join '-'", "1-2-3"),
        ("1,2,3 -contains 2", "True"),
        ("2 -in 1,2,3", "True"),
        ("5 -notin 1,2,3", "True"),
        ("'x' -is [string]", "True"),
        ("'5' -as [int]", "5"),
        ("-not $true", "False"),
        ("!$false", "True"),
        ("$true -and $false", "False"),
        ("$true -xor $false", "True"),
        ("6 -band 3", "2"),
        ("1 -shl 4", "16"),
        ("'{0:N2}' -f 1234.5", "1,234.50"),
        ("'{0,5}|' -f 'ab'", "   ab|"),
        ("1..4", "1\n2\n3\n4"),
        ("3..1", "3\n2\n1"),
        ("[int]'42' + 1", "43"),
        ("[string]3.0", "3"),
        ("0.1 + 0.2", "0.3"),
        ("[math]::Round(2.5)", "2"),
        ("$a = 1,2,3; $a[-1]", "3"),
        ("$a = 1,2,3; $a[0..1]", "1\n2"),
        ("$h = @{a=1}; $h.a", "1"),
        ("$h = @{a=1}; $h['A']", "1"),
        ("$x = $null; $x ?? 'd'", "d"),
        ("$true ? 'y' : 'n'", "y"),
        ("\"$(1+1) items\"", "2 items"),
        ("$a = 'x','y'; \"$a\"", "x y"),
        ("[pscustomobject]@{a=1;b=2} | ForEach-Object { \"$_\" }", "@{a=1; b=2}"),
        ("$i = 0; $i++; $i", "1"),
        ("$a, $b = 1, 2, 3; $b", "2\n3"),
        ("@(@(1,2),3,1).Count; @(,(1,2)).Count; @(1..3).Count; @().Count; @($null).Count", "3\n1\n3\n0\n1"),
    ]

    @Test(arguments: cases)
    func operatorGivesPowerShellResult(_ entry: (String, String)) {
        #expect(output(of: entry.0) == entry.1, "script: \(entry.0)")
    }

    /// `++` and `--` take numbers and what converts to one; anything else is an error, never an append.
    static let incrementCases: [(String, String)] = [
        ("$s = '41'; $s++; $s", "42"),
        ("$n = $null; $n++; $n", "1"),
        ("$d = 2.5; --$d; $d; (--$d)", "1.5\n0.5"),
        ("$b = $true; $b++; $b", "2"),
    ]

    @Test(arguments: incrementCases)
    func incrementTakesNumbersAndWhatConvertsToOne(_ entry: (String, String)) {
        #expect(output(of: entry.0) == entry.1, "script: \(entry.0)")
    }

    @Test func incrementingAnArrayIsAnErrorThatEndsTheForLoop() {
        let (shell, host) = makeShell()
        shell.run("for ($i = 1..10; $i -lt 3; $i++) { 'body' }; $i.Count")
        let errors = host.lines.filter { $0.hasPrefix("ERR:") }
        #expect(errors.first == "ERR:The '++' operator works only on numbers. The operand is a 'System.Object[]'.")
        #expect(host.lines.filter { $0 == "body" }.count == 1)
        #expect(host.lines.last == "10")
    }

    @Test func decrementingAStringThatIsNoNumberNamesItsType() {
        let (shell, host) = makeShell()
        shell.run("$s = 'abc'; $s--; $s")
        #expect(host.lines.contains("ERR:The '--' operator works only on numbers. The operand is a 'System.String'."))
        #expect(host.lines.last == "abc")
    }
}
