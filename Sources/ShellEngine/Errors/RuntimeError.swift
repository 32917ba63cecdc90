import PowerShellSyntax

/// A terminating error travelling up the Swift stack until a `try/catch`, a trap or the host.
/// Unchecked: it carries shell values, and a shell and its errors stay on the thread that runs it.
public struct RuntimeError: Error, @unchecked Sendable {
    public var record: ErrorRecord
    /// `throw` and `-ErrorAction Stop` end the whole script; a cmdlet's own terminating error ends
    /// only its statement, and the script goes on (PowerShell's statement-terminating errors).
    public var endsScript: Bool
    /// Thrown by a cmdlet for the object it was processing (PowerShell's `WriteError` and return): the
    /// command's stage writes it as a non-terminating error, which `-ErrorAction` silences or makes terminating.
    public var isNonTerminating: Bool

    public init(_ record: ErrorRecord, endsScript: Bool = false, isNonTerminating: Bool = false) {
        self.record = record
        self.endsScript = endsScript
        self.isNonTerminating = isNonTerminating
    }
}
