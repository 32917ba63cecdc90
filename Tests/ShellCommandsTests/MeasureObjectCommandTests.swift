import Testing
import TestSupport

/// Measure-Object: counts; the statistics each switch asks for (the others stay empty); `-Property` by
/// position; the text measures of the TextMeasure set.
/// https://learn.microsoft.com/powershell/module/microsoft.powershell.utility/measure-object?view=powershell-5.1
@Suite struct MeasureObjectCommandTests {
    @Test func onlyTheStatisticsAskedForAreFilledIn() {
        let text = output(of: """
        $m = 1, 2, 3, 4 | Measure-Object -Sum -Maximum
        $m.Count; $m.Sum; $m.Maximum; $null -eq $m.Average; $null -eq $m.Minimum; $null -eq $m.StandardDeviation
        $m = 1, 2, 3, 4 | Measure-Object -Average -Minimum -StandardDeviation
        $m.Average; $m.Minimum; $m.StandardDeviation -gt 1.2909 -and $m.StandardDeviation -lt 1.2910; $null -eq $m.Sum; $null -eq $m.Maximum
        """)
        #expect(text == "4\n10\n4\nTrue\nTrue\nTrue\n2.5\n1\nTrue\nTrue\nTrue")
    }

    @Test func allStatsFillsEveryStatistic() {
        #expect(output(of: "$m = Measure-Object -InputObject 5 -AllStats; $m.Sum; $m.Average; $m.Maximum; $m.Minimum; $m.StandardDeviation") == "5\n5\n5\n5\n0")
    }

    @Test func aPositionalPropertyIsMeasuredByName() {
        let text = output(of: "$m = [pscustomobject]@{ N = 2 }, [pscustomobject]@{ N = 6 } | Measure-Object N -Average; $m.Property; $m.Average")
        #expect(text == "N\n4")
    }

    @Test func textMeasuresCountOnlyWhatIsAsked() {
        let text = output(of: """
        $t = "one two`nthree" | Measure-Object -Line -Word -Character
        $t.Lines; $t.Words; $t.Characters
        $t = 'a b c' | Measure-Object -Character -IgnoreWhiteSpace
        $t.Characters; $null -eq $t.Lines; $null -eq $t.Words
        """)
        #expect(text == "2\n3\n13\n3\nTrue\nTrue")
    }

    @Test func aTextSwitchGivenAsFalseStillChoosesTheTextMeasure() {
        let text = output(of: "('x' | Measure-Object -Line:$false).GetType().FullName; ('x' | Measure-Object).GetType().FullName")
        #expect(text == "Microsoft.PowerShell.Commands.TextMeasureInfo\nMicrosoft.PowerShell.Commands.GenericMeasureInfo")
    }
}
