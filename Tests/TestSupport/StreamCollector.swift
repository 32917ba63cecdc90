import Foundation

/// Collects a pipe's bytes on a background thread, so a full pipe never blocks the child.
package final class StreamCollector: @unchecked Sendable {
    private let condition = NSCondition()
    private var data = Data()
    private var ended = false

    package init(_ handle: FileHandle) {
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

    package var count: Int {
        condition.lock()
        defer { condition.unlock() }
        return data.count
    }

    package func text(from offset: Int) -> String {
        condition.lock()
        defer { condition.unlock() }
        return String(decoding: data.suffix(from: min(offset, data.count)), as: UTF8.self)
    }

    /// Waits until the stream ended, or `timeout` passed (none: until it ends).
    package func waitForEnd(timeout: TimeInterval? = nil) {
        condition.lock()
        defer { condition.unlock() }
        guard let timeout else {
            while !ended { condition.wait() }
            return
        }
        let deadline = Date().addingTimeInterval(timeout)
        while !ended && condition.wait(until: deadline) {}
    }

    /// Waits until `text` arrived after `offset`, or the stream ended, or time ran out.
    package func waitFor(text: String, after offset: Int, timeout: TimeInterval) -> Bool {
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
    package func waitFor(line: String, after offset: Int, timeout: TimeInterval) -> Bool {
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
