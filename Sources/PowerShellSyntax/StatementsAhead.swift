#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Parses a script's top-level statements again, from where the first pass stopped keeping them, a batch
/// ahead of the statement running now, on a thread of its own (the second core) when one can be made.
///
/// The first pass has already parsed the whole text without error, and the text does not change, so this
/// pass finds the same statements; it only has to stay a bounded number of batches ahead, which keeps
/// memory flat however long the script is.
final class StatementsAhead: @unchecked Sendable {
    // @unchecked: `queue`, `finished` and `cancelled` are only touched with `lock` held; `parser` belongs to
    // the producing thread (or, without one, to the caller of `take()`).
    enum Batch {
        case statements([Statement])
        case end
        case failure(ParseError)
    }

    /// Batches parsed but not yet taken, at most `capacity`.
    static let capacity = 4

    private var parser: ScriptParser
    private var atEnd = false
    private let batchSize: Int
    private var queue: [Batch] = []
    /// Batches already run, handed back so that their trees are freed on the producing thread, not between
    /// the statements of the running script.
    private var spent: [[Statement]] = []
    private var cancelled = false
    private let lock = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    private let changed = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
    private var thread: DeepStack.Thread?

    init(source: SourceText, from start: ScriptStatementStream.StatementStart, batchSize: Int) {
        var parser = ScriptParser(text: source)
        parser.resume(at: start)
        self.parser = parser
        self.batchSize = batchSize
        pthread_mutex_init(lock, nil)
        pthread_cond_init(changed, nil)
        thread = DeepStack.start { [self] in produce() }
    }

    deinit {
        pthread_cond_destroy(changed)
        pthread_mutex_destroy(lock)
        lock.deallocate()
        changed.deallocate()
    }

    /// Stops the producing thread and waits for it (the stream is done with it).
    func stop() {
        guard let running = thread else { return }
        pthread_mutex_lock(lock)
        cancelled = true
        pthread_cond_broadcast(changed)
        pthread_mutex_unlock(lock)
        running.join()
        thread = nil
    }

    /// The next batch, waiting for the producing thread when it has none ready. `finished` is the batch
    /// before it, whose statements have all run.
    func take(handingBack finished: [Statement]) -> Batch {
        guard thread != nil else {
            // No thread: parse here, on a large stack.
            var batch = Batch.end
            DeepStack.run { [self] in batch = nextBatch() }
            return batch
        }
        pthread_mutex_lock(lock)
        if !finished.isEmpty { spent.append(finished) }
        while queue.isEmpty { pthread_cond_wait(changed, lock) }
        let batch = queue.removeFirst()
        pthread_cond_broadcast(changed)
        pthread_mutex_unlock(lock)
        return batch
    }

    /// The producing thread: parses batches until the end of the script, staying at most `capacity` ahead.
    private func produce() {
        while true {
            dropSpent()
            let batch = nextBatch()
            pthread_mutex_lock(lock)
            while queue.count >= StatementsAhead.capacity, !cancelled { pthread_cond_wait(changed, lock) }
            if cancelled {
                pthread_mutex_unlock(lock)
                return
            }
            queue.append(batch)
            pthread_cond_broadcast(changed)
            pthread_mutex_unlock(lock)
            switch batch {
            case .statements: continue
            case .end, .failure: return
            }
        }
    }

    /// Frees the batches handed back, here on the producing thread (outside the lock).
    private func dropSpent() {
        pthread_mutex_lock(lock)
        let finished = spent
        spent = []
        pthread_mutex_unlock(lock)
        withExtendedLifetime(finished) {}
    }

    /// Parses up to `batchSize` statements; `.end` once there are none left.
    private func nextBatch() -> Batch {
        if atEnd { return .end }
        var statements: [Statement] = []
        statements.reserveCapacity(batchSize)
        do throws(ParseError) {
            while statements.count < batchSize {
                guard let statement = try parser.nextTopLevelStatement() else {
                    atEnd = true
                    break
                }
                statements.append(statement)
            }
        } catch {
            atEnd = true
            return .failure(error)
        }
        return statements.isEmpty ? .end : .statements(statements)
    }
}
