import Testing
@testable import ShellEngine
import TestSupport

/// Parameter binding and error display: exact error text in NormalView and ConciseView.
@Suite struct ErrorAndBindingTests {
    static let cases: [(String, String)] = [
        ("Get-Foo", """
        ERR:Get-Foo : The term 'Get-Foo' is not recognized as the name of a cmdlet, function, script file, or operable program. Check the spelling of the name, or if a path was included, verify that the path is correct and try again.
        ERR:At line:1 char:1
        ERR:+ Get-Foo
        ERR:+ ~~~~~~~
        ERR:    + CategoryInfo          : ObjectNotFound: (Get-Foo:String) [], CommandNotFoundException
        ERR:    + FullyQualifiedErrorId : CommandNotFoundException
        ERR: 
        """),
        ("Sort-Object -Foo", """
        ERR:Sort-Object : A parameter cannot be found that matches parameter name 'Foo'.
        ERR:At line:1 char:13
        ERR:+ Sort-Object -Foo
        ERR:+             ~~~~
        ERR:    + CategoryInfo          : InvalidArgument: (:) [Sort-Object], ParameterBindingException
        ERR:    + FullyQualifiedErrorId : NamedParameterNotFound,Microsoft.PowerShell.Commands.SortObjectCommand
        ERR: 
        """),
        ("$ErrorView = 'ConciseView'; Get-ChildItem -Foo", "ERR:Get-ChildItem: A parameter cannot be found that matches parameter name 'Foo'."),
        ("$ErrorView = 'ConciseView'; Get-ChildItem -F x", "ERR:Get-ChildItem: Parameter cannot be processed because the parameter name 'F' is ambiguous. Possible matches include: -Filter -Force -File."),
        ("$ErrorView = 'ConciseView'; Select-Object -First", "ERR:Select-Object: Missing an argument for parameter 'First'. Specify a parameter of type 'System.Int32' and try again."),
        ("$ErrorView = 'ConciseView'; Select-Object -First x", "ERR:Select-Object: Cannot bind parameter 'First'. Cannot convert value \"x\" to type \"System.Int32\". Error: \"Input string was not in a correct format.\""),
        ("$ErrorView = 'ConciseView'; Sort-Object -Top 1 -Top 2", "ERR:Sort-Object: Cannot bind parameter because parameter 'Top' is specified more than once. To provide multiple values to parameters that can accept multiple values, use the array syntax. For example, \"-parameter value1,value2,value3\"."),
        ("$ErrorView = 'ConciseView'; Sort-Object a b", "ERR:Sort-Object: A positional parameter cannot be found that accepts argument 'b'."),
        ("$ErrorView = 'ConciseView'; Get-Date x", "ERR:Get-Date: Cannot bind parameter 'Date'. Cannot convert value \"x\" to type \"System.DateTime\". Error: \"String was not recognized as a valid DateTime.\""),
        ("$ErrorView = 'ConciseView'; Test-Path", "ERR:Test-Path: Cannot process command because of one or more missing mandatory parameters: Path."),
        ("$ErrorView = 'ConciseView'; 'x' | Get-Date", "ERR:Get-Date: The input object cannot be bound to any parameters for the command either because the command does not take pipeline input or the input and its properties do not match any of the parameters that take pipeline input."),
        ("$ErrorView = 'ConciseView'; ConvertTo-SecureString 'p' -AsPlainText", "ERR:ConvertTo-SecureString: The system cannot protect plain text input. To suppress this warning and convert the plain text to a SecureString, reissue the command specifying the Force parameter. For more information ,type: get-help ConvertTo-SecureString."),
        ("$ErrorView = 'ConciseView'; $null.Foo()", "ERR:InvalidOperation: You cannot call a method on a null-valued expression."),
        ("$ErrorView = 'ConciseView'; throw 'bad'", "ERR:Exception: bad"),
        ("Write-Error 'boom'", """
        ERR:Write-Error 'boom' : boom
        ERR:    + CategoryInfo          : NotSpecified: (:) [Write-Error], WriteErrorException
        ERR:    + FullyQualifiedErrorId : Microsoft.PowerShell.Commands.WriteErrorException
        ERR: 
        """),
        ("function f { Write-Error 'inside' }\nf", """
        ERR:f : inside
        ERR:At line:2 char:1
        ERR:+ f
        ERR:+ ~
        ERR:    + CategoryInfo          : NotSpecified: (:) [Write-Error], WriteErrorException
        ERR:    + FullyQualifiedErrorId : Microsoft.PowerShell.Commands.WriteErrorException,f
        ERR: 
        """),
        ("try { Get-ChildItem /no/such/dir -ErrorAction Stop } catch { \"caught: $_\" }", "caught: Cannot find path '/no/such/dir' because it does not exist."),
        ("Get-ChildItem /no/such/dir -ErrorAction SilentlyContinue; $?; $Error.Count", "False\n1"),
        ("Get-ChildItem /no/such/dir -ErrorAction SilentlyContinue -ErrorVariable ev; $ev.Count", "1"),
        ("try { Get-Item /no/such/file -ErrorAction Stop } catch [System.Management.Automation.ItemNotFoundException] { \"not found: $_\" }", "not found: Cannot find path '/no/such/file' because it does not exist."),
        ("$d = Get-Item /tmp; $d.Name; $d.PSIsContainer", "tmp\nTrue"),
        ("(gi /etc/hostname).Name", "hostname"),
        ("1,2 | Sort-Object -OutVariable ov | Out-Null; $ov.Count; $ov", "2\n1\n2"),
        ("Write-Warning 'careful' -WarningVariable wv -WarningAction SilentlyContinue; $wv", "careful"),
        ("Write-Warning 'careful'", "WARNING: careful"),
        ("Write-Verbose 'hidden'; Write-Verbose 'shown' -Verbose", "VERBOSE: shown"),
        ("$ErrorActionPreference = 'Stop'; try { Write-Error 'x'; 'not here' } catch { 'stopped' }", "stopped"),
        ("try { throw 'a' } catch { $_.Exception.Message } finally { 'done' }", "a\ndone"),
        ("Set-Variable -Name n -Value 3; $n", "3"),
        ("New-Variable q 1; Remove-Variable q; Test-Path variable:q; $q -eq $null", "False\nTrue"),
        ("Get-Variable nosuch -ErrorAction SilentlyContinue; $?", "False"),
        ("function g { param([int]$n, [switch]$s) \"$n $s\" }; g -n 4 -s", "4 True"),
        ("function h { param($a, $b) \"$a|$b\" }; h 1 2", "1|2"),
        ("Get-Date -Date '2020-01-02' -Format 'yyyy'", "2020"),
    ]

    @Test(arguments: cases)
    func reportsLikePowerShell(_ entry: (String, String)) {
        #expect(output(of: entry.0) == entry.1, "script: \(entry.0)")
    }

    @Test func mandatoryParameterIsPromptedOnAnInteractiveHost() {
        let (shell, host) = makeShell(interactive: true, answers: ["/", ""])
        shell.run("Test-Path")
        #expect(host.lines == ["", "cmdlet Test-Path at command pipeline position 1", "Supply values for the following parameters:", "True"])
        #expect(host.prompts == ["Path[0]: ", "Path[1]: "])
    }

    @Test func readHostAsSecureStringUsesTheSecretPrompt() {
        let (shell, host) = makeShell(interactive: true, secrets: ["s3cret"])
        shell.run("$p = Read-Host 'Password' -AsSecureString; $p; (New-Object PSCredential('u', $p)).GetNetworkCredential().Password")
        #expect(host.prompts == ["Password: "])
        #expect(host.lines == ["System.Security.SecureString", "s3cret"])
    }

    @Test func getCredentialPromptsForUserAndPassword() {
        let (shell, host) = makeShell(interactive: true, answers: ["admin"], secrets: ["pw"])
        shell.run("$c = Get-Credential; $c.UserName")
        #expect(host.prompts == ["User: ", "Password for user admin: "])
        #expect(host.lines.last == "admin")
    }

    @Test func whatIfDescribesTheActionWithoutDoingIt() {
        let (shell, host) = makeShell()
        shell.run("Set-Variable -Name w -Value 1 -WhatIf; $w -eq $null")
        #expect(host.lines == ["What if: Performing the operation \"Set variable\" on target \"Name: w Value: 1\".", "True"])
    }

    /// A day-long sleep ends at the interrupt (the time limit only stops a test that hangs; how quickly it
    /// ends is not measured here): the pipeline is stopped, and the next statement runs.
    @Test(.timeLimit(.minutes(1))) func startSleepStopsWhenInterrupted() {
        let (shell, host) = makeShell()
        host.interruptAfter = 3
        let outcome = shell.run("Start-Sleep -Seconds 86400; 'not reached'")
        #expect(outcome == .completed(succeeded: false, terminatingError: true))
        #expect(!host.lines.contains("not reached"))
        shell.run("'after'")
        #expect(host.lines.last == "after")
    }
}
