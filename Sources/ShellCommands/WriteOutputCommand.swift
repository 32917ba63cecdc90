import ShellEngine

/// `Write-Output` (`echo`): sends objects down the pipeline.
public final class WriteOutputCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Write-Output", className: "Microsoft.PowerShell.Commands.WriteOutputCommand",
        synopsis: "Writes the specified objects to the pipeline.")

    @Parameter(mandatory: true, position: 0, pipeline: .byValue, description: "Specifies the objects to send down the pipeline.")
    var inputObject: [Value]
    @Parameter(description: "By default, the Write-Output cmdlet always enumerates its output.")
    var noEnumerate: SwitchParameter

    public init() {}

    public func process(_ context: CommandContext) throws {
        // A pipeline object goes on as it came: bound to the list, a single object would become a list of one.
        if let input = context.inputObject { try context.write(input); return }
        guard $inputObject.isBound else { return }
        if noEnumerate.isPresent { try context.write(.array(inputObject)) } else { try context.writeEnumerated(.array(inputObject)) }
    }
}
