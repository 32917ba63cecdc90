public struct SwitchStatement: Equatable, Sendable {
    public var label: String?
    public var isRegex: Bool
    public var isWildcard: Bool
    public var isExact: Bool
    public var isCaseSensitive: Bool
    /// `switch -File path`: the condition names a file whose lines are the subjects.
    public var isFile: Bool
    public var subject: Pipeline
    public var clauses: [SwitchClause]
    public var defaultBody: [Statement]?

    public init(
        label: String?, isRegex: Bool, isWildcard: Bool, isExact: Bool, isCaseSensitive: Bool, isFile: Bool,
        subject: Pipeline, clauses: [SwitchClause], defaultBody: [Statement]?
    ) {
        self.label = label
        self.isRegex = isRegex
        self.isWildcard = isWildcard
        self.isExact = isExact
        self.isCaseSensitive = isCaseSensitive
        self.isFile = isFile
        self.subject = subject
        self.clauses = clauses
        self.defaultBody = defaultBody
    }
}
