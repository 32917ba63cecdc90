import Testing

@testable import LineEditor

@Suite struct CompletionStateTests {
    @Test func commonPrefixComparesCaseInsensitivelyAndKeepsFirstCasing() {
        #expect(CompletionState.longestCommonPrefix(["Get-TrustAuthorityCluster", "get-trustauthorityKEY"])
            == "Get-TrustAuthority")
    }

    @Test func commonPrefixOfNothingOrUnrelatedIsEmpty() {
        #expect(CompletionState.longestCommonPrefix([]) == "")
        #expect(CompletionState.longestCommonPrefix(["abc", "xyz"]) == "")
        #expect(CompletionState.longestCommonPrefix(["only"]) == "only")
    }

    @Test func commonPrefixStopsAtWholeCharacters() {
        #expect(CompletionState.longestCommonPrefix(["Größe-A", "größe-B"]) == "Größe-")
        #expect(CompletionState.longestCommonPrefix(["e\u{301}x", "e\u{301}y"]) == "e\u{301}")
    }

    @Test func singleCandidateReplacesTheWord() {
        var state = CompletionState()
        let result = CompletionResult(replacementStart: 4, candidates: ["Get-TrustAuthorityCluster"])
        let action = state.action(line: "$x; get-trustauthorityc", cursor: 23, result: result)
        #expect(action == .replace(range: 4..<23, deletedCharacters: 19, text: "Get-TrustAuthorityCluster"))
    }

    @Test func severalCandidatesExtendToCommonPrefixThenListOnNextTab() {
        var state = CompletionState()
        let candidates = ["Get-TrustAuthorityCluster", "Get-TrustAuthorityKeyProvider"]
        let first = state.action(
            line: "get-t", cursor: 5, result: CompletionResult(replacementStart: 0, candidates: candidates))
        #expect(first == .replace(range: 0..<5, deletedCharacters: 5, text: "Get-TrustAuthority"))
        let second = state.action(
            line: "Get-TrustAuthority", cursor: 18,
            result: CompletionResult(replacementStart: 0, candidates: candidates))
        #expect(second == .list(candidates))
    }

    @Test func ambiguousTabWithoutProgressBeepsFirstAndListsSecond() {
        var state = CompletionState()
        let result = CompletionResult(replacementStart: 0, candidates: ["Get-A", "Get-B"])
        let action1 = state.action(line: "Get-", cursor: 4, result: result)
        #expect(action1 == .beep)
        let action2 = state.action(line: "Get-", cursor: 4, result: result)
        #expect(action2 == .list(["Get-A", "Get-B"]))
        state.reset()
        let action3 = state.action(line: "Get-", cursor: 4, result: result)
        #expect(action3 == .beep)
    }

    @Test func editingBetweenTabsStartsOver() {
        var state = CompletionState()
        let result = CompletionResult(replacementStart: 0, candidates: ["Get-A", "Get-B"])
        let action1 = state.action(line: "Get-", cursor: 4, result: result)
        #expect(action1 == .beep)
        let action2 = state.action(line: "Get- ", cursor: 5, result: CompletionResult.none)
        #expect(action2 == .beep)
        let action3 = state.action(line: "Get-", cursor: 4, result: result)
        #expect(action3 == .beep)
    }

    @Test func casingOnlyChangeCountsAsProgress() {
        var state = CompletionState()
        let result = CompletionResult(replacementStart: 0, candidates: ["Get-A", "Get-B"])
        let action = state.action(line: "get-", cursor: 4, result: result)
        #expect(action == .replace(range: 0..<4, deletedCharacters: 4, text: "Get-"))
    }

    @Test func commonPrefixNeverShortensWhatWasTyped() {
        var state = CompletionState()
        let result = CompletionResult(replacementStart: 0, candidates: ["Import-PowerShellDataFile", "Invoke-Psdf"])
        let action = state.action(line: "i-psdf", cursor: 6, result: result)
        #expect(action == .beep)
    }

    @Test func singleCandidateAlreadyTypedDoesNothing() {
        var state = CompletionState()
        let result = CompletionResult(replacementStart: 0, candidates: ["Get-Help"])
        let action = state.action(line: "Get-Help", cursor: 8, result: result)
        #expect(action == .none)
    }

    @Test func multibyteTextBeforeTheWordUsesBytesForRangeAndScalarsForDeletion() {
        var state = CompletionState()
        let line = "日本 über-g"
        let start = "日本 ".utf8.count
        let result = CompletionResult(replacementStart: start, candidates: ["Über-Größe"])
        let action = state.action(line: line, cursor: line.utf8.count, result: result)
        #expect(action == .replace(range: start..<line.utf8.count, deletedCharacters: 6, text: "Über-Größe"))
    }

    @Test(arguments: [(-1, 3), (4, 3), (1, 3)])
    func invalidOffsetsBeep(start: Int, cursor: Int) {
        var state = CompletionState()
        // In "é-x", offset 1 is inside the two-byte "é".
        let action = state.action(line: "é-x", cursor: cursor, result: CompletionResult(replacementStart: start, candidates: ["é-xy"]))
        #expect(action == .beep)
    }

    @Test func noCandidatesBeep() {
        var state = CompletionState()
        let action = state.action(line: "zz", cursor: 2, result: CompletionResult(replacementStart: 0, candidates: []))
        #expect(action == .beep)
    }
}
