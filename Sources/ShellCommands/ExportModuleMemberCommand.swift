import ShellEngine

/// `Export-ModuleMember`: which of a module's functions and variables the importer sees.
public final class ExportModuleMemberCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Export-ModuleMember", className: "Microsoft.PowerShell.Commands.ExportModuleMemberCommand", module: "Microsoft.PowerShell.Core",
        synopsis: "Specifies the module members that are exported.",
        description: "The Export-ModuleMember cmdlet specifies the module members that are exported from a script module (.psm1) file. Without it, a script module exports all its functions and none of its variables.",
        examples: [
            HelpExample("Export-ModuleMember -Function Get-Report, New-Report -Variable ReportRoot", "Only the two functions and the variable are visible to the importer; other functions stay private."),
        ])

    @Parameter(position: 0, pipeline: [.byValue, .byPropertyName], description: "Specifies the functions to export. Wildcards are permitted.", wildcards: true)
    var function: [String]
    @Parameter(pipeline: .byPropertyName, description: "Specifies the cmdlets to export. Wildcards are permitted.", wildcards: true)
    var cmdlet: [String]
    @Parameter(pipeline: .byPropertyName, description: "Specifies the variables to export. Wildcards are permitted.", wildcards: true)
    var variable: [String]
    @Parameter(pipeline: .byPropertyName, description: "Specifies the aliases to export. Wildcards are permitted.", wildcards: true)
    var alias: [String]

    public init() {}

    public func process(_ context: CommandContext) throws {
        guard context.shell.exportModuleMembers(functions: function, variables: variable, cmdlets: cmdlet, aliases: alias) else {
            // Source: PowerShell's ExportModuleMemberCommand.cs and Modules.resx CanOnlyBeUsedFromWithinAModule.
            throw context.failure("The Export-ModuleMember cmdlet can only be called from inside a module.",
                                  id: "Modules_CanOnlyExecuteExportModuleMemberInsideAModule", category: .permissionDenied,
                                  reason: "InvalidOperationException")
        }
    }
}
