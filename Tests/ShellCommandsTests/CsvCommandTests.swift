import Testing
import TestSupport

/// Export-Csv, ConvertTo-Csv, Import-Csv and ConvertFrom-Csv: Windows PowerShell 5.1 writes `#TYPE` first
/// unless `-NoTypeInformation` (`-NTI`) and quotes every field; `-Delimiter` and `-Header` by name or position.
/// https://learn.microsoft.com/powershell/module/microsoft.powershell.utility/convertto-csv?view=powershell-5.1
@Suite struct CsvCommandTests {
    @Test func convertToCsvWritesTypeHeaderAndQuotedFields() {
        let text = output(of: "[pscustomobject]@{ A = 1; B = 'x' } | ConvertTo-Csv")
        #expect(text == "#TYPE System.Management.Automation.PSCustomObject\n\"A\",\"B\"\n\"1\",\"x\"")
    }

    @Test func convertToCsvTakesTheObjectAndDelimiterByPosition() {
        let text = output(of: "ConvertTo-Csv ([pscustomobject]@{ A = 1; B = 2 }) ';' -NoTypeInformation")
        #expect(text == "\"A\";\"B\"\n\"1\";\"2\"")
        #expect(output(of: "[pscustomobject]@{ A = 1 } | ConvertTo-Csv -NTI -Delimiter '|'") == "\"A\"\n\"1\"")
    }

    @Test func exportCsvWritesAndAppendsToTheFile() {
        let scratch = ScratchDirectory()
        _ = scratch.run("[pscustomobject]@{ N = 'a' }, [pscustomobject]@{ N = 'b' } | Export-Csv out.csv -NoTypeInformation")
        #expect(scratch.read("out.csv") == "\"N\"\n\"a\"\n\"b\"\n")
        _ = scratch.run("Export-Csv -InputObject ([pscustomobject]@{ N = 'c'; M = 'd' }) -Path out.csv ';' -NTI -Append")
        #expect(scratch.read("out.csv") == "\"N\"\n\"a\"\n\"b\"\n\"N\";\"M\"\n\"c\";\"d\"\n")
        _ = scratch.run("[pscustomobject]@{ N = 1 } | Export-Csv -LiteralPath typed.csv")
        #expect(scratch.read("typed.csv") == "#TYPE System.Management.Automation.PSCustomObject\n\"N\"\n\"1\"\n")
    }

    @Test func exportCsvWithoutAPathFails() {
        let text = output(of: "try { [pscustomobject]@{ N = 1 } | Export-Csv } catch { $_.FullyQualifiedErrorId }")
        #expect(text == "CannotSpecifyPathAndLiteralPath,Microsoft.PowerShell.Commands.ExportCsvCommand")
    }

    @Test func importCsvReadsRowsWithTheDelimiterAndHeaderGiven() {
        let scratch = ScratchDirectory()
        scratch.write("in.csv", "#TYPE X\n\"A\",\"B\"\n\"1\",\"2\"\n")
        scratch.write("semi.csv", "1;2\n3;4\n")
        scratch.write("headed.csv", "A;B\n5;6\n")
        #expect(scratch.run("Import-Csv in.csv | ForEach-Object { $_.A + $_.B }") == "12")
        #expect(scratch.run("Import-Csv -Path semi.csv ';' -Header P, Q | ForEach-Object { $_.Q }") == "2\n4")
        #expect(scratch.run("'headed.csv' | Import-Csv -Delimiter ';' | ForEach-Object { $_.B }") == "6")
        #expect(scratch.run("Import-Csv -LiteralPath in.csv -Encoding UTF8 | ForEach-Object { $_.B }") == "2")
    }

    @Test func importCsvOfAMissingFileIsPathNotFound() {
        let scratch = ScratchDirectory()
        let text = scratch.run("Import-Csv nope.csv -ErrorAction SilentlyContinue; $Error[0].FullyQualifiedErrorId")
        #expect(text == "PathNotFound,Microsoft.PowerShell.Commands.ImportCsvCommand")
    }

    @Test func convertFromCsvJoinsPipedLinesAndTakesDelimiterAndHeader() {
        #expect(output(of: "'A,B', '1,2', '3,4' | ConvertFrom-Csv | ForEach-Object { $_.B }") == "2\n4")
        #expect(output(of: "ConvertFrom-Csv 'x;y' ';' -Header C1, C2 | ForEach-Object { $_.C2 }") == "y")
        #expect(output(of: "ConvertFrom-Csv -InputObject '5|6' -Delimiter '|' -Header K, L | ForEach-Object { $_.K }") == "5")
    }

    /// An empty -Header is still a header: every line is a row (without -Header the first line names the columns).
    /// The one row is counted in `@()`: in Windows PowerShell 5.1 a single PSCustomObject has no Count
    /// (about_Arrays 5.1, the tip on `[pscustomobject]`; PowerShell/PowerShell#3671).
    @Test func anEmptyHeaderListMakesEveryLineARow() {
        #expect(output(of: "(ConvertFrom-Csv 'a,b', '1,2' -Header @()).Count; @(ConvertFrom-Csv 'a,b', '1,2').Count") == "2\n1")
    }
}
