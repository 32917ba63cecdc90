import Testing
import TestSupport

/// Get-Random, New-TimeSpan and Invoke-Expression. Sources: the 5.1 documentation of each; PowerShell's
/// test/powershell/Modules/Microsoft.PowerShell.Utility/{Get-Random,New-TimeSpan,Invoke-Expression}.Tests.ps1
/// ("Should return same number for both Get-Random when switch SetSeed is used", the minimum/maximum ranges,
/// MinGreaterThanOrEqualMax); GetRandomCommandStrings.resx.
@Suite struct UtilityCommandTests {
    @Test func getRandomWithTheSameSeedRepeatsItsSequence() {
        let text = output(of: """
        $a = (Get-Random -SetSeed 123), (Get-Random), (Get-Random -Maximum 10)
        $b = (Get-Random -SetSeed 123), (Get-Random), (Get-Random -Maximum 10)
        ($a -join ',') -eq ($b -join ',')
        (Get-Random -Maximum 100 -SetSeed 23) -eq (Get-Random -Maximum 100 -SetSeed 23)
        """)
        #expect(text == "True\nTrue")
    }

    @Test func getRandomStaysWithinMinimumAndMaximum() {
        let text = output(of: """
        $null = Get-Random -SetSeed 7
        $ints = 1..200 | ForEach-Object { Get-Random -Minimum -5 -Maximum 5 }
        ($ints | Measure-Object -Minimum -Maximum | ForEach-Object { $_.Minimum -ge -5 -and $_.Maximum -le 4 })
        ($ints | Sort-Object -Unique).Count
        $d = Get-Random -Minimum 1.5 -Maximum 2.0
        $d -ge 1.5 -and $d -lt 2.0; $d.GetType().Name
        (Get-Random -Maximum 1) -eq 0
        """)
        #expect(text == "True\n10\nTrue\nDouble\nTrue")
    }

    @Test func getRandomPicksDistinctItemsOfTheInput() {
        let text = output(of: """
        $picked = 1..10 | Get-Random -Count 4 -SetSeed 1
        $picked.Count; ($picked | Sort-Object -Unique).Count
        ($picked | Where-Object { $_ -lt 1 -or $_ -gt 10 }).Count
        (Get-Random -InputObject 'a','b','c' -Count 10 | Sort-Object) -join ''
        """)
        #expect(text == "4\n4\n0\nabc")
    }

    @Test func getRandomMinimumNotBelowMaximumIsAnError() {
        let text = output(of: """
        try { Get-Random -Minimum 10 -Maximum 5 } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
        """)
        #expect(text == "MinGreaterThanOrEqualMax,Microsoft.PowerShell.Commands.GetRandomCommand\nThe Minimum value (10) cannot be greater than or equal to the Maximum value (5).")
    }

    @Test func newTimeSpanFromPartsAndFromTwoDates() {
        let text = output(of: """
        $t = New-TimeSpan -Days 1 -Hours 2 -Minutes 3 -Seconds 4
        $t.Days; $t.Hours; $t.Minutes; $t.Seconds; $t.TotalMinutes
        (New-TimeSpan -Start '2024-01-01' -End '2024-01-11').Days
        (New-TimeSpan -Hours 1 -Minutes 25).ToString()
        (New-TimeSpan).TotalSeconds -lt 1
        """)
        #expect(text == "1\n2\n3\n4\n1563.06666666667\n10\n01:25:00\nTrue")
    }

    @Test func invokeExpressionRunsTextInTheCurrentScope() {
        let text = output(of: """
        Invoke-Expression '$total = 2 + 3'
        $total
        $cmd = 'Get-Date -Year 2020 -Month 5 -Day 4 | ForEach-Object Year'
        iex $cmd
        'function Get-Made { "made" }' | Invoke-Expression
        Get-Made
        try { Invoke-Expression '1 +' } catch { $_.FullyQualifiedErrorId }
        """)
        // A parse error of the text is Invoke-Expression's: Windows PowerShell prints
        // `FullyQualifiedErrorId : MissingTypename,Microsoft.PowerShell.Commands.InvokeExpressionCommand` with
        // `CategoryInfo : ParserError: (:) [Invoke-Expression], ParseException` (github.com/Microsoft365DSC/Microsoft365DSC/issues/4676).
        #expect(text == "5\n2020\nmade\nExpectedValueExpression,Microsoft.PowerShell.Commands.InvokeExpressionCommand")
    }

    @Test func getRandomShuffleReturnsEveryItem() {
        #expect(output(of: "((Get-Random -InputObject 1, 2, 3, 5, 8, 13 -Shuffle -SetSeed 4) | Sort-Object) -join ','") == "1,2,3,5,8,13")
    }

    /// .NET's TimeSpan "c" format: [-][d.]hh:mm:ss[.fffffff] (https://learn.microsoft.com/dotnet/api/system.timespan.tostring).
    @Test func newTimeSpanMillisecondsAndTheDaysInItsText() {
        let text = output(of: """
        "$(New-TimeSpan -Days 1 -Seconds 5)"
        (New-TimeSpan -Seconds 1 -Milliseconds 250).TotalMilliseconds
        "$(New-TimeSpan -Start '2024-01-02' -End '2024-01-01')"
        """)
        #expect(text == "1.00:00:05\n1250\n-1.00:00:00")
    }

    /// about_Script_Blocks: `[scriptblock]::Create(string)`; dot-sourcing it defines its functions here.
    @Test func scriptBlockCreateMakesABlockFromText() {
        let text = output(of: """
        $sb = [scriptblock]::Create('param($a) $a * 2')
        & $sb 21
        . ([scriptblock]::Create('function Get-FromBlock { "inner" }'))
        Get-FromBlock
        try { [scriptblock]::Create('1 +') } catch { $_.FullyQualifiedErrorId }
        """)
        // A .NET method that throws gives a MethodInvocationException whose id is the inner exception's type name
        // (as `[int]::Parse('x')` gives FormatException): ParseException, not the parser's ExpectedValueExpression.
        #expect(text == "42\ninner\nParseException")
    }

    @Test func getHelpDescribesTheNewCmdlets() {
        for (name, synopsis) in [("Import-Module", "Adds modules to the current session."),
                                 ("Split-Path", "Returns the specified part of a path."),
                                 ("Get-Random", "Gets a random number, or selects objects randomly from a collection."),
                                 ("Invoke-Expression", "Runs commands or expressions on the local computer.")] {
            let text = output(of: "Get-Help \(name) -Examples")
            #expect(text.contains(synopsis), "\(name)")
            #expect(text.contains("Example 1") || text.contains("EXAMPLE 1"), "\(name)")
        }
    }
}
