import Testing
import TestSupport

/// Format-List, Format-Table and Format-Wide write their layout as lines: the properties chosen (positional),
/// `-HideTableHeaders`, `-AutoSize`, `-Wrap`, `-Column`, and `-InputObject` or pipeline input.
/// https://learn.microsoft.com/powershell/module/microsoft.powershell.utility/format-table?view=powershell-5.1
@Suite struct FormatCommandTests {
    private let item = "$o = [pscustomobject]@{ A = 1; BB = 'x' }; "

    @Test func formatListShowsEachChosenPropertyOnItsOwnLine() {
        #expect(output(of: item + "$o | Format-List | Where-Object { $_ }") == "A  : 1\nBB : x")
        #expect(output(of: item + "$o | Format-List BB | Where-Object { $_ }") == "BB : x")
        #expect(output(of: item + "Format-List -InputObject $o -Property A | Where-Object { $_ }") == "A : 1")
    }

    @Test func formatTableShowsHeadersUnlessHidden() {
        #expect(output(of: item + "$o | Format-Table BB | Where-Object { $_ }") == "BB\n--\nx")
        #expect(output(of: item + "$o | Format-Table -Property BB -HideTableHeaders | Where-Object { $_ }") == "x")
        #expect(output(of: item + "Format-Table -InputObject $o A -AutoSize -Wrap | Where-Object { $_ }") == "A\n-\n1")
    }

    @Test func formatWidePutsOneChosenPropertyPerCell() {
        let letters = "'a', 'b', 'c', 'd', 'e' | "
        #expect(output(of: letters + "Format-Wide | Where-Object { $_ } | Measure-Object | ForEach-Object { $_.Count }") == "3")
        #expect(output(of: letters + "Format-Wide -Column 5 | Where-Object { $_ } | Measure-Object | ForEach-Object { $_.Count }") == "1")
        let words = "'aaaaaaaaaa', 'bbbbbbbbbb', 'cccccccccc', 'dddddddddd', 'eeeeeeeeee' | "
        #expect(output(of: words + "Format-Wide -AutoSize | Where-Object { $_ } | Measure-Object | ForEach-Object { $_.Count }") == "1")
        #expect(output(of: words + "Format-Wide | Where-Object { $_ } | Measure-Object | ForEach-Object { $_.Count }") == "3")
        #expect(output(of: item + "Format-Wide -InputObject $o BB | Where-Object { $_ }") == "x")
    }
}
