import Testing
@testable import ShellEngine
import TestSupport

@Suite struct CompletionScanTests {
    func scan(_ text: String) -> CompletionScan { CompletionScan(Array(text.utf8)[...]) }

    @Test func wordsOfTheInnermostCommand() {
        let result = scan("Get-A | Get-B -Name x ")
        #expect(result.words.map(\.raw) == ["Get-B", "-Name", "x"])
        #expect(result.current.raw == "")
        #expect(result.current.start == 22)
    }

    @Test func closedGroupCountsAsOneWordOfTheEnclosingCommand() {
        let result = scan("Get-B (Get-A -X 1) -Na")
        #expect(result.words.map(\.isGroup) == [false, true])
        #expect(result.current.raw == "-Na")
    }

    @Test func openQuoteIsReported() {
        let result = scan("Get-B 'vTA Clu")
        #expect(result.current.isQuoteOpen)
        #expect(result.current.value == "vTA Clu")
        #expect(result.current.start == 6)
    }

    @Test func doubledQuotesAndBacktickEscapesAreUnescaped() {
        #expect(scan("x 'it''s").current.value == "it's")
        #expect(scan("x \"a`\"b").current.value == "a\"b")
    }

    @Test func commaMarksAContinuedArgument() {
        let result = scan("Get-B -Name a, b")
        #expect(result.current.continuesArgument)
        #expect(!result.words[2].continuesArgument)
    }

    @Test func negativeNumbersAreNotParameters() {
        #expect(!scan("x -5").current.isParameter)
        #expect(scan("x -Name").current.isParameter)
    }

    @Test func deepNestingDoesNotOverflow() {
        let text = String(repeating: "(", count: 10_000) + "Get-B"
        #expect(scan(text).current.raw == "Get-B")
        let closed = String(repeating: "(", count: 10_000) + String(repeating: ")", count: 10_000) + " x"
        #expect(scan(closed).current.raw == "x")
    }
}
