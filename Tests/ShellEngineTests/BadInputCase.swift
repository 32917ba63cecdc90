/// One bad line of the corpus and the outcome written for it by hand.
struct BadInputCase: Sendable {
    /// What a line leads to, as PowerShell shows it.
    enum Outcome: String, Sendable {
        /// Refused by the parser: nothing ran, one ParserError record.
        case parse
        /// Ran and failed: at least one error record that is not a ParserError.
        case error
        /// Ran and printed output, no error.
        case output
        /// Ran and printed nothing.
        case nothing
    }

    var line: String
    var outcome: Outcome
    /// When set, vtash does not give `outcome` yet: what PowerShell does and where it is written.
    var known: String?

    init(_ line: String, _ outcome: Outcome, known: String? = nil) {
        self.line = line
        self.outcome = outcome
        self.known = known
    }
}
