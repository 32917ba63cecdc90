import PowerShellSyntax

/// A script block's parameters bound for one call: what the command line bound, so that pipeline input
/// binds the rest object by object, and whether the block is an advanced function.
final class ScriptBinding {
    let parameters: [ScriptParameter]
    /// `[CmdletBinding()]`, or any parameter with `[Parameter()]`: common parameters, strict binding, `$PSCmdlet`.
    let isAdvanced: Bool
    let supportsShouldProcess: Bool
    /// `ConfirmImpact` of `[CmdletBinding()]`, lowercased (`medium` when not given).
    let confirmImpact: String
    /// Lowercased names bound from the command line.
    var boundByCommandLine: Set<String> = []
    /// `$PSBoundParameters`: the same table the function sees, so pipeline binding shows in it too.
    let boundParameters = PSHashtable()

    init(parameters: [ScriptParameter], isAdvanced: Bool, supportsShouldProcess: Bool, confirmImpact: String) {
        self.parameters = parameters
        self.isAdvanced = isAdvanced
        self.supportsShouldProcess = supportsShouldProcess
        self.confirmImpact = confirmImpact
    }

    /// Reads a script block's `[CmdletBinding()]` and parameters.
    convenience init(_ ast: ScriptBlockAst, shell: Shell) {
        let parameters = (ast.parameters ?? []).map { ScriptParameter($0, shell: shell) }
        let binding = ast.attributes.first { $0.name.lowercased() == "cmdletbinding" }
        var shouldProcess = false
        var impact = "medium"
        for argument in binding?.namedArguments ?? [] {
            switch argument.name.lowercased() {
            case "supportsshouldprocess":
                shouldProcess = argument.value.map { (try? shell.evaluate($0)).map(LanguagePrimitives.isTrue) ?? false } ?? true
            case "confirmimpact":
                if let value = argument.value, let evaluated = try? shell.evaluate(value) {
                    impact = LanguagePrimitives.toString(evaluated).lowercased()
                }
            default:
                continue
            }
        }
        let isAdvanced = binding != nil || ast.parameters?.contains { $0.attributes.contains { $0.name.lowercased() == "parameter" } } == true
        self.init(parameters: parameters, isAdvanced: isAdvanced, supportsShouldProcess: shouldProcess, confirmImpact: impact)
    }

    /// The parameters positional arguments go to, in order: those with `Position` when any has one,
    /// otherwise every parameter but switches, as declared.
    var positionalOrder: [ScriptParameter] {
        let placed = parameters.filter { $0.position != nil }
        if !placed.isEmpty { return placed.sorted { ($0.position ?? 0) < ($1.position ?? 0) } }
        return parameters.filter { !$0.isSwitch }
    }

    /// The declared parameter `written` names: exactly, by alias, or by a prefix only it has.
    func parameter(named written: String) -> ScriptParameter? {
        let lower = written.lowercased()
        if let exact = parameters.first(where: { $0.matches(exactly: lower) }) { return exact }
        let prefixed = parameters.filter { $0.name.lowercased().hasPrefix(lower) }
        return prefixed.count == 1 ? prefixed[0] : nil
    }
}
