import Testing
@testable import ShellEngine
import TestSupport

/// `Measure-Command`: the time a script block takes, as a TimeSpan; the block's own output is dropped.
@Suite struct MeasureCommandTests {
    @Test func measureCommandTimesTheBlockAndDropsItsOutput() {
        let text = output(of: "$t = Measure-Command { 'hidden'; Start-Sleep -Milliseconds 30 }; $t.TotalMilliseconds -ge 30; $t.TotalMilliseconds -lt 5000; $t.GetType().FullName")
        #expect(text == "True\nTrue\nSystem.TimeSpan")
    }

    @Test func theBlockRunsInTheCallersScope() {
        #expect(output(of: "$null = Measure-Command { $made = 'here' }; $made") == "here")
    }

    @Test func aTimeSpanShowsItsPartsInDotNetOrder() {
        let names = output(of: "(Measure-Command { $null }).PSObject.Properties | ForEach-Object { $_.Name }")
        #expect(names == "Days\nHours\nMinutes\nSeconds\nMilliseconds\nTicks\nTotalDays\nTotalHours\nTotalMinutes\nTotalSeconds\nTotalMilliseconds")
    }

    @Test func aTimeSpanReadsLikeDotNetsToString() {
        let object = TimeSpanObject.make(seconds: 3723.5)
        #expect(object.stringValue?() == "01:02:03.5000000")
        #expect(TimeSpanObject.make(seconds: 2).stringValue?() == "00:00:02")
    }

    @Test func subtractingDatesGivesATimeSpanAndATimeSpanMovesADate() {
        let text = output(of: """
        $a = [datetime]'2026-11-29 10:00:00'; $b = [datetime]'2026-11-29 08:30:15'
        $d = $a - $b
        $d.GetType().FullName; $d.TotalMinutes; "$d"
        ($b + $d) -eq $a
        ($a - $d) -eq $b
        """)
        #expect(text == "System.TimeSpan\n89.75\n01:29:45\nTrue\nTrue")
    }
}
