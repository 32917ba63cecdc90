import ShellEngine

/// The `-Name` / `-Id` filtering every inventory Get- cmdlet shares: each name (wildcards allowed) or id
/// selects items in order, without repeats; a plain name or an id that selects nothing is reported
/// (non-terminating), a wildcard that selects nothing is not.
struct InventoryFilter<Item> {
    let typeLabel: String
    let name: (Item) -> String
    let id: (Item) -> String

    func select(_ items: [Item], names: [String], ids: [String], byId: Bool, _ context: CommandContext) throws -> [Item] {
        var selected: [Item] = []
        var taken = Set<Int>()
        if byId {
            for wanted in ids {
                let matching = items.indices.filter { id(items[$0]).equalsIgnoringCase(wanted) }
                if matching.isEmpty { try context.writeError(InventoryResolution.filterNotFound(typeLabel, "id", wanted, context)) }
                for index in matching where taken.insert(index).inserted { selected.append(items[index]) }
            }
            return selected
        }
        if names.isEmpty { return items }
        for wanted in names {
            let pattern = WildcardPattern(wanted)
            let matching = items.indices.filter { pattern.matches(name(items[$0])) }
            if matching.isEmpty && !pattern.hasWildcards {
                try context.writeError(InventoryResolution.filterNotFound(typeLabel, "name", wanted, context))
            }
            for index in matching where taken.insert(index).inserted { selected.append(items[index]) }
        }
        // PowerCLI lists matches in inventory order, not in the order of the names given.
        return items.indices.filter { taken.contains($0) }.map { items[$0] }
    }
}
