import Testing
import TestSupport

/// Where-Object: a filter script (positional), or a comparison statement: `-Property` and `-Value` by position
/// with one operator switch (case-insensitive, `C`-prefixed case-sensitive, `-Is`, `-Not`); a property alone
/// tests its truth.
/// https://learn.microsoft.com/powershell/module/microsoft.powershell.core/where-object?view=powershell-5.1
@Suite struct WhereObjectCommandTests {
    private let items = "$items = [pscustomobject]@{ N = 'Ann'; V = 1 }, [pscustomobject]@{ N = 'bob'; V = 2 }, [pscustomobject]@{ N = 'Cy'; V = 0 }; "

    private func names(_ filter: String) -> String {
        output(of: items + "$items | " + filter + " | ForEach-Object { $_.N }")
    }

    @Test func aFilterScriptKeepsWhatItFindsTrue() {
        #expect(names("Where-Object { $_.V -ge 1 }") == "Ann\nbob")
        #expect(names("Where-Object -FilterScript { $_.N -like 'c*' }") == "Cy")
    }

    @Test func comparisonOperatorsByPositionAndName() {
        #expect(names("Where-Object V -EQ 2") == "bob")
        #expect(names("Where-Object -Property V -Value 1 -GT") == "bob")
        #expect(names("Where-Object V 1 -LE") == "Ann\nCy")
        #expect(names("Where-Object N -Like '*o*'") == "bob")
        #expect(names("Where-Object N -Match '^[AC]'") == "Ann\nCy")
        #expect(names("Where-Object N -NotMatch '^[AC]'") == "bob")
        #expect(names("Where-Object N -In 'ann', 'cy'") == "Ann\nCy")
        #expect(names("Where-Object N -NotIn 'ann', 'cy'") == "bob")
        #expect(names("Where-Object N -NE 'BOB'") == "Ann\nCy")
    }

    @Test func cPrefixedOperatorsAreCaseSensitive() {
        #expect(names("Where-Object N -CEQ 'ann'") == "")
        #expect(names("Where-Object N -CEQ 'Ann'") == "Ann")
        #expect(names("Where-Object N -CLike 'B*'") == "")
        #expect(names("Where-Object N -CIn 'Cy', 'BOB'") == "Cy")
    }

    @Test func aPropertyAloneTestsItsTruthAndNotNegatesIt() {
        #expect(names("Where-Object V") == "Ann\nbob")
        #expect(names("Where-Object V -Not") == "Cy")
    }

    @Test func isTestsTheValuesType() {
        #expect(names("Where-Object V -Is int") == "Ann\nbob\nCy")
        #expect(names("Where-Object N -IsNot 'string'") == "")
        #expect(names("Where-Object N -Is 'int'") == "")
    }

    @Test func containsTestsACollectionProperty() {
        let text = output(of: "[pscustomobject]@{ L = 1, 2 }, [pscustomobject]@{ L = 3 } | Where-Object L -Contains 2 | ForEach-Object { $_.L.Count }")
        #expect(text == "2")
    }

    /// The filter runs in the caller's scope (WhereObjectCommand.ProcessRecord, `useLocalScope: false`, PowerShell's
    /// src/System.Management.Automation/engine/InternalCommands.cs).
    @Test func filterScriptAssignsInTheCallersScope() {
        #expect(output(of: "$seen = 0; 1..4 | Where-Object { $seen++; $_ -gt 2 } | Out-Null; $seen") == "4")
    }
}
