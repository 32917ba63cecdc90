import Testing
import TestSupport

/// Select-Object: what it does with `$null` input.
@Suite struct SelectObjectCommandTests {
    /// `$null` input is skipped as if nothing came: no object with empty properties, no error for
    /// -ExpandProperty, and it does not count for -First (Select-Object.cs ProcessRecord in PowerShell/PowerShell:
    /// `if (InputObject != AutomationNull.Value && InputObject != null)`).
    @Test func nullInputIsSkipped() {
        #expect(output(of: "@($null | Select-Object -Property X).Count") == "0")
        #expect(output(of: "@($null | Select-Object -ExpandProperty X).Count") == "0")
        #expect(output(of: "1, $null, 2, 3 | Select-Object -First 2") == "1\n2")
        #expect(output(of: "@(1, $null | Select-Object -Property @{ n = 'V'; e = { $_ } }).Count") == "1")
    }

    /// In 5.1 -SkipLast has its own parameter set, which takes -ExpandProperty and -ExcludeProperty as well
    /// (Select-Object.md for 5.1, SYNTAX "SkipLastParameter"); -Skip does not go with it.
    @Test func skipLastGoesWithExpandAndExcludeProperty() {
        #expect(output(of: "[pscustomobject]@{ N = 'a' }, [pscustomobject]@{ N = 'b' } | Select-Object -ExpandProperty N -SkipLast 1") == "a")
        #expect(output(of: "([pscustomobject]@{ N = 'a'; M = 1 } | Select-Object -Property * -ExcludeProperty M -SkipLast 0).psobject.Properties.Name") == "N")
        #expect(output(of: "try { 1, 2, 3 | Select-Object -Skip 1 -SkipLast 1 -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }")
                == "AmbiguousParameterSet,Microsoft.PowerShell.Commands.SelectObjectCommand")
    }
}
