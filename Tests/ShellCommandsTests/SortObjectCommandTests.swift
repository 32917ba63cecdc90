import Testing
import TestSupport

/// Sort-Object: by the objects or the properties given (positional), `-Descending`, `-Unique`,
/// `-CaseSensitive`, `-Top`, `-Bottom`, `-Stable`, `-InputObject`.
/// https://learn.microsoft.com/powershell/module/microsoft.powershell.utility/sort-object?view=powershell-7.4
@Suite struct SortObjectCommandTests {
    @Test func sortsTheObjectsOrByAProperty() {
        #expect(output(of: "3, 1, 2 | Sort-Object") == "1\n2\n3")
        #expect(output(of: "'ccc', 'a', 'bb' | Sort-Object Length -Descending") == "ccc\nbb\na")
        #expect(output(of: "'b', 'a', 'c' | Sort-Object -Property { $_ } -Stable") == "a\nb\nc")
    }

    @Test func uniqueDropsEqualNeighboursCaseInsensitivelyUnlessCaseSensitive() {
        #expect(output(of: "'a', 'A', 'b', 'a' | Sort-Object -Unique") == "a\nb")
        #expect(output(of: "('a', 'A', 'b' | Sort-Object -Unique -CaseSensitive).Count") == "3")
    }

    @Test func topAndBottomKeepTheEnds() {
        #expect(output(of: "5, 3, 9, 1 | Sort-Object -Top 2") == "1\n3")
        #expect(output(of: "5, 3, 9, 1 | Sort-Object -Bottom 2") == "5\n9")
        #expect(output(of: "5, 3, 9, 1 | Sort-Object -Descending -Top 1") == "9")
    }

    @Test func inputObjectIsSortedAsOneObject() {
        #expect(output(of: "Sort-Object -InputObject 3, 1 | ForEach-Object { $_.Count }") == "2")
    }

    /// `$null` orders above a negative number and below zero and the positive ones, in Sort-Object as in `-lt`
    /// (LanguagePrimitives.cs CompareObjectToNull; Sort-Object.Tests.ps1 "Sort-Object with object array should work").
    /// `$null` input itself is dropped (OrderObjectBase.cs ProcessRecord).
    @Test func nullSortsBetweenNegativeNumbersAndTheOthers() {
        #expect(output(of: "(3, $null, -2, 0 | Sort-Object | ForEach-Object { \"[$_]\" }) -join ','") == "[-2],[0],[3]")
        let objects = "[pscustomobject]@{ v = 3 }, [pscustomobject]@{ v = $null }, [pscustomobject]@{ v = -2 }, [pscustomobject]@{ v = 0 }"
        #expect(output(of: "(\(objects) | Sort-Object v | ForEach-Object { \"[$($_.v)]\" }) -join ','") == "[-2],[],[0],[3]")
        #expect(output(of: "$null -lt -1; -1 -lt $null; $null -lt 0; $null -lt 'a'") == "False\nTrue\nTrue\nTrue")
    }
}
