#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The second half of a long script's first pass, checked on the second core while the first half is.
///
/// It parses top-level statements from a line start in the middle of the text and records where they
/// start. Parsing from a top-level statement start depends on nothing before it (for a script that
/// parses), so when the first pass reaches one of these starts as a top-level statement start itself, the
/// rest of the text has been checked already. The line it starts on may be inside a block or a string:
/// then it fails, and it starts again on the line after the failure; only the starts of its last,
/// error-free run count.
final class ScanAhead: @unchecked Sendable {
    // @unchecked: `starts`, `segmentStart`, `outcome` and `cancelled` are only touched with `lock` held;
    // `parser` belongs to the scanning thread.
    enum Outcome {
        case running
        /// Parsed from `segmentStart` to the end without error; `requires` are its `#Requires` lines.
        case finished(requires: [Int: String])
        case cancelled
    }

    /// At most this many starts are kept per run (a first pass meets one of the first few, or none).
    static let recordLimit = 4096

    private var parser: ScriptParser
    private let lock = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    private let changed = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
    private var starts: [Int] = []
    private var segmentStart: Int
    private var outcome = Outcome.running
    private var cancelled = false
    private var thread: DeepStack.Thread?

    /// Starts checking `source` from the first line start at or after `position`; `nil` when there is none
    /// or no thread can be made.
    static func start(_ source: SourceText, from position: Int) -> ScanAhead? {
        var index = position
        while index < source.count, source.scalar(at: index) != "\n" { index += 1 }
        guard index + 1 < source.count else { return nil }
        let scan = ScanAhead(source: source, from: index + 1)
        scan.thread = DeepStack.start { [scan] in scan.run() }
        guard scan.thread != nil else { return nil }
        return scan
    }

    private init(source: SourceText, from position: Int) {
        var parser = ScriptParser(text: source)
        parser.resume(at: ScriptStatementStream.StatementStart(position: position, lastTokenEnd: position))
        self.parser = parser
        self.segmentStart = position
        pthread_mutex_init(lock, nil)
        pthread_cond_init(changed, nil)
    }

    deinit {
        pthread_cond_destroy(changed)
        pthread_mutex_destroy(lock)
        lock.deallocate()
        changed.deallocate()
    }

    /// Whether this scan recorded a top-level statement start at `position` (the first pass's own start).
    func recorded(_ position: Int) -> Bool {
        pthread_mutex_lock(lock)
        defer { pthread_mutex_unlock(lock) }
        var low = 0
        var high = starts.count
        while low < high {
            let mid = (low + high) / 2
            if starts[mid] < position { low = mid + 1 } else { high = mid }
        }
        return low < starts.count && starts[low] == position
    }

    /// Waits for the scan to end; the `#Requires` lines it found from `position` on when its last run,
    /// which covers `position`, parsed to the end without error, `nil` otherwise.
    func finish(meetingAt position: Int) -> [Int: String]? {
        pthread_mutex_lock(lock)
        while case .running = outcome { pthread_cond_wait(changed, lock) }
        let result: [Int: String]?
        if case .finished(let requires) = outcome, position >= segmentStart {
            result = requires.filter { $0.key >= position }
        } else {
            result = nil
        }
        pthread_mutex_unlock(lock)
        stop()
        return result
    }

    /// Stops the scan (the first pass no longer needs it) and waits for its thread.
    func stop() {
        pthread_mutex_lock(lock)
        cancelled = true
        pthread_mutex_unlock(lock)
        thread?.join()
        thread = nil
    }

    private func run() {
        while true {
            pthread_mutex_lock(lock)
            let stop = cancelled
            pthread_mutex_unlock(lock)
            if stop { return end(.cancelled) }
            do throws(ParseError) {
                try parser.skipSeparators()
                guard parser.lexer.current != nil else { return end(.finished(requires: parser.lexer.requires)) }
                let start = parser.lexer.position
                pthread_mutex_lock(lock)
                if starts.count < ScanAhead.recordLimit { starts.append(start) }
                pthread_mutex_unlock(lock)
                guard try parser.nextTopLevelStatement() != nil else { return end(.finished(requires: parser.lexer.requires)) }
            } catch {
                // Started inside something (or the text has an error here): start again on the next line
                // after where it failed (always further on, so the scan ends).
                _ = error
                let source = parser.lexer.source
                var index = min(max(parser.lexer.position, segmentStart + 1), source.count)
                while index < source.count, !source.scalar(at: index).isNewline { index += 1 }
                // The same parser: its line cursor is near, and a new one would count lines from the start.
                parser.resume(at: ScriptStatementStream.StatementStart(position: index, lastTokenEnd: index))
                pthread_mutex_lock(lock)
                starts.removeAll()
                segmentStart = index
                pthread_mutex_unlock(lock)
            }
        }
    }

    private func end(_ result: Outcome) {
        pthread_mutex_lock(lock)
        outcome = result
        pthread_cond_broadcast(changed)
        pthread_mutex_unlock(lock)
    }
}
