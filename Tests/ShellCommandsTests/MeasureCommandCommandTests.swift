import Testing
import TestSupport

/// Measure-Command's parameters: `-Expression` (positional) runs once per pipeline object with `$_` set to it;
/// `-InputObject` given on the command line does not set `$_`.
/// https://learn.microsoft.com/powershell/module/microsoft.powershell.utility/measure-command?view=powershell-5.1
@Suite struct MeasureCommandCommandTests {
    @Test func theExpressionRunsOncePerPipelineObjectWithDollarUnder() {
        #expect(output(of: "$seen = @(); 1, 2 | Measure-Command { $seen += $_ } | Out-Null; $seen -join ','") == "1,2")
        #expect(output(of: "$n = 0; (Measure-Command -Expression { $n++ }).GetType().FullName; $n") == "System.TimeSpan\n1")
    }

    @Test func inputObjectOnTheCommandLineDoesNotSetDollarUnder() {
        #expect(output(of: "$x = 'unset'; Measure-Command -InputObject 5 { $x = $_ } | Out-Null; $null -eq $x") == "True")
    }
}
