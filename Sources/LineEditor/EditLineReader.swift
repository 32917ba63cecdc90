import CLibEdit
import CLineEditorSupport
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Interactive line editing through libedit: emacs keys, history (Up/Down, Ctrl+R), Tab
/// completion, Ctrl+C/Ctrl+D. Create it only when stdin and stdout are terminals
/// (``LineEditorFactory/make(programName:historyFile:completion:)`` checks).
final class EditLineReader {
    /// What Ctrl+C leaves after the line being edited: PSReadLine writes `\e[91m^C\e[0m`.
    static var interruptMark: String { TerminalCapabilities.colorEnabled ? "\u{1B}[91m^C\u{1B}[0m" : "^C" }

    /// libedit command names bound in ``configureKeys()``.
    static let completeCommand = "line-editor-complete"

    private let editLine: OpaquePointer
    private let libeditHistory: OpaquePointer
    /// The prompt libedit asks for through the callback; owned here (strdup'ed).
    private var promptBuffer: UnsafeMutablePointer<CChar>?
    private let completion: CompletionProvider?
    private let policy: HistoryPolicy
    private var historyFile: HistoryFile?
    private var session: SessionHistory
    var completionState = CompletionState()
    /// Set when the history file failed, so the warning is printed once.
    private var historyWarningShown = false

    /// Returns nil when libedit cannot initialise (e.g. no terminal).
    init?(
        programName: String, historyFile path: String?, completion: CompletionProvider?,
        capacity: Int = 4096, policy: HistoryPolicy = HistoryPolicy()
    ) {
        _ = les_ensure_utf8_ctype()
        InterruptSignal.install()
        guard let editLine = les_init_stdio(programName) else { return nil }
        guard let libeditHistory = history_init() else {
            el_end(editLine)
            return nil
        }
        self.editLine = editLine
        self.libeditHistory = libeditHistory
        self.completion = completion
        self.policy = policy
        self.session = SessionHistory(capacity: capacity)
        _ = les_history_setsize(libeditHistory, Int32(clamping: capacity))
        _ = les_history_setunique(libeditHistory, 1)
        _ = les_set_history(editLine, libeditHistory)
        _ = les_set_editor(editLine, "emacs")
        // Restores the terminal on fatal signals and redraws on SIGWINCH.
        _ = les_set_signal(editLine, 1)
        // Own reader: a Ctrl+C that lands while libedit is not yet inside read() still counts.
        _ = les_use_interruptible_reader(editLine)
        _ = les_install_resize_handler()
        _ = les_set_clientdata(editLine, Unmanaged.passUnretained(self).toOpaque())
        _ = les_set_prompt(
            editLine,
            { editLine in
                guard let editLine, let reader = EditLineReader.instance(for: editLine) else { return nil }
                return reader.promptBuffer
            }, 1)
        configureKeys()
        if let path { loadHistory(path: path, capacity: capacity) }
    }

    deinit {
        el_end(editLine)
        history_end(libeditHistory)
        free(promptBuffer)
    }

    static func instance(for editLine: OpaquePointer) -> EditLineReader? {
        guard let data = les_get_clientdata(editLine) else { return nil }
        return Unmanaged<EditLineReader>.fromOpaque(data).takeUnretainedValue()
    }

    private func configureKeys() {
        let bindings: [(String, String)] = [
            ("^R", "em-inc-search-prev"),
            ("\\e[A", "ed-prev-history"), ("\\e[B", "ed-next-history"),
            ("\\eOA", "ed-prev-history"), ("\\eOB", "ed-next-history"),
            ("\\e[C", "ed-next-char"), ("\\e[D", "ed-prev-char"),
            ("\\eOC", "ed-next-char"), ("\\eOD", "ed-prev-char"),
            ("\\e[H", "ed-move-to-beg"), ("\\e[F", "ed-move-to-end"),
            ("\\eOH", "ed-move-to-beg"), ("\\eOF", "ed-move-to-end"),
            ("\\e[1~", "ed-move-to-beg"), ("\\e[4~", "ed-move-to-end"),
            ("\\e[3~", "ed-delete-next-char"),
            ("\\e[1;5C", "em-next-word"), ("\\e[1;5D", "ed-prev-word"),
        ]
        for (key, command) in bindings { _ = les_bind(editLine, key, command) }
        guard completion != nil else { return }
        _ = les_add_function(
            editLine, Self.completeCommand, "Complete the word before the cursor",
            { editLine, _ in
                guard let editLine, let reader = EditLineReader.instance(for: editLine) else {
                    return UInt8(CC_ERROR)
                }
                return reader.completeAtCursor()
            })
        _ = les_bind(editLine, "^I", Self.completeCommand)
    }

    private func loadHistory(path: String, capacity: Int) {
        var file = HistoryFile(path: path, capacity: capacity)
        do {
            try file.load()
        } catch {
            warn(error)
        }
        for entry in file.entries where session.append(entry) {
            _ = les_history_enter(libeditHistory, entry)
        }
        historyFile = file
    }

    private func warn(_ error: HistoryFileError) {
        guard !historyWarningShown else { return }
        historyWarningShown = true
        fflush(nil)
        let text = "warning: \(error); history will not be saved.\n"
        _ = text.withCString { write(STDERR_FILENO, $0, strlen($0)) }
    }

    private func setPrompt(_ prompt: String) {
        free(promptBuffer)
        promptBuffer = strdup(PromptText.forLibEdit(prompt))
    }

    /// The current line and cursor (UTF-8 byte offset) while el_gets runs.
    func currentLine() -> (line: String, cursor: Int)? {
        guard let info = el_line(editLine)?.pointee, let buffer = info.buffer, let cursor = info.cursor,
            let end = info.lastchar
        else { return nil }
        let length = buffer.distance(to: end)
        let offset = buffer.distance(to: cursor)
        guard length >= 0, offset >= 0, offset <= length else { return nil }
        let line = buffer.withMemoryRebound(to: UInt8.self, capacity: length) {
            String(decoding: UnsafeBufferPointer(start: $0, count: length), as: UTF8.self)
        }
        return (line, offset)
    }

    /// The Tab command: asks the provider and edits the line (runs inside el_gets).
    private func completeAtCursor() -> UInt8 {
        guard let completion, let (line, cursor) = currentLine() else { return UInt8(CC_REFRESH_BEEP) }
        let result = completion(line, cursor)
        switch completionState.action(line: line, cursor: cursor, result: result) {
        case .none:
            return UInt8(CC_NORM)
        case .beep:
            return UInt8(CC_REFRESH_BEEP)
        case .replace(_, let deletedCharacters, let text):
            el_deletestr(editLine, Int32(clamping: deletedCharacters))
            return el_insertstr(editLine, text) == 0 ? UInt8(CC_REFRESH) : UInt8(CC_ERROR)
        case .list(let candidates):
            let rows = CandidateList(candidates: candidates, width: TerminalCapabilities.columns).rows
            print("")
            for row in rows { print(row) }
            fflush(nil)
            return UInt8(CC_REDISPLAY)
        }
    }
}

extension EditLineReader: LineReading {
    func readLine(prompt: String) -> LineReadResult {
        setPrompt(prompt)
        completionState.reset()
        el_resize(editLine)
        // A Ctrl+C that hit a finished command must not cancel the new line.
        _ = InterruptSignal.takePending()
        var count: Int32 = 0
        let raw = el_gets(editLine, &count)
        // Checked whatever el_gets returned: inside Ctrl+R search a failed read ends the search
        // and el_gets reports EOF (count 0) rather than an error.
        if InterruptSignal.takePending() {
            // PSReadLine's CancelLine: the line stays as typed, `^C` in red after it
            // (PSReadLine/BasicEditing.cs), and the next prompt starts on a new line.
            print(Self.interruptMark)
            fflush(nil)
            return .interrupted
        }
        guard let raw else {
            print("")
            fflush(nil)
            return .endOfInput
        }
        var line = String(cString: raw)
        if line.hasSuffix("\n") { line.removeLast() }
        return .line(line)
    }

    func addHistory(_ entry: String) {
        let disposition = policy.disposition(for: entry)
        guard disposition != .ignore else { return }
        if session.append(entry) { _ = les_history_enter(libeditHistory, entry) }
        guard disposition == .memoryAndFile, var file = historyFile else { return }
        do {
            try file.append(entry)
        } catch {
            warn(error)
        }
        historyFile = file
    }

    func readSecret(prompt: String) -> String? {
        var saved = [UInt8](repeating: 0, count: Int(les_termios_size()))
        // Echo goes off before the prompt appears, so nothing typed after it is echoed.
        let echoChanged = les_echo_off(STDIN_FILENO, &saved) == 0
        print(prompt, terminator: "")
        fflush(nil)
        _ = InterruptSignal.takePending()
        var interrupted: Int32 = 0
        let raw = les_read_raw_line(STDIN_FILENO, &interrupted)
        if echoChanged { _ = les_termios_restore(STDIN_FILENO, &saved) }
        guard let raw else {
            if interrupted != 0 { _ = InterruptSignal.takePending() }
            print(interrupted != 0 ? Self.interruptMark : "")
            fflush(nil)
            return nil
        }
        defer { free(raw) }
        if !echoChanged { print("") }
        return String(cString: raw)
    }

    func close() {
        guard var file = historyFile else { return }
        // Entries are appended as they are accepted; compacting keeps the file within its cap. Only
        // when this session took it past the cap: rewriting a full history on every exit is slow.
        if file.isOverCapacity {
            do {
                try file.compact()
            } catch {
                warn(error)
            }
            historyFile = file
        }
    }

    var historyEntries: [String] { session.entries }
}
