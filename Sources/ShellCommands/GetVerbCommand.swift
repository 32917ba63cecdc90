import ShellEngine

/// `Get-Verb`: the approved verbs and their groups, as Windows PowerShell 5.1 lists them (its VerbsCommon,
/// VerbsCommunications, VerbsData, VerbsDiagnostic, VerbsLifeCycle, VerbsSecurity and VerbsOther classes, in that
/// order; 98 verbs: PowerShell 6 added Build and Deploy, which 5.1 does not have).
public final class GetVerbCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Get-Verb", className: "Microsoft.PowerShell.Commands.GetVerbCommand", module: "Microsoft.PowerShell.Utility",
        synopsis: "Gets approved PowerShell verbs.",
        description: "The Get-Verb function gets verbs that are approved for use in PowerShell commands, with the group each belongs to.",
        examples: [
            HelpExample("Get-Verb", "Lists all approved verbs."),
            HelpExample("Get-Verb un*", "Lists the approved verbs that begin with un."),
        ])

    @Parameter(position: 0, pipeline: .byValue, description: "Gets only the specified verbs. Enter the name of a verb or a name pattern. Wildcards are allowed.", wildcards: true)
    var verb: [String]

    public init() {}

    static let groups: [(group: String, verbs: [String])] = [
        ("Common", ["Add", "Clear", "Close", "Copy", "Enter", "Exit", "Find", "Format", "Get", "Hide", "Join", "Lock", "Move", "New",
                    "Open", "Optimize", "Pop", "Push", "Redo", "Remove", "Rename", "Reset", "Resize", "Search", "Select", "Set", "Show",
                    "Skip", "Split", "Step", "Switch", "Undo", "Unlock", "Watch"]),
        ("Communications", ["Connect", "Disconnect", "Read", "Receive", "Send", "Write"]),
        ("Data", ["Backup", "Checkpoint", "Compare", "Compress", "Convert", "ConvertFrom", "ConvertTo", "Dismount", "Edit", "Expand",
                  "Export", "Group", "Import", "Initialize", "Limit", "Merge", "Mount", "Out", "Publish", "Restore", "Save", "Sync",
                  "Unpublish", "Update"]),
        ("Diagnostic", ["Debug", "Measure", "Ping", "Repair", "Resolve", "Test", "Trace"]),
        ("Lifecycle", ["Approve", "Assert", "Complete", "Confirm", "Deny", "Disable", "Enable", "Install", "Invoke", "Register",
                       "Request", "Restart", "Resume", "Start", "Stop", "Submit", "Suspend", "Uninstall", "Unregister", "Wait"]),
        ("Security", ["Block", "Grant", "Protect", "Revoke", "Unblock", "Unprotect"]),
        ("Other", ["Use"]),
    ]

    public func process(_ context: CommandContext) throws {
        let patterns = (verb.isEmpty ? ["*"] : verb).map { WildcardPattern($0) }
        for (group, verbs) in Self.groups {
            for name in verbs where patterns.contains(where: { $0.matches(name) }) {
                try context.write(.object(PSObject(typeNames: ["System.Management.Automation.PSCustomObject", "System.Object"], properties: [
                    PSProperty(name: "Verb", value: .string(name)), PSProperty(name: "Group", value: .string(group)),
                ])))
            }
        }
    }
}
