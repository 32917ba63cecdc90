import Testing
import TestSupport

/// ForEach-Object: `-Process` (positional, several blocks), `-Begin`/`-End`, two or three positional blocks as
/// begin/process/end, `-MemberName` with `-ArgumentList`, and `-InputObject`.
/// https://learn.microsoft.com/powershell/module/microsoft.powershell.core/foreach-object?view=powershell-5.1
@Suite struct ForEachObjectCommandTests {
    @Test func beginProcessAndEndRunInOrder() {
        #expect(output(of: "1, 2 | ForEach-Object -Begin { 'b' } -Process { \"p$_\" } -End { 'e' }") == "b\np1\np2\ne")
    }

    /// Without -Begin and -End, a list of blocks is begin, process..., end (vtash binds them to -Process as a list;
    /// blocks given as separate positional arguments do not bind).
    @Test func severalProcessBlocksAreBeginProcessEnd() {
        #expect(output(of: "1, 2 | ForEach-Object -Process { 'b' }, { \"p$_\" }, { 'e' }") == "b\np1\np2\ne")
        #expect(output(of: "1, 2 | ForEach-Object { 'b' }, { \"p$_\" }") == "b\np1\np2")
        #expect(output(of: "1, 2 | ForEach-Object { 'b' }, { \"x$_\" }, { \"y$_\" }, { 'e' }") == "b\nx1\ny1\nx2\ny2\ne")
    }

    @Test func severalProcessBlocksWithBeginRunEachPerObject() {
        #expect(output(of: "1 | ForEach-Object -Begin { 'b' } -Process { 'x' }, { 'y' }") == "b\nx\ny")
    }

    @Test func memberNameReadsAPropertyOrCallsAMethodWithArguments() {
        #expect(output(of: "'abc', 'de' | ForEach-Object Length") == "3\n2")
        #expect(output(of: "'a-b' | ForEach-Object -MemberName Replace -ArgumentList '-', '+'") == "a+b")
        #expect(output(of: "'a-b' | ForEach-Object Split '-'") == "a\nb")
    }

    @Test func inputObjectIsProcessedAsOneObject() {
        #expect(output(of: "ForEach-Object -InputObject 1, 2 -Process { $_.Count }") == "2")
    }

    @Test func withoutInputTheBlockRunsOnceWithNullDollarUnder() {
        #expect(output(of: "ForEach-Object { $null -eq $_ }") == "True")
    }
}
