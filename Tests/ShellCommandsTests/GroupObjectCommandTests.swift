import Testing
import TestSupport

/// Group-Object: groups by the properties given (positional), case-insensitively unless `-CaseSensitive`;
/// `-NoElement` drops the members; `-AsHashTable` (`-AHT`) with `-AsString` keys.
/// https://learn.microsoft.com/powershell/module/microsoft.powershell.utility/group-object?view=powershell-5.1
@Suite struct GroupObjectCommandTests {
    @Test func groupsByAPropertyInFirstSeenOrder() {
        let text = output(of: "'b', 'a', 'B', 'c' | Group-Object | ForEach-Object { $_.Name + '=' + $_.Count }")
        #expect(text == "b=2\na=1\nc=1")
        let byLength = output(of: "'aa', 'b', 'cc' | Group-Object Length | ForEach-Object { \"$($_.Name):$($_.Group -join ',')\" }")
        #expect(byLength == "2:aa,cc\n1:b")
    }

    @Test func caseSensitiveSeparatesCases() {
        #expect(output(of: "'b', 'B' | Group-Object -CaseSensitive | ForEach-Object { $_.Count }") == "1\n1")
    }

    @Test func noElementLeavesTheMembersOut() {
        #expect(output(of: "'x', 'x' | Group-Object -NoElement | ForEach-Object { $null -eq $_.Group; $_.Count }") == "True\n2")
    }

    @Test func asHashTableKeysByValueOrByString() {
        #expect(output(of: "$h = 1, 1, 2 | Group-Object -AsHashTable; $h[1].Count; $h[2].Count") == "2\n1")
        #expect(output(of: "$h = 1, 2 | Group-Object -AHT -AsString; $h['1'].Count; ($h.Keys | ForEach-Object { $_.GetType().Name }) -join ','") == "1\nString,String")
    }

    @Test func inputObjectIsGroupedAsOneObject() {
        #expect(output(of: "(Group-Object -InputObject 1, 2).Count") == "1")
    }

    /// -AsString needs -AsHashTable, and -AsHashTable with several properties needs -AsString: terminating errors
    /// on the first object (Group-Object.cs ProcessRecord; Group-Object.Tests.ps1 "Should throw when attempting
    /// to use AsString without AsHashTable").
    @Test func asStringAndSeveralPropertiesNeedTheirCompanionSwitch() {
        #expect(output(of: "try { 1, 2 | Group-Object -AsString; 'no error' } catch { $_.FullyQualifiedErrorId }") == "ArgumentException,Microsoft.PowerShell.Commands.GroupObjectCommand")
        #expect(output(of: "try { 'ab' | Group-Object -AsHashTable Length, Chars; 'no error' } catch { $_.FullyQualifiedErrorId }") == "ArgumentException,Microsoft.PowerShell.Commands.GroupObjectCommand")
        #expect(output(of: "@(@() | Group-Object -AsString).Count") == "0")
    }
}
