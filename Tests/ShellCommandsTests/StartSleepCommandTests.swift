import Testing
import TestSupport

/// Start-Sleep: seconds (positional, `-s`, piped by value or by property name, fractions allowed) or
/// milliseconds (`-Milliseconds`, `-ms`, by property name). Only lower bounds are checked: a sleep is at least
/// as long as asked.
/// https://learn.microsoft.com/powershell/module/microsoft.powershell.utility/start-sleep?view=powershell-5.1
@Suite struct StartSleepCommandTests {
    @Test func secondsAndMillisecondsEachSleepAtLeastThatLong() {
        let text = output(of: """
        (Measure-Command { Start-Sleep 0.05 }).TotalMilliseconds -ge 50
        (Measure-Command { Start-Sleep -s 0.05 }).TotalMilliseconds -ge 50
        (Measure-Command { Start-Sleep -Milliseconds 50 }).TotalMilliseconds -ge 50
        (Measure-Command { Start-Sleep -ms 50 }).TotalMilliseconds -ge 50
        """)
        #expect(text == "True\nTrue\nTrue\nTrue")
    }

    @Test func pipedValuesBindByValueAndByPropertyName() {
        let text = output(of: """
        (Measure-Command { 0.05 | Start-Sleep }).TotalMilliseconds -ge 50
        (Measure-Command { [pscustomobject]@{ Milliseconds = 50 } | Start-Sleep }).TotalMilliseconds -ge 50
        (Measure-Command { [pscustomobject]@{ Seconds = 0.05 } | Start-Sleep }).TotalMilliseconds -ge 50
        """)
        #expect(text == "True\nTrue\nTrue")
    }
}
