import ShellEngine
import Foundation

/// The verdict on one command's output: did it match, and if not, why and where.
public struct OutputComparison: Sendable {
    public let passed: Bool
    /// One sentence for the report; empty when passed.
    public let reason: String
    /// A unified diff of expected against actual; empty when passed.
    public let diff: [String]

    /// A report shows a small diff; the rest is counted.
    static let diffLineLimit = 60

    public init(expected: [TranscriptLine], actual: [HostLine], masks: Set<OutputMask>, labelledFields: [LabelledFields] = [],
                name: String) {
        let pattern = ExpectedOutput(expected, masks: masks, labelledFields: labelledFields)
        let prepared = pattern.prepare(actual)
        if pattern.matches(prepared) {
            passed = true
            reason = ""
            diff = []
            return
        }
        passed = false
        let texts = prepared.map(\.text)
        let full = UnifiedDiff.render(UnifiedDiff.operations(pattern, prepared), expected: pattern, actual: texts, name: name)
        diff = full.count > Self.diffLineLimit
            ? Array(full.prefix(Self.diffLineLimit)) + ["... \(full.count - Self.diffLineLimit) more diff lines"] : full
        reason = OutputComparison.reason(expected: pattern, actual: actual)
    }

    init(passed: Bool, reason: String, diff: [String]) {
        self.passed = passed
        self.reason = reason
        self.diff = diff
    }

    static func reason(expected: ExpectedOutput, actual: [HostLine]) -> String {
        let expectedTexts = Set(expected.items.map { String(decoding: LinePattern.normalize($0.source.text), as: UTF8.self) })
        if let error = actual.first(where: { $0.stream == .error && !$0.text.trimmingCharacters(in: .whitespaces).isEmpty }),
           !expectedTexts.contains(String(decoding: LinePattern.normalize(error.text), as: UTF8.self)) {
            return "it wrote an error: " + error.text.trimmingCharacters(in: .whitespaces)
        }
        let printed = actual.filter { !LinePattern.normalize($0.text).isEmpty }.count
        let wanted = expected.items.count
        if printed == 0 { return "it printed nothing; \(wanted) line\(wanted == 1 ? " was" : "s were") expected" }
        if wanted == 0 { return "it printed \(printed) line\(printed == 1 ? "" : "s"); none were expected" }
        return "its output differs from the \(wanted) expected line\(wanted == 1 ? "" : "s")"
    }
}
