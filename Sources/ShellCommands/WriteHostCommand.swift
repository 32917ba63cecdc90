import ShellEngine

/// `Write-Host`: writes text straight to the host, not to the pipeline.
public final class WriteHostCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Write-Host", className: "Microsoft.PowerShell.Commands.WriteHostCommand",
        synopsis: "Writes customized output to a host.")

    @Parameter(position: 0, pipeline: .byValue, description: "Objects to display in the host.")
    var object: Value
    @Parameter(description: "The string representations of the input objects are concatenated to form the output.")
    var noNewline: SwitchParameter
    @Parameter(description: "Specifies a separator string to insert between objects displayed by the host.")
    var separator: Value
    @Parameter(description: "Specifies the text color.")
    var foregroundColor: String?
    @Parameter(description: "Specifies the background color.")
    var backgroundColor: String?

    public init() {}

    public func process(_ context: CommandContext) throws {
        let value = $object.isBound ? object : .string("")
        let separator = self.separator.isNull ? " " : LanguagePrimitives.toString(self.separator)
        let text = value.enumerated.map { LanguagePrimitives.toString($0) }.joined(separator: separator)
        // Windows PowerShell 5.0+: Write-Host also writes an information record tagged PSHOST (Write-Host.md).
        context.recordInformation(InformationalRecord.hostMessage(text, noNewLine: noNewline.isPresent), tags: ["PSHOST"])
        context.host.writeHost(text, newline: !noNewline.isPresent)
    }
}
