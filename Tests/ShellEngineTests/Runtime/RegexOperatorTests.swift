import Testing
@testable import ShellEngine
import TestSupport

/// `-split`, `-replace`, `-f` and `switch -Regex` with .NET's semantics.
@Suite struct RegexOperatorTests {
    static let cases: [(script: String, expected: String, source: String)] = [
        ("\"a b c d\" -split \" \", -2", "a b c\nd",
         "PS:test/powershell/Language/Operators/SplitOperator.Tests.ps1 (max substring limit, negative: from the right)"),
        ("(\"a1:b1:c1:d\" -split \"(1:)\") -join '|'; (\"a1:b1:c1:d\" -split \"1(:)\") -join '|'", "a|1:|b|1:|c|1:|d\na|:|b|:|c|:|d",
         "PS:test/powershell/Language/Operators/SplitOperator.Tests.ps1 (Binary split operator can preserve delimiter)"),
        ("'Chocolate-Vanilla-Strawberry-Blueberry' -split '(-)', 3", "Chocolate\n-\nVanilla\n-\nStrawberry-Blueberry",
         "DOCS:reference/5.1/Microsoft.PowerShell.Core/About/about_Split.md (max-substrings with a captured delimiter)"),
        ("(\"abcBd\" -csplit \"B\", 0, 'IgnoreCase') -join '|'; (\"a.b.c\" -split \".\", 0, 'SimpleMatch') -join '|'", "a|c|d\na|b|c",
         "PS:test/powershell/Language/Operators/SplitOperator.Tests.ps1 (IgnoreCase, SimpleMatch options)"),
        ("(\"a:b\" -split \"(:)\", 0, 'ExplicitCapture') -join '|'; $t = \"a12a`nb34b\"; ($t -split '^b', 0, 'Multiline').Count", "a|b\n2",
         "PS:test/powershell/Language/Operators/SplitOperator.Tests.ps1 (ExplicitCapture, Multiline)"),
        ("try { 'abc' -split 'B', 0, 'RegexMatch,SimpleMatch' } catch { $_.FullyQualifiedErrorId }", "InvalidSplitOptionCombination",
         "PS:src/System.Management.Automation/engine/runtime/Operations/StringOps.cs (SplitOperator option checks)"),
        ("(\"a::b::c::d\" -split { $_ -eq \"b\" -or $_ -eq \"C\" }) -join '|'; ('a,b' -split ',').GetType().FullName", "a::|::|::d\nSystem.String[]",
         "PS:test/powershell/Language/Operators/SplitOperator.Tests.ps1 (script block delimiter); about_Split.md (a string array)"),
        ("'domain.example' -replace '.*\\.(?<tld>\\w+)$', '${tld}'; 'Contoso.local\\John.Doe' -replace '^(?<D>[\\w.]+)\\\\(?<U>[\\w.]+)$', '${U}@${D}'",
         "example\nJohn.Doe@Contoso.local",
         "PS:test/powershell/Language/Operators/ReplaceOperator.Tests.ps1 (named substitution groups)"),
        ("'5.72' -replace '(.+)', '$ $1'; '5.72' -replace '(.+)', '$$$1'; '5.72' -replace '(.+)', '$$1'", "$ 5.72\n$5.72\n$1",
         "DOCS:reference/5.1/Microsoft.PowerShell.Core/About/about_Comparison_Operators.md ($$ in the substitution)"),
        ("'ID ABC123' -replace '\\b[A-C]+', { 'X' * $_.Value.Length }", "ID XXX123",
         "PS:test/powershell/Language/Operators/ReplaceOperator.Tests.ps1 (ScriptBlock substitute)"),
        ("'{0:00} {1:000} {2:000000}' -f 7, 24, 365; '{0:#,##0.00}' -f 1234.5; '{0:0.###}' -f 2.5; '{{{0}}}' -f 'x'", "07 024 000365\n1,234.50\n2.5\n{x}",
         "https://learn.microsoft.com/dotnet/standard/base-types/custom-numeric-format-strings"),
        ("switch -Regex ('user=alice;role=admin') { 'user=(?<name>\\w+)' { \"name $($Matches.name)\" } 'role=(?<role>\\w+)' { \"role $($Matches.role)\" } }",
         "name alice\nrole admin", "DOCS:reference/5.1/Microsoft.PowerShell.Core/About/about_Switch.md (-Regex sets $Matches)"),
        ("switch -Regex -Wildcard ('abc') { 'a.c' { 'regex' } 'a*' { 'wildcard' } }", "wildcard",
         "DOCS:reference/5.1/Microsoft.PowerShell.Core/About/about_Switch.md (the last parameter specified takes precedence)"),
        ("switch (([datetime]'1 Jan 1970').DayOfWeek) { 4 { 'int' } 'Thursday' { 'string' } }", "string",
         "DOCS:reference/5.1/Microsoft.PowerShell.Core/About/about_Switch.md (values compare as strings)"),
        ("$Matches = $null; ('Rhell', 'Mel' -match 'hell') -join ','; $null -eq $Matches; (1, 12, 3 -like '1*')[0].GetType().Name", "Rhell\nTrue\nString",
         "DOCS:reference/5.1/Microsoft.PowerShell.Core/About/about_Comparison_Operators.md (collections: no $Matches; -like gives strings)"),
    ]

    @Test(arguments: cases)
    func operatorGivesPowerShellResult(_ entry: (script: String, expected: String, source: String)) {
        #expect(output(of: entry.script) == entry.expected, "script: \(entry.script) (\(entry.source))")
    }
}
