/// The argument completers registered in one shell, kept in `shell.moduleState["Completion"]`
/// so modules can add theirs without the shell knowing about completion.
public final class ArgumentCompleters {
    static let stateKey = "Completion"

    public private(set) var completers: [any ArgumentCompleter] = []

    public init() {}

    /// The shell's registry, created on first use.
    public static func of(_ shell: Shell) -> ArgumentCompleters {
        if let existing = shell.moduleState[stateKey] as? ArgumentCompleters { return existing }
        let created = ArgumentCompleters()
        shell.moduleState[stateKey] = created
        return created
    }

    public func register(_ completer: any ArgumentCompleter) {
        completers.append(completer)
    }
}
