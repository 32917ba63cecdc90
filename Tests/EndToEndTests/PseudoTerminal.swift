import CPseudoTerminal
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Runs a program on a fresh pseudo-terminal that is its controlling terminal, so keys written
/// here behave as typed: ^C becomes SIGINT, ^D ends input, echo is the terminal's.
///
/// `expect(_:)` consumes the transcript in order: each call searches only after the previous
/// match, so repeated prompts are told apart.
final class PseudoTerminal {
    struct SpawnError: Error, CustomStringConvertible {
        var path: String
        var code: Int32
        var description: String { "cannot start \(path) on a pty: \(String(cString: strerror(code)))" }
    }

    let pid: pid_t
    private let master: Int32
    private var bytes: [UInt8] = []
    /// Byte offset after the last `expect` match.
    private var consumed = 0
    private var exitStatus: Int32?

    /// Everything the program wrote, escape sequences included.
    var transcript: String { String(decoding: bytes, as: UTF8.self) }

    init(
        executable: String, arguments: [String] = [], environment overrides: [String: String] = [:],
        rows: UInt16 = 24, columns: UInt16 = 100
    ) throws {
        var environment = ProcessInfo.processInfo.environment
        environment["TERM"] = "xterm"
        environment["LANG"] = "C.UTF-8"
        environment.removeValue(forKey: "LC_ALL")
        for (key, value) in overrides { environment[key] = value }
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var master: Int32 = -1
        let pid = CPseudoTerminal_spawn(executable, argv, envp, rows, columns, &master)
        guard pid > 0 else { throw SpawnError(path: executable, code: errno) }
        self.pid = pid
        self.master = master
    }

    deinit {
        if exitStatus == nil {
            kill(pid, SIGKILL)
            var status: Int32 = 0
            _ = CPseudoTerminal_wait(pid, 2000, &status)
        }
        close(master)
    }

    /// Writes `keys` to the terminal as if typed.
    func send(_ keys: String) {
        let data = Array(keys.utf8)
        var offset = 0
        while offset < data.count {
            let written = data[offset...].withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
            if written <= 0 { return }
            offset += written
        }
    }

    /// Waits until `needle` appears after the previous match; true when it did within `timeout`.
    @discardableResult
    func expect(_ needle: String, timeout: Double = 5) -> Bool {
        let target = Array(needle.utf8)
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            if let range = Self.find(target, in: bytes, from: consumed) {
                consumed = range
                return true
            }
            if Date() >= deadline || !pump(milliseconds: 50) && Date() >= deadline { return false }
        }
    }

    /// Waits until the program put the terminal in non-canonical mode (libedit does so just
    /// before it reads a key, after printing the prompt). Control keys such as ^D sent before
    /// that are handled by the kernel's cooked mode instead of the editor.
    @discardableResult
    func waitForRawMode(timeout: Double = 5) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        var settings = termios()
        while Date() < deadline {
            // On Linux the master reports the slave's settings.
            if tcgetattr(master, &settings) == 0, settings.c_lflag & tcflag_t(ICANON) == 0 { return true }
            _ = pump(milliseconds: 5)
        }
        return false
    }

    /// Expects `prompt`, then waits for the editor to be reading keys.
    @discardableResult
    func expectPrompt(_ prompt: String, timeout: Double = 5) -> Bool {
        expect(prompt, timeout: timeout) && waitForRawMode(timeout: timeout)
    }

    /// Collects output for `seconds` (to check that something does NOT appear).
    func drain(seconds: Double) {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline { _ = pump(milliseconds: 20) }
    }

    /// Output not yet consumed by `expect`.
    var unconsumed: String { String(decoding: bytes[consumed...], as: UTF8.self) }

    /// Sets the window size (the program gets SIGWINCH).
    func resize(rows: UInt16, columns: UInt16) {
        _ = CPseudoTerminal_resize(master, rows, columns)
    }

    /// Waits for the program to end, reading its output meanwhile. Returns its exit code
    /// (128 + signal when killed), or nil on timeout.
    func waitForExit(timeout: Double = 5) -> Int32? {
        let deadline = Date().addingTimeInterval(timeout)
        while exitStatus == nil, Date() < deadline {
            _ = pump(milliseconds: 20)
            var status: Int32 = 0
            if CPseudoTerminal_wait(pid, 0, &status) == 1 { exitStatus = CPseudoTerminal_exit_code(status) }
        }
        _ = pump(milliseconds: 20)
        return exitStatus
    }

    /// Reads what is available within `milliseconds`; false when nothing came.
    private func pump(milliseconds: Int32) -> Bool {
        var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, milliseconds) > 0 else { return false }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
        guard count > 0 else {
            usleep(UInt32(milliseconds) * 1000)  // EIO once the child closed the slave
            return false
        }
        bytes.append(contentsOf: buffer[..<count])
        return true
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard !needle.isEmpty else { return start }
        guard haystack.count >= needle.count else { return nil }
        var index = start
        while index + needle.count <= haystack.count {
            if haystack[index] == needle[0], Array(haystack[index..<index + needle.count]) == needle {
                return index + needle.count
            }
            index += 1
        }
        return nil
    }
}
