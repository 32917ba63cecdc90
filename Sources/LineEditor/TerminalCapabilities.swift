import CLineEditorSupport
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the process's standard streams can do: colour, width.
public enum TerminalCapabilities {
    /// Width used when stdout is not a terminal (or reports no size).
    public static let defaultColumns = 120

    public static var stdinIsTerminal: Bool { isatty(STDIN_FILENO) == 1 }
    public static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }
    public static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }

    /// False when NO_COLOR is set to a non-empty value (no-color.org), TERM is "dumb", or stdout
    /// is not a terminal.
    public static var colorEnabled: Bool {
        colorEnabled(environment: environment(["NO_COLOR", "TERM"]), stdoutIsTerminal: stdoutIsTerminal)
    }

    /// Columns of the terminal on stdout (TIOCGWINSZ), ``defaultColumns`` when not a terminal.
    public static var columns: Int { columns(of: STDOUT_FILENO) }

    /// Columns of the terminal open on `descriptor`, ``defaultColumns`` when it is no terminal or reports no
    /// width; separated so that tests can ask a pseudo-terminal of a size they set.
    static func columns(of descriptor: Int32) -> Int {
        let columns = Int(les_terminal_columns(descriptor))
        return columns > 0 ? columns : defaultColumns
    }

    /// The rule behind ``colorEnabled``, separated so it can be tested without a terminal.
    static func colorEnabled(environment: [String: String], stdoutIsTerminal: Bool) -> Bool {
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
        if environment["TERM"] == "dumb" { return false }
        return stdoutIsTerminal
    }

    /// TERM=dumb: a terminal that cannot move the cursor or show colour.
    public static var termIsDumb: Bool { environment(["TERM"])["TERM"] == "dumb" }

    private static func environment(_ names: [String]) -> [String: String] {
        var values: [String: String] = [:]
        for name in names {
            if let value = getenv(name) { values[name] = String(cString: value) }
        }
        return values
    }
}
