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
}
