/// The in-memory history of one session: capped, without consecutive duplicates.
struct SessionHistory: Equatable, Sendable {
    let capacity: Int
    private(set) var entries: [String] = []

    init(capacity: Int) {
        self.capacity = max(1, capacity)
    }

    /// Appends `entry` unless it repeats the newest one. Returns whether it was appended.
    @discardableResult
    mutating func append(_ entry: String) -> Bool {
        if entries.last == entry { return false }
        entries.append(entry)
        if entries.count > capacity { entries.removeFirst(entries.count - capacity) }
        return true
    }
}
