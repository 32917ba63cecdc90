import Testing

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

    @Test func columnsArePositive() {
        #expect(TerminalCapabilities.columns > 0)
    }
}
