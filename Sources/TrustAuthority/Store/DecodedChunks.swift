import Foundation

/// The results of decoding a list in chunks on several threads, put back in order.
final class DecodedChunks: @unchecked Sendable {
    private let lock = NSLock()
    private var chunks: [Result<[KeyProvider], any Error>?]

    init(count: Int) {
        chunks = Array(repeating: nil, count: count)
    }

    func store(_ index: Int, _ result: Result<[KeyProvider], any Error>) {
        lock.lock()
        chunks[index] = result
        lock.unlock()
    }

    /// Every chunk in order; the first failure if any chunk failed.
    func joined() throws -> [KeyProvider] {
        lock.lock()
        defer { lock.unlock() }
        var all: [KeyProvider] = []
        for chunk in chunks {
            guard let chunk else { continue }
            all += try chunk.get()
        }
        return all
    }
}
