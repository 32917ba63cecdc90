import Foundation
import Testing
@testable import ShellEngine
import TestSupport

/// Functions, script blocks and scripts bind through the cmdlets' binder: what that gives them beyond the
/// old function-only binder (parameter sets, ambiguity errors, remaining arguments, typed defaults).
/// Expected values from PowerShell's documented behaviour (about_Functions_Advanced_Parameters) and its
/// binder (src/System.Management.Automation/engine/ParameterBinderController.cs).
@Suite struct ScriptParameterBindingTests {
    @Test func functionParameterSetsAreChosenByTheNamedParameters() {
        let script = """
            function f { [CmdletBinding(DefaultParameterSetName = 'ByName')] param(
                [Parameter(ParameterSetName = 'ByName')] $Name, [Parameter(ParameterSetName = 'ById')] $Id) $PSCmdlet.ParameterSetName }
            f -Id 3; f -Name x; f
            """
        #expect(output(of: script) == "ById\nByName\nByName")
    }

    @Test func anAmbiguousPrefixIsAnErrorForFunctionsAsForCmdlets() {
        let text = output(of: "function f { param($Name, $Namespace) $Name }; f -Nam x")
        #expect(text.contains("Parameter cannot be processed because the parameter name 'Nam' is ambiguous. Possible matches include: -Name -Namespace."))
    }

    @Test func remainingArgumentsGoToTheParameterThatTakesThem() {
        // The positional binder skips a ValueFromRemainingArguments parameter; what is left goes to it as a list.
        let text = output(of: "function f { param($First, [Parameter(ValueFromRemainingArguments = $true)] $Rest) \"$First|$($Rest -join ',')|$($Rest.Count)\" }; f 1 2 3")
        #expect(text == "1|2,3|2")
    }

    @Test func simpleFunctionsKeepUndeclaredArgumentsInArgs() {
        #expect(output(of: "function f($a) { \"$a|$($args -join ',')\" }; f 1 2 -x 3") == "1|2,-x,3")
    }

    @Test func unboundTypedParametersHoldTheirTypesNullValue() {
        // PowerShell initialises a typed parameter with $null converted to its type: [int] 0, [string] ''.
        #expect(output(of: "function f([int]$n, [string]$s, $o) { \"[$n][$($s -eq '')][$($null -eq $o)]\" }; f") == "[0][True][True]")
    }

    @Test func scriptFilesBindNamedArguments() throws {
        let directory = NSTemporaryDirectory() + "vtash-params-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/greet.ps1"
        try "param([string]$Greeting = 'Hello', [string]$Name) \"$Greeting, $Name\"".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(output(of: "& '\(path)' -Name World; & '\(path)' World -Greeting Hi") == "Hello, World\nHi, World")
    }

    @Test func mandatoryEmptyStringIsRefusedForFunctionsAsForCmdlets() {
        let text = output(of: "function f { param([Parameter(Mandatory)][string]$Name) $Name }; f -Name ''")
        #expect(text.contains("Cannot bind argument to parameter 'Name' because it is an empty string."))
    }
}
