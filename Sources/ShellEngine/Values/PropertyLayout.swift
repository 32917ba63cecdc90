/// The property names of objects built alike (every PowerCLI key provider, say) with their
/// case-insensitive index, built once and shared by all of them. An object holds the index copy-on-write:
/// one that gains a property gets its own copy, so the others never see it.
public struct PropertyLayout: Sendable {
    public let names: [String]
    let slots: [PropertyName: Int]
    /// False when two names differ only in case: such objects are built name by name, as PowerShell merges them.
    let isDistinct: Bool
    /// Identifies the layout: objects holding it still have exactly its properties, in its order.
    let token = Token()

    final class Token: Sendable {}

    public init(_ names: [String]) {
        self.names = names
        var slots: [PropertyName: Int] = Dictionary(minimumCapacity: names.count)
        var isDistinct = true
        for (slot, name) in names.enumerated() {
            if slots.updateValue(slot, forKey: PropertyName(name)) != nil { isDistinct = false }
        }
        self.slots = slots
        self.isDistinct = isDistinct
    }
}
