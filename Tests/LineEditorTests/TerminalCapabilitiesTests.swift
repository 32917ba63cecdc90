import CPseudoTerminal
import Testing

#if canImport(Glibc)
import Glibc
#endif

@testable import LineEditor

@Suite struct TerminalCapabilitiesTests {
    @Test func colourNeedsATerminal() {
        #expect(TerminalCapabilities.colorEnabled(environment: ["TERM": "xterm"], stdoutIsTerminal: true))
        #expect(!TerminalCapabilities.colorEnabled(environment: ["TERM": "xterm"], stdoutIsTerminal: false))
    }

    @Test func noColorAndDumbTerminalDisableColour() {
        #expect(!TerminalCapabilities.colorEnabled(environment: ["NO_COLOR": "1"], stdoutIsTerminal: true))
        #expect(!TerminalCapabilities.colorEnabled(environment: ["TERM": "dumb"], stdoutIsTerminal: true))
        #expect(TerminalCapabilities.colorEnabled(environment: ["NO_COLOR": ""], stdoutIsTerminal: true))
    }

    /// A pseudo-terminal whose window size the test sets: the width read is the one set, for any size.
    @Test(arguments: [1, 80, 97, 160, 500])
    func columnsAreTheTerminalsWindowWidth(_ width: Int) throws {
        let terminal = try SizedPseudoTerminal(columns: UInt16(width), rows: 24)
        defer { terminal.close() }
        #expect(TerminalCapabilities.columns(of: terminal.secondary) == width)
        // The width is the terminal's own, read from either side of it.
        #expect(TerminalCapabilities.columns(of: terminal.primary) == width)
    }

    @Test func aTerminalResizedAfterOpeningReportsItsNewWidth() throws {
        let terminal = try SizedPseudoTerminal(columns: 132, rows: 40)
        defer { terminal.close() }
        try terminal.resize(columns: 72, rows: 40)
        #expect(TerminalCapabilities.columns(of: terminal.secondary) == 72)
    }

    /// A terminal that reports 0 columns (a size never set) and anything that is no terminal get the
    /// default width, 120.
    @Test func noWidthOrNoTerminalMeansTheDefaultWidth() throws {
        #expect(TerminalCapabilities.defaultColumns == 120)
        let unsized = try SizedPseudoTerminal(columns: 0, rows: 0)
        defer { unsized.close() }
        #expect(TerminalCapabilities.columns(of: unsized.secondary) == 120)

        var ends: [Int32] = [0, 0]
        #expect(pipe(&ends) == 0)
        #expect(TerminalCapabilities.columns(of: ends[0]) == 120)
        #expect(TerminalCapabilities.columns(of: ends[1]) == 120)
        Glibc.close(ends[0])
        Glibc.close(ends[1])
        let null = open("/dev/null", O_WRONLY)
        #expect(TerminalCapabilities.columns(of: null) == 120)
        Glibc.close(null)
        #expect(TerminalCapabilities.columns(of: -1) == 120)
    }
}

/// A pseudo-terminal pair with no process on it, sized with TIOCSWINSZ.
private struct SizedPseudoTerminal {
    struct Failure: Error, CustomStringConvertible {
        var step: String
        var code: Int32
        var description: String { "\(step) failed: \(String(cString: strerror(code)))" }
    }

    let primary: Int32
    let secondary: Int32

    init(columns: UInt16, rows: UInt16) throws {
        var primary: Int32 = -1, secondary: Int32 = -1
        guard CPseudoTerminal_open(rows, columns, &primary, &secondary) == 0 else { throw Failure(step: "opening a pty", code: errno) }
        self.primary = primary
        self.secondary = secondary
    }

    func resize(columns: UInt16, rows: UInt16) throws {
        guard CPseudoTerminal_resize(primary, rows, columns) == 0 else { throw Failure(step: "TIOCSWINSZ", code: errno) }
    }

    func close() {
        Glibc.close(secondary)
        Glibc.close(primary)
    }
}
