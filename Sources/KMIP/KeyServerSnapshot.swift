/// Everything a simulated key server holds, as a value that can be stored and restored.
public struct KeyServerSnapshot: Sendable, Hashable, Codable {
    /// Keys in creation order.
    public var keys: [ManagedKey]
    /// The highest numeric identifier ever handed out; identifiers are never reused.
    public var lastIdentifier: Int

    public init(keys: [ManagedKey] = [], lastIdentifier: Int = 0) {
        self.keys = keys
        self.lastIdentifier = lastIdentifier
    }

    func index(of identifier: String) -> Int? {
        keys.firstIndex { $0.uniqueIdentifier == identifier }
    }

    /// The next decimal identifier, skipping any taken by a key created with a chosen id.
    mutating func nextIdentifier() -> String {
        var candidate = lastIdentifier &+ 1
        while index(of: String(candidate)) != nil {
            candidate &+= 1
        }
        lastIdentifier = candidate
        return String(candidate)
    }
}
