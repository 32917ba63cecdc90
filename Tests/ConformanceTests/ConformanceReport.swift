/// The per-area table and the failures, as printed by `Scripts/conformance` and kept in docs/status.md.
struct ConformanceReport {
    struct AreaCount {
        var area: String
        var cases = 0
        var passed = 0
        var failed = 0
        var differs = 0
    }

    let outcomes: [CaseOutcome]

    var areas: [AreaCount] {
        var counts: [String: AreaCount] = [:]
        for outcome in outcomes {
            let area = outcome.conformanceCase.area
            var count = counts[area] ?? AreaCount(area: area)
            count.cases += 1
            switch outcome.verdict {
            case .passed: count.passed += 1
            case .failed: count.failed += 1
            case .differs: count.differs += 1
            }
            counts[area] = count
        }
        return counts.values.sorted { $0.area < $1.area }
    }

    var passed: Int { outcomes.filter { $0.verdict == .passed }.count }
    var failed: Int { outcomes.filter { $0.verdict == .failed }.count }
    var differing: Int { outcomes.count - passed - failed }

    /// A Markdown table (it reads as plain text too): one row per area, then the total.
    var table: [String] {
        var lines = ["| area | cases | passed | failed | differs |", "|---|---:|---:|---:|---:|"]
        for area in areas {
            lines.append("| \(area.area) | \(area.cases) | \(area.passed) | \(area.failed) | \(area.differs) |")
        }
        lines.append("| **total** | \(outcomes.count) | \(passed) | \(failed) | \(differing) |")
        let counted = passed + failed
        let rate = counted == 0 ? 0 : Double(passed) * 100 / Double(counted)
        lines.append("")
        lines.append("Passing: \(passed) of \(counted) counted cases (\(Int(rate.rounded(.down))) %); \(differing) deliberate differences reported apart.")
        return lines
    }

    var text: String {
        var lines = ["Conformance corpus (Tests/Conformance/cases): what Windows PowerShell 5.1 prints, against vtash", ""]
        lines += table
        let failures = outcomes.filter { $0.verdict == .failed }
        if !failures.isEmpty {
            lines += ["", "Failing cases:", ""]
            for failure in failures { lines += failure.explanation + [""] }
        }
        let unmet = outcomes.filter { $0.verdict == .differs(met: false) }
        if !unmet.isEmpty {
            lines += ["", "Deliberate differences vtash does not yet print as intended:", ""]
            for outcome in unmet { lines += outcome.explanation + [""] }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
