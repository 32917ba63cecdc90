import ShellEngine

/// What `Get-Help` and `Get-Command` say about the session rather than about one command: the topic `Get-Help`
/// shows without a name, and the version of each module. The generic commands know only PowerShell's own
/// modules; the shell that configures a session sets the rest (vtash's help topic, PowerCLI's version).
public final class CommandCatalog {
    /// The lines `Get-Help` prints when no name is given.
    public var defaultHelpTopic: [String] = CommandCatalog.powerShellHelpTopic
    /// The version `Get-Command` shows for a module; a module not listed shows PowerShell's own, 3.1.0.0.
    public var moduleVersions: [String: String] = [:]

    init() {}

    private static let stateKey = "CommandCatalog"

    /// The catalog of `shell`, made when first asked for.
    public static func of(_ shell: Shell) -> CommandCatalog {
        if let existing = shell.moduleState[stateKey] as? CommandCatalog { return existing }
        let created = CommandCatalog()
        shell.moduleState[stateKey] = created
        return created
    }

    func version(ofModule module: String) -> String {
        moduleVersions[module] ?? "3.1.0.0"
    }

    /// The opening of Windows PowerShell 5.1's default help topic (`Get-Help` with no help files installed),
    /// as a 5.1 console prints it.
    static let powerShellHelpTopic = [
        "", "TOPIC", "    Windows PowerShell Help System", "",
        "SHORT DESCRIPTION", "    Displays help about Windows PowerShell cmdlets and concepts.", "",
        "LONG DESCRIPTION",
        "    Windows PowerShell Help describes Windows PowerShell cmdlets,",
        "    functions, scripts, and modules, and explains concepts, including",
        "    the elements of the Windows PowerShell language.",
        "",
        "    Windows PowerShell does not include help files, but you can read the",
        "    help topics online, or use the Update-Help cmdlet to download help files",
        "    to your computer and then use the Get-Help cmdlet to display the help",
        "    topics at the command line.",
        "",
        "    You can also use the Update-Help cmdlet to download updated help files",
        "    as they are released so that your local help content is never obsolete.",
        "",
        "    Without help files, Get-Help displays auto-generated help for cmdlets,",
        "    functions, and scripts.",
        "",
    ]
}
