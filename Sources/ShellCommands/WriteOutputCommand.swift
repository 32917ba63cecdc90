import ShellEngine
import ShellFormatting
/// `Write-Output` (`echo`): sends objects down the pipeline.
public final class WriteOutputCommand: Cmdlet {
    public static let metadata = CommandMetadata(
        name: "Write-Output", className: "Microsoft.PowerShell.Commands.WriteOutputCommand",
        synopsis: "Writes the specified objects to the pipeline.",
        parameters: [
            ParameterMetadata("InputObject", .array(.any), mandatory: true, position: 0, pipeline: .byValue, description: "Specifies the objects to send down the pipeline."),
            ParameterMetadata("NoEnumerate", .switchParameter, description: "By default, the Write-Output cmdlet always enumerates its output."),
        ])

    public init() {}

    public func process(_ context: CommandContext) throws {
        guard let value = context.inputObject ?? context.parameters["InputObject"] else { return }
        if context.inputObject != nil { try context.write(value); return }
        if context.parameters.isOn("NoEnumerate") { try context.write(value) } else { try context.writeEnumerated(value) }
    }
}
