import Testing
import TestSupport

/// ForEach-Object: `-Process` (positional, several blocks), `-Begin`/`-End`, two or three positional blocks as
/// begin/process/end, `-MemberName` with `-ArgumentList`, and `-InputObject`.
/// https://learn.microsoft.com/powershell/module/microsoft.powershell.core/foreach-object?view=powershell-5.1
@Suite struct ForEachObjectCommandTests {
    @Test func beginProcessAndEndRunInOrder() {
        #expect(output(of: "1, 2 | ForEach-Object -Begin { 'b' } -Process { \"p$_\" } -End { 'e' }") == "b\np1\np2\ne")
    }

    /// Without -Begin and -End, a list of blocks is begin, process..., end.
    @Test func severalProcessBlocksAreBeginProcessEnd() {
        #expect(output(of: "1, 2 | ForEach-Object -Process { 'b' }, { \"p$_\" }, { 'e' }") == "b\np1\np2\ne")
        #expect(output(of: "1, 2 | ForEach-Object { 'b' }, { \"p$_\" }") == "b\np1\np2")
        #expect(output(of: "1, 2 | ForEach-Object { 'b' }, { \"x$_\" }, { \"y$_\" }, { 'e' }") == "b\nx1\ny1\nx2\ny2\ne")
    }

    /// Blocks written one after the other: the first binds -Process, the others -RemainingScripts; all of them,
    /// after a -Begin block, are one list split as begin, process..., end (ForEachObjectCommand.InitScriptBlockParameterSet,
    /// PowerShell's src/System.Management.Automation/engine/InternalCommands.cs). Without -Begin, the -Process block
    /// is then the begin block, where `$_` is not set.
    @Test func positionalBlocksAfterTheFirstAreTheRemainingScripts() {
        #expect(output(of: "1, 2 | ForEach-Object { 'b' } { \"p$_\" } { 'e' }") == "b\np1\np2\ne")
        #expect(output(of: "1, 2 | ForEach-Object { 'b' } { \"p$_\" }") == "b\np1\np2")
        #expect(output(of: "1, 2 | ForEach-Object -Begin { 'b' } { \"x$_\" } { 'y' }") == "b\nx1\nx2\ny")
        #expect(output(of: "1, 2 | ForEach-Object -Process { \"p$_\" } -RemainingScripts { \"q$_\" }, { 'e' } -End { 'end' }") == "p\nq1\ne\nq2\ne\nend")
    }

    /// The blocks run in the caller's scope (`useLocalScope: false` in InternalCommands.cs): what they assign stays.
    @Test func blocksAssignInTheCallersScope() {
        #expect(output(of: "$n = 0; 1..3 | ForEach-Object { $n++ }; $n") == "3")
        #expect(output(of: "1..2 | ForEach-Object -Begin { $sum = 0 } -Process { $sum += $_ } -End { \"sum=$sum\" }; \"after=$sum\"") == "sum=3\nafter=3")
        #expect(output(of: "function f { $count = 0; 'a', 'b' | ForEach-Object { $count++ }; $count }; f") == "2")
    }

    /// The block's own `$_`, `$args` and `$PSBoundParameters` do not replace the caller's.
    @Test func blocksLeaveTheCallersAutomaticVariables() {
        #expect(output(of: "function f { 1 | ForEach-Object { $null = $_ }; $args.Count }; f a b") == "2")
        #expect(output(of: "function g { param($p) 1 | ForEach-Object { $null = $_ }; $PSBoundParameters.Count }; g -p 1") == "1")
        #expect(output(of: "'outer' | ForEach-Object { 1 | ForEach-Object { $null = $_ }; $_ }") == "outer")
    }

    /// An automatic variable the caller has and the block assigns without setting it itself (a script method's
    /// `$this`) is put back too: the block keeps it to itself, as a dotted block keeps its automatic variables in its
    /// own locals (CompiledScriptBlock.cs). Issue 16's fast path restores such values without looking names up.
    @Test func aBlockAssigningTheCallersThisLeavesItAsItWas() {
        let script = "$o = [pscustomobject]@{ N = 1 }; $o | Add-Member ScriptMethod M { 1 | ForEach-Object { $this = 'x' }; $this.N }; $o.M()"
        #expect(output(of: script) == "1")
    }

    /// A block that adds or removes one of those names in its caller's scope leaves the scope as it found it: an
    /// added `$this` is gone and a removed `$args` is back (the fast path is taken only when the block changed no
    /// variable of the scope).
    @Test func aBlockAddingOrRemovingAnAutomaticVariableLeavesTheCallersScopeAsItWas() {
        #expect(output(of: "1 | ForEach-Object { $this = 'x' }; $null -eq $this") == "True")
        #expect(output(of: "function f { 1 | ForEach-Object { Remove-Variable args }; $args.Count }; f a b") == "2")
        #expect(output(of: "function f { 1 | ForEach-Object { $null = $_ }; $null -eq $_ }; f") == "True")
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
