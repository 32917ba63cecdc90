import Foundation
import NIOConcurrencyHelpers
import VAPIWire

/// The `$task` operations the endpoint ran, for `tasks.get` and `tasks.list`: the newest `capacity`
/// ones, so that a client that never asks again costs a bounded amount of memory.
final class TaskTable: Sendable {
    struct Entry: Sendable {
        /// The task without its result: the result is kept as its JSON-RPC text (`result`), a few bytes per
        /// character instead of a tree of values and names (a provider's Info is some 40 heap objects).
        var info: TaskInfo
        var result: [UInt8]?
        /// The qualified user who ran it; only they see it.
        var owner: String

        init(_ info: TaskInfo, owner: String) {
            var stored = info
            stored.result = nil
            self.info = stored
            result = info.result.map { value in
                var bytes: [UInt8] = []
                value.writeJSONRPC(into: &bytes)
                return bytes
            }
            self.owner = owner
        }

        /// The task as it was recorded; without its result when `withResult` is false (nothing to decode).
        func task(withResult: Bool) -> TaskInfo {
            var task = info
            if withResult, let result {
                // Written by `writeJSONRPC` above, so it reads back; the test of the table checks the round trip.
                task.result = try? VAPIValue(jsonRPC: try JSONReader.read(result))
            }
            return task
        }
    }

    static let defaultCapacity = 4096
    let capacity: Int
    private let state: NIOLockedValueBox<(entries: [String: Entry], order: [String], head: Int)>

    init(capacity: Int = TaskTable.defaultCapacity) {
        self.capacity = max(1, capacity)
        state = NIOLockedValueBox(([:], [], 0))
    }

    /// Stores a finished task and returns its id.
    func record(_ info: TaskInfo, owner: String) -> String {
        let id = UUID().uuidString.lowercased() + ":" + info.service
        // Encoded outside the lock: the other requests' lookups do not wait for it.
        let entry = Entry(info, owner: owner)
        state.withLockedValue { state in
            if state.order.count < capacity {
                state.order.append(id)
            } else {
                // A ring of ids: the oldest is forgotten when a new one takes its place.
                state.entries[state.order[state.head]] = nil
                state.order[state.head] = id
                state.head = (state.head + 1) % capacity
            }
            state.entries[id] = entry
        }
        return id
    }

    func get(_ id: String, owner: String, withResult: Bool = true) -> TaskInfo? {
        let entry = state.withLockedValue { state -> Entry? in
            guard let entry = state.entries[id], entry.owner == owner else { return nil }
            return entry
        }
        return entry?.task(withResult: withResult)
    }

    /// The owner's tasks, oldest first.
    func list(owner: String, withResults: Bool = true) -> [(id: String, info: TaskInfo)] {
        let entries = state.withLockedValue { state -> [(String, Entry)] in
            let ordered = Array(state.order[state.head...]) + Array(state.order[..<state.head])
            return ordered.compactMap { id in
                guard let entry = state.entries[id], entry.owner == owner else { return nil }
                return (id, entry)
            }
        }
        return entries.map { ($0.0, $0.1.task(withResult: withResults)) }
    }

    var count: Int { state.withLockedValue { $0.entries.count } }
}
