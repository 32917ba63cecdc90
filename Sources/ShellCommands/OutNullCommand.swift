import ShellEngine

/// `Out-Null`: discards its input.
public final class OutNullCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Out-Null", className: "Microsoft.PowerShell.Commands.OutNullCommand", module: "Microsoft.PowerShell.Core",
        synopsis: "Hides the output instead of sending it down the pipeline or displaying it.")

    @Parameter(pipeline: .byValue, description: "Specifies the object to be sent to null (removed from pipeline).")
    var inputObject: Value

    public init() {}
}
