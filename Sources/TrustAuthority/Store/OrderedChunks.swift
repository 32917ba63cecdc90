import Foundation

/// The results of working through a list in chunks on several threads, put back in order.
final class OrderedChunks<Element: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var chunks: [Result<[Element], any Error>?]

    init(count: Int) {
        chunks = Array(repeating: nil, count: count)
    }

    func store(_ index: Int, _ result: Result<[Element], any Error>) {
        lock.lock()
        chunks[index] = result
        lock.unlock()
    }

    /// Every chunk in order; the first failure if any chunk failed.
    func joined() throws -> [Element] {
        lock.lock()
        defer { lock.unlock() }
        var all: [Element] = []
        for chunk in chunks {
            guard let chunk else { continue }
            all += try chunk.get()
        }
        return all
    }

    /// Splits `items` into one chunk per core (at most 8) and maps each chunk on its own thread.
    static func map<Item: Sendable>(_ items: [Item], minimumPerChunk: Int, _ transform: @Sendable (Item) throws -> Element) throws -> [Element] {
        let cores = max(1, min(ProcessInfo.processInfo.activeProcessorCount, 8))
        let count = items.count < minimumPerChunk * 2 ? 1 : min(cores, items.count / minimumPerChunk)
        if count == 1 { return try items.map(transform) }
        let results = OrderedChunks<Element>(count: count)
        let size = (items.count + count - 1) / count
        DispatchQueue.concurrentPerform(iterations: count) { chunk in
            let range = (chunk * size)..<min(items.count, (chunk + 1) * size)
            results.store(chunk, Result { try items[range].map(transform) })
        }
        return try results.joined()
    }
}
