import Foundation
import Testing

/// The conformance corpus (issue 13): every case runs; the pass rate is the product's state and is
/// reported, so the suite fails only when the corpus is malformed or fewer cases pass than the floor.
@Suite struct ConformanceTests {
    @Test func everyCaseParsesAndNamesItsSource() {
        let corpus = ConformanceCorpus.load()
        #expect(corpus.problems.isEmpty, "\(corpus.problems.joined(separator: "\n"))")
        #expect(!corpus.cases.isEmpty)
        #expect(corpus.cases.allSatisfy { !$0.sources.isEmpty })
    }

    @Test func atLeastTheFloorOfCasesPass() throws {
        let corpus = ConformanceCorpus.load()
        let report = ConformanceReport(outcomes: corpus.cases.map(ConformanceRunner.run))
        let text = report.text
        let reportFile = ConformanceCorpus.root.deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent(".build/conformance-report.txt")
        try? text.write(to: reportFile, atomically: true, encoding: .utf8)
        print(report.table.joined(separator: "\n"))
        print("Full report with every failure: \(reportFile.path)")
        let floorText = try String(contentsOf: ConformanceCorpus.floorFile, encoding: .utf8)
        let floor = try #require(Int(floorText.trimmingCharacters(in: .whitespacesAndNewlines)), "floor.txt holds one whole number")
        #expect(report.passed >= floor, "\(report.passed) cases pass, fewer than the floor of \(floor) in Tests/Conformance/floor.txt: a regression (see \(reportFile.path))")
    }
}
