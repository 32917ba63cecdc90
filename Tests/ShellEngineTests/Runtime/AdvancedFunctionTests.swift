import Testing
@testable import ShellEngine
import TestSupport

/// Functions as runbooks write them: pipeline input into `begin`/`process`/`end`, `[Parameter()]` and
/// `[Validate*()]` attributes, and `[CmdletBinding()]` with the common parameters and `$PSCmdlet`.
@Suite struct AdvancedFunctionTests {
    /// Each case: a script and exactly what it prints (errors marked `ERR:`).
    static let cases: [(String, String)] = [
        // begin once, process per object with the object bound, end once, one scope throughout.
        ("function f { param([Parameter(ValueFromPipeline)]$x) begin { 'B'; $n = 0 } process { $n++; \"P $x\" } end { \"E $n\" } }; 1,2 | f",
         "B\nP 1\nP 2\nE 2"),
        ("function g { param([Parameter(ValueFromPipelineByPropertyName)]$Name) process { \"N $Name\" } }; [pscustomobject]@{Name='a'}, [pscustomobject]@{Name='b'} | g",
         "N a\nN b"),
        ("function g { param([Parameter(ValueFromPipelineByPropertyName)][Alias('Label')]$Name) process { $Name } }; [pscustomobject]@{Label='viaAlias'} | g",
         "viaAlias"),
        ("function t { param([Parameter(ValueFromPipeline)][int]$n) process { $n * 10 } }; '4', 5 | t", "40\n50"),
        // Output streams: the first object is processed before the second is made.
        ("function s { process { \"got $_\" } }; 1..2 | ForEach-Object { Write-Host \"make $_\"; $_ } | s", "make 1\ngot 1\nmake 2\ngot 2"),
        ("function p { process { 'once' } }; p", "once"),
        ("function p { process { 'never' } }; @() | p; 'after'", "after"),
        ("function r { process { if ($_ -eq 2) { return }; $_ } }; 1,2,3 | r", "1\n3"),
        ("function i { $input | ForEach-Object { $_ + 1 } }; 1,2 | i", "2\n3"),
        ("function m { param($a, $b) \"$a-$b\" }; m 1 2", "1-2"),
        ("function m { param([Parameter(Position=1)]$a, [Parameter(Position=0)]$b) \"$a-$b\" }; m 1 2", "2-1"),
        ("function x { param($a) \"$a|$args\" }; x 1 2 3", "1|2 3"),
        ("function h { param([ValidateSet('a','b')][string]$Mode) \"mode $Mode\" }; h A", "mode A"),
        ("function h { param([ValidateRange(1, 10)][int]$Count) $Count }; h 10", "10"),
        ("function b { param($Name) $PSBoundParameters.Keys }; b -Name z", "Name"),
    ]

    @Test(arguments: cases)
    func functionBindsAsPowerShellDoes(_ entry: (String, String)) {
        #expect(output(of: entry.0) == entry.1, "script: \(entry.0)")
    }

    /// Each case: a script and the error line it must print.
    static let errors: [(String, String)] = [
        ("function h { param([ValidateSet('a','b')][string]$Mode) $Mode }; h c",
         "ERR:h : Cannot validate argument on parameter 'Mode'. The argument \"c\" does not belong to the set \"a,b\" specified by the ValidateSet attribute. Supply an argument that is in the set and then try the command again."),
        ("function h { param([ValidateRange(1, 10)][int]$Count) $Count }; h 0",
         "ERR:h : Cannot validate argument on parameter 'Count'. The 0 argument is less than the minimum allowed range of 1. Supply an argument that is greater than or equal to 1 and then try the command again."),
        ("function h { param([ValidateRange(1, 10)][int]$Count) $Count }; h 11",
         "ERR:h : Cannot validate argument on parameter 'Count'. The 11 argument is greater than the maximum allowed range of 10. Supply an argument that is less than or equal to 10 and then try the command again."),
        ("function h { param([ValidateNotNullOrEmpty()][string]$Name) $Name }; h -Name ''",
         "ERR:h : Cannot validate argument on parameter 'Name'. The argument is null or empty. Provide an argument that is not null or empty, and then try the command again."),
        ("function h { param([ValidatePattern('^\\d+$')]$Id) $Id }; h abc",
         "ERR:h : Cannot validate argument on parameter 'Id'. The argument \"abc\" does not match the \"^\\d+$\" pattern. Supply an argument that matches \"^\\d+$\" and try the command again."),
        ("function h { param([ValidateScript({ $_ -gt 1 })]$n) $n }; h 0",
         "ERR:h : Cannot validate argument on parameter 'n'. The \" $_ -gt 1 \" validation script for the argument with value \"0\" did not return a result of True. Determine why the validation script failed, and then try the command again."),
        ("function k { param([int]$n) $n }; k -n abc",
         "ERR:k : Cannot process argument transformation on parameter 'n'. Cannot convert value \"abc\" to type \"System.Int32\". Error: \"Input string was not in a correct format.\""),
        ("function a { [CmdletBinding()] param($x) $x }; a 1 2",
         "ERR:a : A positional parameter cannot be found that accepts argument '2'."),
        ("function a { [CmdletBinding()] param($x) $x }; a -Nope 1",
         "ERR:a : A parameter cannot be found that matches parameter name 'Nope'."),
        ("function a { [CmdletBinding()] param([Parameter(Mandatory)]$Name, [Parameter(Mandatory)]$Path) $Name }; a",
         "ERR:a : Cannot process command because of one or more missing mandatory parameters: Name Path."),
        ("function a { [CmdletBinding()] param() 'x' }; a -ErrorAction Maybe",
         "ERR:a : Cannot bind parameter 'ErrorAction'. Cannot convert value \"Maybe\" to type \"System.Management.Automation.ActionPreference\". Error: \"Unable to match the identifier name Maybe to a valid enumerator name. Specify one of the following enumerator names and try again:"),
        ("function f { param([Parameter(ValueFromPipeline)][int]$n) process { $n } }; 'abc' | f",
         "ERR:f : The input object cannot be bound to any parameters for the command either because the command does not take pipeline input or the input and its properties do not match any of the parameters that take pipeline input."),
    ]

    @Test(arguments: errors)
    func badArgumentsGetTheBindersError(_ entry: (String, String)) {
        let (shell, host) = makeShell()
        shell.run(entry.0)
        #expect(host.lines.first == entry.1, "script: \(entry.0)\n\(host.text)")
    }

    @Test func verboseOnAnAdvancedFunctionTurnsOnItsVerboseStreamOnly() {
        let text = output(of: "function v { [CmdletBinding()] param() Write-Verbose 'inside'; 'done' }; v -Verbose; v; Write-Verbose 'outside'")
        #expect(text == "VERBOSE: inside\ndone\ndone")
    }

    @Test func errorActionStopOnAFunctionMakesItsErrorsTerminating() {
        let text = output(of: "function e { [CmdletBinding()] param() Write-Error 'bad'; 'not reached' }; try { e -ErrorAction Stop } catch { \"caught $_\" }")
        #expect(text == "caught bad")
    }

    @Test func whatIfReachesShouldProcessAndTheCmdletsInside() {
        let text = output(of: """
            function Remove-Thing { [CmdletBinding(SupportsShouldProcess)] param([string]$Name)
                if ($PSCmdlet.ShouldProcess($Name, 'Remove thing')) { "removed $Name" }
                Set-Variable -Name inner -Value 1
            }
            Remove-Thing -Name clkp -WhatIf
            Remove-Thing -Name kp2
            """)
        #expect(text == """
            What if: Performing the operation "Remove thing" on target "clkp".
            What if: Performing the operation "Set variable" on target "Name: inner Value: 1".
            removed kp2
            """)
    }

    @Test func shouldProcessWithOneArgumentNamesTheFunctionAsTheOperation() {
        let text = output(of: "function Stop-It { [CmdletBinding(SupportsShouldProcess)] param() $null = $PSCmdlet.ShouldProcess('target') }; Stop-It -WhatIf")
        #expect(text == "What if: Performing the operation \"Stop-It\" on target \"target\".")
    }

    @Test func shouldProcessWithVerboseSaysWhatItDoes() {
        let text = output(of: "function Stop-It { [CmdletBinding(SupportsShouldProcess)] param() if ($PSCmdlet.ShouldProcess('t', 'Stop')) { 'stopped' } }; Stop-It -Verbose")
        #expect(text == "VERBOSE: Performing the operation \"Stop\" on target \"t\".\nstopped")
    }

    @Test func highImpactFunctionAsksForConfirmationAndHonoursNo() {
        let (shell, host) = makeShell(interactive: true, answers: ["n", "y"])
        shell.run("function Remove-All { [CmdletBinding(SupportsShouldProcess, ConfirmImpact='High')] param() if ($PSCmdlet.ShouldProcess('lab', 'Remove')) { 'removed' } else { 'kept' } }; Remove-All; Remove-All")
        #expect(host.lines.filter { $0 == "Are you sure you want to perform this action?" }.count == 2)
        #expect(host.lines.contains("Performing the operation \"Remove\" on target \"lab\"."))
        #expect(host.lines.filter { $0 == "kept" || $0 == "removed" } == ["kept", "removed"])
    }

    @Test func confirmFalseSkipsTheQuestionOfAHighImpactFunction() {
        let (shell, host) = makeShell(interactive: true)
        shell.run("function Remove-All { [CmdletBinding(SupportsShouldProcess, ConfirmImpact='High')] param() if ($PSCmdlet.ShouldProcess('lab')) { 'removed' } }; Remove-All -Confirm:$false")
        #expect(host.prompts.isEmpty)
        #expect(host.lines == ["removed"])
    }

    @Test func whatIfIsNotAParameterWithoutSupportsShouldProcess() {
        let (shell, host) = makeShell()
        shell.run("function a { [CmdletBinding()] param() 'x' }; a -WhatIf")
        #expect(host.lines.first == "ERR:a : A parameter cannot be found that matches parameter name 'WhatIf'.")
    }

    @Test func outVariableAndErrorVariableOfAFunctionAreSet() {
        let text = output(of: """
            function o { [CmdletBinding()] param() 'one'; 'two'; Write-Error 'oops' -ErrorAction SilentlyContinue }
            o -OutVariable got -ErrorVariable bad | Out-Null
            $got -join ','
            $bad.Count
            "$($bad[0])"
            """)
        #expect(text == "one,two\n1\noops")
    }

    @Test func mandatoryParameterIsAskedForInAnInteractiveSession() {
        let (shell, host) = makeShell(interactive: true, answers: ["clkp"])
        shell.run("function n { param([Parameter(Mandatory)][string]$Name) \"name $Name\" }; n")
        #expect(host.prompts == ["Name: "])
        // The console host writes an empty line before the caption, for functions as for cmdlets (one binder):
        // src/Microsoft.PowerShell.ConsoleHost/host/msh/ConsoleHostUserInterfacePrompt.cs, Prompt().
        #expect(host.lines == ["", "cmdlet n at command pipeline position 1", "Supply values for the following parameters:", "name clkp"])
    }

    @Test func aMandatoryPipelineParameterIsNotAskedForWhenInputComes() {
        let (shell, host) = makeShell(interactive: true)
        shell.run("function n { param([Parameter(Mandatory, ValueFromPipeline)]$Item) process { \"item $Item\" } }; 'a' | n")
        #expect(host.prompts.isEmpty)
        #expect(host.lines == ["item a"])
    }

    @Test func psCmdletWritesWarningsAndVerboseText() {
        let text = output(of: "function w { [CmdletBinding()] param() $PSCmdlet.WriteWarning('careful'); $PSCmdlet.WriteVerbose('detail'); $PSCmdlet.ParameterSetName }; w -Verbose")
        #expect(text == "WARNING: careful\nVERBOSE: detail\n__AllParameterSets")
    }
}
