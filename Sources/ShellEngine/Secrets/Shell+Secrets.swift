import Foundation

extension Shell {
    /// The binder's report for the cmdlet of `table` (called where binding a command line ends, and again after
    /// mandatory parameters were asked for, and for each pipeline object bound).
    func noteBinding(of table: BindingTable, _ bound: BoundParameters) {
        let sensitive = table.sensitiveParameters
        if !sensitive.isEmpty { secrets.note(sensitive, bound) }
    }

    /// The function binder's report (after a function's, script block's or script's parameters are bound).
    @discardableResult
    func noteBinding(_ binding: ScriptBinding?) -> ScriptBinding? {
        if let binding { secrets.note(binding) }
        return binding
    }

    /// Whether `text`, typed at the prompt and run, shows a secret: a literal given to a sensitive
    /// parameter, or a value the session saw bound to one. Such a line is kept out of the history (and
    /// the history file) altogether; ask after running it, when the binder has spoken.
    public func revealsSecret(_ text: String) -> Bool {
        secrets.maskedCommand(text, shell: self) != text
    }

    /// `text` with its secrets masked, as a transcript writes a command line.
    public func maskingSecrets(inCommand text: String) -> String {
        secrets.maskedCommand(text, shell: self)
    }

    /// `line` with the session's secrets masked, as a transcript writes output.
    public func maskingSecrets(inOutput line: String) -> String {
        secrets.maskedOutput(line)
    }

    /// Runs one typed input: transcripts get its text first and write it, masked, once it has run (the
    /// binder has then said which of its words are secrets).
    func runTyped(_ text: String, _ body: () -> RunOutcome) -> RunOutcome {
        onCommandLine?(text)
        defer { (host as? TranscribingHost)?.finishCommand() }
        let start = Date()
        let outcome = body()
        recordHistory(text, start: start, outcome: outcome)
        return outcome
    }
}
