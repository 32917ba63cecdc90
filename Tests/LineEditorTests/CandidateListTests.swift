import Testing

@testable import LineEditor

@Suite struct CandidateListTests {
    @Test func candidatesFillColumnsTopToBottom() {
        let list = CandidateList(candidates: ["aa", "bb", "cc", "dd", "ee"], width: 12)
        #expect(list.rows == ["aa  cc  ee", "bb  dd"])
    }

    @Test func narrowTerminalGivesOneColumn() {
        let list = CandidateList(candidates: ["Get-TrustAuthorityCluster", "Get-Help"], width: 10)
        #expect(list.rows == ["Get-TrustAuthorityCluster", "Get-Help"])
    }

    @Test func noCandidatesGiveNoRows() {
        #expect(CandidateList(candidates: [], width: 80).rows.isEmpty)
    }
}
