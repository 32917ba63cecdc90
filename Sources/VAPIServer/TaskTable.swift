import Foundation
import NIOConcurrencyHelpers
import VAPIWire

/// The `$task` operations the endpoint ran, for `tasks.get` and `tasks.list`: the newest `capacity`
/// ones, so that a client that never asks again costs a bounded amount of memory.
final class TaskTable: Sendable {
    struct Entry: Sendable {
        var info: TaskInfo
        /// The qualified user who ran it; only they see it.
        var owner: String
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
        state.withLockedValue { state in
            if state.order.count < capacity {
                state.order.append(id)
            } else {
                // A ring of ids: the oldest is forgotten when a new one takes its place.
                state.entries[state.order[state.head]] = nil
                state.order[state.head] = id
                state.head = (state.head + 1) % capacity
            }
            state.entries[id] = Entry(info: info, owner: owner)
        }
        return id
    }

    func get(_ id: String, owner: String) -> TaskInfo? {
        state.withLockedValue { state in
            guard let entry = state.entries[id], entry.owner == owner else { return nil }
            return entry.info
        }
    }

    /// The owner's tasks, oldest first.
    func list(owner: String) -> [(id: String, info: TaskInfo)] {
        state.withLockedValue { state in
            let ordered = Array(state.order[state.head...]) + Array(state.order[..<state.head])
            return ordered.compactMap { id in
                guard let entry = state.entries[id], entry.owner == owner else { return nil }
                return (id, entry.info)
            }
        }
    }

    var count: Int { state.withLockedValue { $0.entries.count } }
}
