import ShellEngine
/// The text `vtash replay` prints: each command that diverged with why and a small diff, then the totals.
public struct ReplayReport: Sendable {
    public var results: [ReplayResult]

    public init(results: [ReplayResult]) {
        self.results = results
    }

    public var passedCount: Int { results.reduce(0) { $0 + $1.passedCount } }
    public var failedCount: Int { results.reduce(0) { $0 + $1.failedCount } }

    /// `N passed, N failed`.
    public var summary: String { "\(passedCount) passed, \(failedCount) failed" }

    /// The report lines; with `verbose`, passing commands are listed too.
    public func lines(verbose: Bool = false) -> [String] {
        var lines: [String] = []
        for result in results {
            for outcome in result.outcomes {
                let location = "\(result.document.name):\(outcome.command.lineNumber)"
                guard !outcome.passed else {
                    if verbose { lines.append("ok   \(location)  \(outcome.command.title)") }
                    continue
                }
                lines.append("FAIL \(location)  \(outcome.command.title)")
                lines.append("     " + outcome.comparison.reason)
                lines += outcome.comparison.diff.map { "     " + $0 }
            }
            if results.count > 1 {
                lines.append("\(result.document.name): \(result.passedCount) passed, \(result.failedCount) failed")
            }
        }
        lines.append(summary)
        return lines
    }
}
