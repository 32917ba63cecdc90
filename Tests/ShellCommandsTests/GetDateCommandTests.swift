import Testing
import TestSupport

/// Get-Date's parameters: the date (positional, piped, or from a `LastWriteTime` property), the parts that
/// replace the date's own, and the two formats.
/// https://learn.microsoft.com/powershell/module/microsoft.powershell.utility/get-date?view=powershell-5.1
@Suite struct GetDateCommandTests {
    @Test func aPositionalDateIsFormattedWithDotNetSpecifiers() {
        #expect(output(of: "Get-Date '2026-03-04 05:06:07' -Format 'yyyy-MM-dd HH:mm:ss'") == "2026-03-04 05:06:07")
    }

    @Test func eachPartParameterReplacesThatPartOfTheDate() {
        let text = output(of: "Get-Date -Date '2026-03-04 05:06:07' -Year 2020 -Month 11 -Day 12 -Hour 13 -Minute 14 -Second 15 -Format 'yyyy-MM-dd HH:mm:ss'")
        #expect(text == "2020-11-12 13:14:15")
    }

    @Test func uFormatUsesUnixSpecifiers() {
        #expect(output(of: "Get-Date '2026-03-04 05:06:07' -UFormat '%Y/%m/%d %H:%M:%S %%'") == "2026/03/04 05:06:07 %")
    }

    @Test func withoutAFormatTheResultIsADateTime() {
        #expect(output(of: "(Get-Date '2026-03-04').GetType().FullName; (Get-Date -Year 1999).Year") == "System.DateTime\n1999")
    }

    @Test func aPipedDateBindsByValue() {
        #expect(output(of: "[datetime]'2026-03-04 05:06:07' | Get-Date -Format 'dd.MM.yyyy'") == "04.03.2026")
    }

    @Test func aLastWriteTimePropertyBindsByPropertyName() {
        #expect(output(of: "[pscustomobject]@{ LastWriteTime = [datetime]'2021-05-06 07:08:09' } | Get-Date -Format 'yyyy-MM-dd'") == "2021-05-06")
    }
}
