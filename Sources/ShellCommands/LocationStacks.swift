import ShellEngine

/// The session's location stacks for Push-Location and Pop-Location: the default one and named ones, names compared
/// without case (SessionStateLocationAPIs.cs). Kept in the shell's per-session store, so each shell has its own.
final class LocationStacks {
    static let defaultName = "default"
    private static let key = "Microsoft.PowerShell.Management.LocationStacks"

    /// Stacks by lower-cased name; each holds paths, the most recent last.
    private var stacks: [String: [String]] = [:]

    static func of(_ shell: Shell) -> LocationStacks {
        if let stacks = shell.moduleState[key] as? LocationStacks { return stacks }
        let stacks = LocationStacks()
        shell.moduleState[key] = stacks
        return stacks
    }

    func push(_ path: String, onto name: String?) {
        stacks[Self.normalized(name), default: []].append(path)
    }

    enum PopResult {
        /// The stack gave this path.
        case popped(String)
        /// The stack exists but is empty (only the default one can be).
        case empty
        /// No such stack; for the default stack that is not an error.
        case missing
    }

    func pop(from name: String?) -> PopResult {
        let key = Self.normalized(name)
        guard var stack = stacks[key] else { return .missing }
        guard let path = stack.popLast() else { return .empty }
        // A named stack goes away once emptied; the default one stays.
        if stack.isEmpty && key != Self.defaultName { stacks[key] = nil } else { stacks[key] = stack }
        return .popped(path)
    }

    private static func normalized(_ name: String?) -> String {
        guard let name, !name.isEmpty else { return defaultName }
        return name.lowercased()
    }
}
