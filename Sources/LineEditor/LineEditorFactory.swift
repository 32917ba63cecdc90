#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Chooses the line reader for the current process.
public enum LineEditorFactory {
    /// libedit when stdin and stdout are terminals and TERM != "dumb"; otherwise plain line reading
    /// from stdin (no prompt echo, no libedit at all).
    ///
    /// - Parameters:
    ///   - programName: used by libedit for error messages.
    ///   - historyFile: where accepted entries are persisted (created with mode 0600, its directory
    ///     created too); nil keeps history in memory only. Ignored by the plain reader.
    ///   - completion: called on Tab; nil leaves Tab unbound.
    public static func make(
        programName: String, historyFile: String?, completion: CompletionProvider?
    ) -> any LineReading {
        if TerminalCapabilities.stdinIsTerminal, TerminalCapabilities.stdoutIsTerminal,
            !TerminalCapabilities.termIsDumb,
            let reader = EditLineReader(
                programName: programName, historyFile: historyFile, completion: completion)
        {
            return reader
        }
        return PlainLineReader()
    }
}
