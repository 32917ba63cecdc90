/// Command names resolved to cmdlets. A class so that a lookup through a non-mutating registry can fill it.
final class ResolvedCommands {
    struct Entry {
        /// The name looked up after following an alias.
        var lookup: String
        var type: any Cmdlet.Type
        /// The shell's binding table of `type`, so that a resolved name needs no second lookup by type.
        var table: BindingTable
    }

    /// Bounded, so that a script calling commands by computed names cannot grow it without end.
    static let limit = 1024
    var entries: [String: Entry] = [:]
}
