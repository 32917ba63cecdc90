import Testing

@testable import LineEditor

@Suite struct SessionHistoryTests {
    @Test func consecutiveDuplicatesAreDroppedButRepeatsLaterAreKept() {
        var history = SessionHistory(capacity: 10)
        let added = [history.append("a"), history.append("a"), history.append("b"), history.append("a")]
        #expect(added == [true, false, true, true])
        #expect(history.entries == ["a", "b", "a"])
    }

    @Test func oldestEntriesFallOffAtCapacity() {
        var history = SessionHistory(capacity: 3)
        for entry in ["1", "2", "3", "4"] { history.append(entry) }
        #expect(history.entries == ["2", "3", "4"])
    }
}
