import Foundation
import Testing
@testable import ShellEngine
import TestSupport

@Suite struct CommandCompletionTests {
    let shell = CompletionFixture.shell()

    func complete(_ text: String) -> CompletionCandidates { CompletionFixture.complete(text, in: shell) }

    @Test func commandNamesMatchCaseInsensitivelyWithTheirOwnCasing() {
        let result = complete("get-wid")
        #expect(result.replacementStart == 0)
        #expect(result.candidates == ["Get-Widget", "Get-WidgetGroup"])
    }

    @Test func commandNamesIncludeAliasesAndFunctions() {
        shell.run("function gwx { }")
        #expect(complete("gw").candidates == ["gw", "gwx"])
    }

    @Test func commandNamesAcceptWildcards() {
        #expect(complete("*group").candidates == ["Get-WidgetGroup"])
    }

    @Test func unknownPrefixOffersNothing() {
        #expect(complete("Frobnicate-") == .none)
    }

    @Test func commandAfterPipeSemicolonBraceOrAssignmentIsACommandName() {
        #expect(complete("$x | get-widgetg").candidates == ["Get-WidgetGroup"])
        #expect(complete("1; get-widgetg").candidates == ["Get-WidgetGroup"])
        #expect(complete("if ($true) { get-widgetg").candidates == ["Get-WidgetGroup"])
        #expect(complete("$x = get-widgetg").candidates == ["Get-WidgetGroup"])
        let piped = complete("$x | get-widgetg")
        #expect(piped.replacementStart == 5)
    }

    @Test func parameterNamesOfTheCurrentCommandInDeclarationOrderThenCommonOnes() {
        let result = complete("Get-Widget -")
        #expect(result.replacementStart == 11)
        #expect(Array(result.candidates.prefix(5)) == ["-Name", "-State", "-Path", "-Force", "-Count"])
        #expect(result.candidates.contains("-ErrorAction"))
        #expect(!result.candidates.contains("-WhatIf"))
    }

    @Test func parameterNamesMatchByPrefixAndSkipThoseAlreadyGiven() {
        #expect(complete("Get-Widget -st").candidates == ["-State"])
        #expect(complete("Get-Widget -State Enabled -").candidates.first == "-Name")
        #expect(!complete("Get-Widget -State Enabled -").candidates.contains("-State"))
    }

    @Test func parameterNamesFollowAliases() {
        #expect(complete("gw -Fo").candidates == ["-Force"])
    }

    @Test func enumParameterOffersItsValues() {
        #expect(complete("Get-Widget -State ").candidates == ["Enabled", "Disabled"])
        #expect(complete("Get-Widget -State d").candidates == ["Disabled"])
        #expect(complete("Get-Widget -st e").candidates == ["Enabled"])
        #expect(complete("Get-Widget -State x") == .none)
    }

    @Test func inlineParameterValueIsCompletedAfterTheColon() {
        let result = complete("Get-Widget -State:d")
        #expect(result.replacementStart == 18)
        #expect(result.candidates == ["Disabled"])
        #expect(complete("Get-Widget -Force:$t").candidates == ["$true"])
    }

    @Test func registeredCompleterOffersValuesForNamedAndPositionalArguments() {
        let completer = WidgetNameCompleter(names: ["vTA Cluster", "alpha", "Alpine"])
        ArgumentCompleters.of(shell).register(completer)
        #expect(complete("Get-Widget -Name al").candidates == ["alpha", "Alpine"])
        #expect(complete("Get-Widget al").candidates == ["alpha", "Alpine"])
        #expect(complete("Get-Widget -Force v").candidates == ["'vTA Cluster'"])
        #expect(completer.requests.last?.commandName == "Get-Widget")
        #expect(completer.requests.last?.parameterName == "Name")
        #expect(completer.requests.last?.prefix == "v")
    }

    @Test func openQuoteIsKeptAndClosed() {
        ArgumentCompleters.of(shell).register(WidgetNameCompleter(names: ["vTA Cluster", "it's"]))
        let single = complete("Get-Widget '")
        #expect(single.replacementStart == 11)
        #expect(single.candidates == ["'vTA Cluster'", "'it''s'"])
        #expect(complete("Get-Widget \"v").candidates == ["\"vTA Cluster\""])
    }

    @Test func arrayElementsAfterCommasBelongToTheSameParameter() {
        ArgumentCompleters.of(shell).register(WidgetNameCompleter(names: ["alpha", "beta"]))
        #expect(complete("Get-Widget -Name alpha, b").candidates == ["beta"])
        #expect(complete("Get-Widget -State Enabled,d").candidates == ["Disabled"])
    }

    @Test func completerIsAskedOnlyAboutTheParameterTheArgumentBindsTo() {
        let completer = WidgetNameCompleter(names: ["alpha"])
        ArgumentCompleters.of(shell).register(completer)
        _ = complete("Get-Widget -Path ")
        #expect(completer.requests.map(\.parameterName) == ["Path"])
    }

    @Test func completionUsesOnlyTheTextBeforeTheCursor() {
        let line = "get-widgetg | Format-Table"
        let result = CommandCompletion(shell: shell).complete(line: line, cursor: 11)
        #expect(result.candidates == ["Get-WidgetGroup"])
        #expect(result.replacementStart == 0)
    }

    @Test func offsetsAreUTF8Bytes() {
        let result = complete("'日本' | get-widgetg")
        #expect(result.replacementStart == "'日本' | ".utf8.count)
        #expect(result.candidates == ["Get-WidgetGroup"])
    }

    @Test func cursorOutsideTheLineOrInsideACharacterOffersNothing() {
        let completion = CommandCompletion(shell: shell)
        #expect(completion.complete(line: "get", cursor: 4) == .none)
        #expect(completion.complete(line: "get", cursor: -1) == .none)
        #expect(completion.complete(line: "日", cursor: 1) == .none)
    }

    @Test func nothingIsOfferedInsideAComment() {
        #expect(complete("# get-wid") == .none)
    }

    @Test func functionParametersComeFromItsParamBlock() {
        shell.run("function Invoke-Thing { param([ValidateSet('Fast', 'Slow')] $Mode, [switch] $Force) }")
        #expect(complete("Invoke-Thing -").candidates == ["-Mode", "-Force"])
        #expect(complete("Invoke-Thing -Mode s").candidates == ["Slow"])
        #expect(complete("Invoke-Thing ").candidates == ["Fast", "Slow"])
    }
}
