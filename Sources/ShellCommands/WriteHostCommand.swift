import ShellEngine
import ShellFormatting
/// `Write-Host`: writes text straight to the host, not to the pipeline.
public final class WriteHostCommand: Cmdlet {
    public static let metadata = CommandMetadata(
        name: "Write-Host", className: "Microsoft.PowerShell.Commands.WriteHostCommand",
        synopsis: "Writes customized output to a host.",
        parameters: [
            ParameterMetadata("Object", .any, position: 0, pipeline: .byValue, description: "Objects to display in the host."),
            ParameterMetadata("NoNewline", .switchParameter, description: "The string representations of the input objects are concatenated to form the output."),
            ParameterMetadata("Separator", .any, description: "Specifies a separator string to insert between objects displayed by the host."),
            ParameterMetadata("ForegroundColor", .string, description: "Specifies the text color."),
            ParameterMetadata("BackgroundColor", .string, description: "Specifies the background color."),
        ])

    public init() {}

    public func process(_ context: CommandContext) throws {
        let value = context.inputObject ?? context.parameters["Object"] ?? .string("")
        let separator = context.parameters.string("Separator") ?? " "
        let text = value.enumerated.map { LanguagePrimitives.toString($0) }.joined(separator: separator)
        context.host.writeHost(text, newline: !context.parameters.isOn("NoNewline"))
    }
}
