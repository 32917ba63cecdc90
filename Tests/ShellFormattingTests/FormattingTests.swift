import Testing
@testable import ShellEngine
@testable import ShellFormatting
import TestSupport

/// Out-Default, Format-Table/List/Wide and Out-String: exact printed text.
@Suite struct FormattingTests {
    static let cases: [(String, String)] = [
        // ≤ 4 properties: a table, numbers right-aligned, a blank line before and after.
        ("[pscustomobject]@{a='abc';b=123}", "\na     b\n-     -\nabc 123\n"),
        // 5 properties: a list.
        ("[pscustomobject]@{a=1;b=2;c=3;d=4;e=5}", "\na : 1\nb : 2\nc : 3\nd : 4\ne : 5\n"),
        ("[pscustomobject]@{a='abc';b=123} | Format-Table | Out-String", "\na     b\n-     -\nabc 123\n\n"),
        ("[pscustomobject]@{A=1;B=2} | Format-List | Out-String", "\nA : 1\nB : 2\n\n"),
        // Windows PowerShell 5.1 shows a double's ToString() in a table as in a list (MshObjectUtil.cs at 60b3b304f2;
        // the two-decimal rounding is PowerShell 7.3's, PR #17650).
        ("[pscustomobject]@{double=1234.56789}", "\n    double\n    ------\n1234.56789\n"),
        ("[pscustomobject]@{double=1234.56789} | Format-List", "\ndouble : 1234.56789\n"),
        // Collections in cells: `{a, b, c, d...}` limited by $FormatEnumerationLimit.
        ("[pscustomobject]@{n='x';v=1..6}", "\nn v\n- -\nx {1, 2, 3, 4...}\n"),
        ("@{a=1}", "\nName                           Value\n----                           -----\na                              1\n"),
        ("[pscustomobject]@{a='x'} | Format-Table -HideTableHeaders", "\nx\n"),
        ("[pscustomobject]@{Name='n';Value='a long text that wraps'} | Format-Table -Wrap -Property Name, @{n='Value';e={$_.Value};}",
         "\nName Value\n---- -----\nn    a long text that wraps\n"),
        ("1..3 | ForEach-Object { [pscustomobject]@{N=$_; Sq=$_*$_} } | Format-Table N, @{Label='Square'; Expression={$_.Sq}}",
         "\nN Square\n- ------\n1      1\n2      4\n3      9\n"),
        ("'a','bb','ccc' | Format-Wide -Column 3", "\na                                       bb                                      ccc\n"),
        ("$x = [pscustomobject]@{a=1}, [pscustomobject]@{b=2}; $x", "\na\n-\n1\n\n"),
        ("Get-Date -Year 2021 -Month 3 -Day 4 -Hour 5 -Minute 6 -Second 7 -Format 'yyyy-MM-dd HH:mm:ss'", "2021-03-04 05:06:07"),
        // Windows PowerShell 5.1's GenericMeasureInfo has no StandardDeviation (PowerShell 6 added it): reference/5.1
        // Measure-Object.md, Example 4.
        ("1..5 | Measure-Object -Sum -Average -Maximum -Minimum",
         "\nCount    : 5\nAverage  : 3\nSum      : 15\nMaximum  : 5\nMinimum  : 1\nProperty :\n"),
        ("'a','b','a' | Group-Object", "\nCount Name                      Group\n----- ----                      -----\n    2 a                         {a, a}\n    1 b                         {b}\n"),
        ("'a','b','a' | Group-Object -NoElement",
         "\nCount Name\n----- ----\n    2 a\n    1 b\n"),
        ("[pscustomobject]@{a=1;b='x'} | Get-Member",
         "\n   TypeName: System.Management.Automation.PSCustomObject\n\nName        MemberType   Definition\n----        ----------   ----------\nEquals      Method       bool Equals(System.Object obj)\nGetHashCode Method       int GetHashCode()\nGetType     Method       type GetType()\nToString    Method       string ToString()\na           NoteProperty int a=1\nb           NoteProperty string b=x\n"),
        ("[pscustomobject]@{a=1} | Get-Member -MemberType NoteProperty | ForEach-Object Definition", "int a=1"),
        ("[datetime]'2024-01-02' | Get-Member -MemberType Property | ForEach-Object Name", "Date\nDay\nDayOfWeek\nHour\nMillisecond\nMinute\nMonth\nSecond\nTicks\nYear"),
        ("(Get-Date '2024-01-02' | Get-Member -Name AddDays).Definition", "datetime AddDays(double value)"),
        ("$v = 5; Get-Variable v", "\nName                           Value\n----                           -----\nv                              5\n"),
        ("$s = ConvertTo-SecureString 'pw' -AsPlainText -Force; New-Object System.Management.Automation.PSCredential('root', $s)",
         "\nUserName                     Password\n--------                     --------\nroot     System.Security.SecureString\n"),
        ("[pscustomobject]@{a=1;b='x'} | ConvertTo-Json", "{\n    \"a\":  1,\n    \"b\":  \"x\"\n}"),
        ("@(1,2) | ConvertTo-Json -Compress", "[1,2]"),
        ("('{\"a\":1,\"b\":[1,2],\"c\":{\"d\":\"e\"}}' | ConvertFrom-Json).c.d", "e"),
        ("[pscustomobject]@{a=1;b='x,y'} | ConvertTo-Csv -NoTypeInformation", "\"a\",\"b\"\n\"1\",\"x,y\""),
        ("[pscustomobject]@{a=1} | ConvertTo-Csv", "#TYPE System.Management.Automation.PSCustomObject\n\"a\"\n\"1\""),
        ("('a,b', '1,2' | ConvertFrom-Csv).b", "2"),
        ("3,1,2 | Sort-Object -Descending", "3\n2\n1"),
        ("'b','A','c' | Sort-Object", "A\nb\nc"),
        ("1,2,2,3 | Sort-Object -Unique", "1\n2\n3"),
        ("5,3,9 | Sort-Object -Top 2", "3\n5"),
        ("@{n='b';v=1},@{n='a';v=2} | ForEach-Object { [pscustomobject]$_ } | Sort-Object n | ForEach-Object n", "a\nb"),
        ("1..10 | Select-Object -First 2 -Last 1", "1\n2\n10"),
        ("1..10 | Select-Object -Skip 8", "9\n10"),
        ("[pscustomobject]@{a=1;b=2} | Select-Object -ExpandProperty b", "2"),
        ("1..5 | Where-Object { $_ -gt 3 }", "4\n5"),
        ("[pscustomobject]@{S='Running'},[pscustomobject]@{S='Stopped'} | Where-Object S -EQ Running | ForEach-Object S", "Running"),
        ("'a','b' | ForEach-Object ToUpper", "A\nB"),
        ("1..3 | ForEach-Object -Begin { 'start' } -Process { $_ } -End { 'end' }", "start\n1\n2\n3\nend"),
        ("'x' | Out-String", "x\n"),
        ("1,2 | Out-String -Stream", "1\n2"),
        ("1 | Out-Null", ""),
        ("$PSVersionTable.PSVersion", "\nMajor  Minor  Build  Revision\n-----  -----  -----  --------\n5      1      0      -1\n"),
        ("$PSVersionTable.PSVersion.Major -ge 5; \"$($PSVersionTable.PSVersion)\"", "True\n5.1.0"),
        ("1000, 2000 | ForEach-Object { [pscustomobject]@{N=\"n$_\"; S=$_} } | Format-Table N, @{ Label = 'KB'; Expression = { $_.S / 1024 }; FormatString = 'N1' } -AutoSize",
         "\nN      KB\n-      --\nn1000 1.0\nn2000 2.0\n"),
        ("[pscustomobject]@{S=2} | Select-Object @{ n = 'Twice'; e = { $_.S * 2 } } | ForEach-Object Twice", "4"),
        ("[pscustomobject]@{S=2} | Format-Table @{ l = 'Left'; ex = { $_.S }; a = 'Left'; w = 6 }", "\nLeft\n----\n2\n"),
    ]

    @Test(arguments: cases)
    func printsExactlyWhatPowerShellPrints(_ entry: (String, String)) {
        #expect(output(of: entry.0) == entry.1, "script: \(entry.0)")
    }

    @Test func aCalculatedPropertyWithAnUnknownKeyIsAnError() {
        let text = output(of: "[pscustomobject]@{S=2} | Select-Object @{ n = 'X'; e = { 1 }; Colour = 'red' }")
        #expect(text.hasPrefix("ERR:Select-Object : The Colour key is not valid."), "\(text)")
    }

    @Test func tableTruncatesLongCellsWithDotsWhenWiderThanTheConsole() {
        let text = output(of: "[pscustomobject]@{a='x'; b='y' * 50}", width: 30)
        #expect(text == "\na b\n- -\nx yyyyyyyyyyyyyyyyyyyyyyyyy...\n")
    }

    @Test func writeProgressReachesTheHostAndDrawsABar() {
        let (shell, host) = makeShell()
        shell.run("Write-Progress -Activity 'Copying' -Status 'Half' -PercentComplete 50")
        #expect(host.progress.count == 1)
        #expect(host.progress.first?.lines(width: 26) == ["Copying", "    Half", "    [oooooooooo          ]"])
        #expect(host.lines.isEmpty)
    }
}
