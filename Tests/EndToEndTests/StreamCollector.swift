import Foundation

/// Collects a pipe's bytes on a background thread, so a full pipe never blocks the child.
final class StreamCollector: @unchecked Sendable {
    private let condition = NSCondition()
    private var data = Data()
    private var ended = false

    init(_ handle: FileHandle) {
        let thread = Thread { [self] in
            while true {
                let chunk = handle.availableData
                condition.lock()
                if chunk.isEmpty { ended = true } else { data.append(chunk) }
                condition.broadcast()
                condition.unlock()
                if chunk.isEmpty { return }
            }
        }
        thread.start()
    }

    var count: Int {
        condition.lock()
        defer { condition.unlock() }
        return data.count
    }

    func text(from offset: Int) -> String {
        condition.lock()
        defer { condition.unlock() }
        return String(decoding: data.suffix(from: min(offset, data.count)), as: UTF8.self)
    }

    func waitForEnd(timeout: TimeInterval) {
        let deadline = Date().addingTimeInterval(timeout)
        condition.lock()
        defer { condition.unlock() }
        while !ended && condition.wait(until: deadline) {}
    }

    /// Waits until `text` arrived after `offset`, or the stream ended, or time ran out.
    func waitFor(text: String, after offset: Int, timeout: TimeInterval) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        let needle = Data(text.utf8)
        condition.lock()
        defer { condition.unlock() }
        while true {
            if data.suffix(from: min(offset, data.count)).range(of: needle) != nil { return true }
            if ended || !condition.wait(until: deadline) { return false }
        }
    }

    /// Waits until a whole line equal to `line` arrived after `offset`, or the stream ended, or time ran out.
    func waitFor(line: String, after offset: Int, timeout: TimeInterval) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        let needle = Data(("\n" + line + "\n").utf8)
        condition.lock()
        defer { condition.unlock() }
        while true {
            let start = max(0, min(offset, data.count) - 1)
            var window = Data("\n".utf8)
            window.append(data.suffix(from: start))
            if window.range(of: needle) != nil { return true }
            if ended || !condition.wait(until: deadline) { return false }
        }
    }
}
