/// What running one case gave, against what it expects.
struct CaseOutcome {
    enum Verdict: Equatable {
        case passed
        case failed
        /// A `# differs:` case: vtash deliberately differs from Windows PowerShell; `met` tells whether
        /// vtash prints what the case says it intends.
        case differs(met: Bool)
    }

    let conformanceCase: ConformanceCase
    let output: [String]
    let errors: [DisplayedError]
    /// Set when the shell could not be built or the case's folder could not be made.
    let setupFailure: String?

    var outputMatches: Bool { output == conformanceCase.expectedOutput }

    var errorsMatch: Bool {
        errors.count == conformanceCase.expectedErrors.count
            && zip(errors, conformanceCase.expectedErrors).allSatisfy { $0.matches($1) }
    }

    var verdict: Verdict {
        let met = setupFailure == nil && outputMatches && errorsMatch
        if conformanceCase.differs != nil { return .differs(met: met) }
        return met ? .passed : .failed
    }

    /// The report's entry for a case that did not do what it expects.
    var explanation: [String] {
        var lines = ["\(conformanceCase.id) (\(conformanceCase.location))"]
        lines += conformanceCase.sources.map { "  source: \($0)" }
        if let differs = conformanceCase.differs { lines.append("  differs: \(differs)") }
        lines.append("  script:")
        lines += conformanceCase.script.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }
        if let setupFailure { lines.append("  could not run: \(setupFailure)") }
        if !outputMatches {
            lines.append("  output (- expected, + printed):")
            lines += LineDiff.lines(expected: conformanceCase.expectedOutput, actual: output).map { "    " + $0 }
        }
        if !errorsMatch {
            lines.append("  errors (- expected, + printed):")
            lines += conformanceCase.expectedErrors.flatMap { error in
                error.message.map { "    - " + $0 } + (error.fullyQualifiedErrorId.map { ["    - " + ConformanceCorpus.fqidPrefix + $0] } ?? [])
            }
            lines += errors.flatMap(\.asCaseText).map { "    + " + $0 }
            if errors.isEmpty && conformanceCase.expectedErrors.isEmpty { lines.append("    (none)") }
        }
        return lines
    }
}
