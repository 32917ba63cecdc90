import Testing

@testable import LineEditor

@Suite struct PromptTextTests {
    @Test func colourSequencesAreMarkedAsNonPrinting() {
        #expect(PromptText.forLibEdit("\u{1B}[32mPS /\u{1B}[0m> ") == "\u{1}\u{1B}[32m\u{1}PS /\u{1}\u{1B}[0m\u{1}> ")
    }

    @Test func titleSequenceEndsAtBell() {
        #expect(PromptText.forLibEdit("\u{1B}]0;vtash\u{7}PS> ") == "\u{1}\u{1B}]0;vtash\u{7}\u{1}PS> ")
    }

    @Test func plainAndPreMarkedPromptsAreUnchanged() {
        #expect(PromptText.forLibEdit("PS /home/me> ") == "PS /home/me> ")
        #expect(PromptText.forLibEdit("\u{1}\u{1B}[1m\u{1}>> ") == "\u{1}\u{1B}[1m\u{1}>> ")
    }
}
