import Testing
@testable import ShellEngine
import TestSupport

/// Exceptions as objects, `catch` by type, and the error plumbing scripts lean on.
@Suite struct ExceptionHandlingTests {
    static let cases: [(script: String, expected: String, source: String)] = [
        ("try { $a = 0; 1 / $a } catch [DivideByZeroException], [ArgumentNullException] { 'caught' }", "caught",
         "PS:test/powershell/Language/Scripting/TryCatch.Tests.ps1 (Catch by type #4)"),
        ("try { throw [System.Management.Automation.ItemNotFoundException]::new() } catch [System.Exception] { 'Exception' } catch [System.Management.Automation.ItemNotFoundException] { 'ItemNotFound' }",
         "ItemNotFound", "PS:test/powershell/Language/Scripting/TryCatch.Tests.ps1 (the most specific catch wins, whatever the order)"),
        ("try { throw [System.IO.FileNotFoundException]::new('gone') } catch [System.IO.IOException] { $_.Exception.GetType().Name; $_.Exception.Message }",
         "FileNotFoundException\ngone", "DOCS:reference/5.1/Microsoft.PowerShell.Core/About/about_Try_Catch_Finally.md (a base type catches derived ones)"),
        ("try { try { $a = 0; 1 / $a } catch { $inner = $_; throw } } catch { [object]::ReferenceEquals($inner.Exception, $_.Exception) }", "True",
         "PS:test/powershell/Language/Scripting/TryCatch.Tests.ps1 (rethrow flow up)"),
        ("try { 'abc'.Substring(5) } catch { $_.Exception.GetType().Name; $_.Exception.InnerException.GetType().Name }",
         "MethodInvocationException\nArgumentOutOfRangeException",
         "PS:src/System.Management.Automation/resources/ExtendedTypeSystem.resx at 60b3b304f2 (MethodInvocationException wraps the .NET exception)"),
        ("try { Get-ChildItem ./NotExist -ErrorAction Stop } catch [System.Management.Automation.ActionPreferenceStopException] { $_.Exception.GetType().FullName }",
         "System.Management.Automation.ItemNotFoundException", "PS:test/powershell/Language/Scripting/TryCatch.Tests.ps1 (Catch ActionPreferenceStopException)"),
        ("try { Get-ChildItem nosuch.file -ErrorAction Stop -ErrorVariable err } catch { }; $err.Count; $err[0].GetType().Name; $err[0].ErrorRecord.Exception.GetType().Name",
         "1\nActionPreferenceStopException\nItemNotFoundException", "PS:test/powershell/Language/Scripting/ActionPreference.Tests.ps1"),
        ("$r = Write-Error 'merged' 2>&1; $r.GetType().Name; $r.ToString(); $r.CategoryInfo.GetMessage()", "ErrorRecord\nmerged\nNotSpecified: (:) [Write-Error], WriteErrorException",
         "DOCS:reference/5.1/Microsoft.PowerShell.Core/About/about_Redirection.md (2>&1)"),
        ("Write-Error 'x' -ErrorAction SilentlyContinue; $Error.Count; $Error.Clear(); $Error.Count; $Error.GetType().FullName", "1\n0\nSystem.Collections.ArrayList",
         "DOCS:reference/5.1/Microsoft.PowerShell.Core/About/about_Automatic_Variables.md ($Error is an ArrayList)"),
        ("function get-bar { [CmdletBinding()] param() Write-Error 'bar' -ErrorVariable script:a 2>$null }; get-bar; \"$script:a\"", "bar",
         "PS:test/powershell/Language/Scripting/OutErrorVariable.Tests.ps1 (-ErrorVariable with a scope)"),
        ("$a = . { trap { 'trapped'; continue } 'hello'; throw 'x'; 'world' }; $a -join ','", "hello,trapped,world",
         "PS:test/powershell/Language/Scripting/Trap.Tests.ps1 (a statement may follow a trap's block on the same line)"),
    ]

    @Test(arguments: cases)
    func errorsBehaveAsPowerShellsDo(_ entry: (script: String, expected: String, source: String)) {
        #expect(output(of: entry.script) == entry.expected, "script: \(entry.script) (\(entry.source))")
    }

    /// Member enumeration that finds the property on no element gives nothing at all (AutomationNull), as does a
    /// void method (DOCS:reference/5.1/Microsoft.PowerShell.Core/About/about_Member-Access_Enumeration.md).
    @Test func memberEnumerationOfAMissingPropertyGivesNothing() {
        #expect(output(of: "$o = [pscustomobject]@{ a = 1 }, [pscustomobject]@{ a = 2 }; $null -eq $o.Nope; @($o.Nope).Count; $o.a -join ','") == "True\n0\n1,2")
        #expect(output(of: "$o = [pscustomobject]@{ n = 1 }, [pscustomobject]@{ n = 2 }; $o.ForEach({ $_.n * 10 }) -join ','; $o.Where({ $_.n -gt 1 }).n") == "10,20\n2")
    }

    /// `@args` relays what a simple function did not declare, `-Name` tokens included (about_Splatting).
    @Test func splattingArgsRelaysParameterNames() {
        #expect(output(of: "function Get-MyOutput { Write-Output @args }; Get-MyOutput -InputObject 'relayed'") == "relayed")
    }

    /// Invoke-Expression's engine side runs text in the caller's scope; a syntax error is a ParseException error.
    @Test func invokeExpressionRunsTextInTheCallersScope() throws {
        let (shell, _) = makeShell()
        var written: [Value] = []
        try shell.invokeExpression("$made = 5; 1; 'two'") { written.append($0) }
        #expect(written.map { LanguagePrimitives.toString($0) } == ["1", "two"])
        #expect(shell.variable("made").map { LanguagePrimitives.toString($0) } == "5")
        do {
            try shell.invokeExpression("1 +") { _ in }
            Issue.record("no parse error")
        } catch let error as RuntimeError {
            #expect(error.record.message == "You must provide a value expression following the '+' operator.")
            #expect(error.record.exceptionType == "System.Management.Automation.ParseException")
        }
    }
}

/// The engine sides of Invoke-Expression and Add-Member's script members.
@Suite struct CommandSupportTests {
    /// An error leaving Invoke-Expression is wrapped in a CmdletInvocationException, which a catch of that type
    /// handles while `$_` stays the error (PS:test/powershell/Language/Scripting/TryCatch.Tests.ps1, "Catch CmdletInvocationException").
    @Test func anErrorLeavingInvokeExpressionIsWrappedForCatch() throws {
        let (shell, _) = makeShell()
        do {
            try shell.invokeExpression("throw [System.ArgumentException]::new('bad')") { _ in }
            Issue.record("nothing thrown")
        } catch let error as RuntimeError {
            #expect(error.record.wrapperExceptionType == "System.Management.Automation.CmdletInvocationException")
            #expect(Shell.matchingHandler([["System.Management.Automation.CmdletInvocationException"]], for: error.record) == 0)
            #expect(Shell.matchingHandler([["System.IO.IOException"], ["ArgumentException"]], for: error.record) == 1)
            #expect(Shell.matchingHandler([["System.IO.IOException"]], for: error.record) == nil)
        }
    }

    /// A ScriptMethod runs with `$this` the object and its arguments as `$args` (about_Automatic_Variables, $this).
    @Test func aMemberScriptSeesThisAndItsArguments() throws {
        let (shell, _) = makeShell()
        let block = try shell.scriptBlock(parsing: "$this.Length + $args[0]", span: .unknown)
        let result = try shell.invokeMemberScript(block, this: .string("abc"), arguments: [.int(10)])
        #expect(LanguagePrimitives.toString(result) == "13")
    }
}

/// Parse errors as the console shows them: every error of the input, each with its position, a blank line
/// between them, then the first one's category and id (PS:src/System.Management.Automation/utils/ParserException.cs).
@Suite struct ParseErrorReportTests {
    @Test func everyParseErrorIsShownWithItsPosition() {
        let (shell, host) = makeShell()
        shell.run("1 + ;\n$x = (2 *)")
        #expect(host.lines == [
            "ERR:At line:1 char:4", "ERR:+ 1 + ;", "ERR:+    ~", "ERR:You must provide a value expression following the '+' operator.", "ERR:",
            "ERR:At line:2 char:10", "ERR:+ $x = (2 *)", "ERR:+          ~", "ERR:You must provide a value expression following the '*' operator.",
            "ERR:    + CategoryInfo          : ParserError: (:) [], ParentContainsErrorRecordException",
            "ERR:    + FullyQualifiedErrorId : ExpectedValueExpression", "ERR: ",
        ])
        #expect(shell.errorHistory.count == 1)
        #expect(shell.errorHistory.first?.message.contains("At line:2 char:10") == true)
    }
}
