import CLineEditorSupport

/// Ctrl+C as a flag: a C SIGINT handler (no SA_RESTART) sets it, the REPL and long-running
/// commands poll it. The line editor uses the same flag to cancel the line being edited.
///
/// Once installed, SIGINT no longer terminates the process, so a command that can run long must
/// poll ``isPending``/``takePending()`` or sleep with ``sleep(seconds:)``.
public enum InterruptSignal {
    /// Installs the handler and unblocks SIGINT (a parent may have blocked it; the mask survives
    /// exec). Idempotent; works whether or not stdin is a terminal.
    public static func install() {
        _ = les_interrupt_install()
    }

    /// True (and the flag cleared) when Ctrl+C arrived since the last call.
    public static func takePending() -> Bool {
        les_interrupt_take() != 0
    }

    /// True when Ctrl+C arrived and nobody took it yet.
    public static var isPending: Bool {
        les_interrupt_pending() != 0
    }

    /// Sleeps, waking early on Ctrl+C. Returns false when interrupted (also when an interrupt was
    /// already pending); the flag stays set so the caller's `takePending()` still sees it.
    @discardableResult
    public static func sleep(seconds: Double) -> Bool {
        les_interrupt_sleep(seconds) != 0
    }

    /// Raises the flag as if Ctrl+C had been pressed (tests; cancelling from another component).
    public static func raise() {
        les_interrupt_set(1)
    }
}
