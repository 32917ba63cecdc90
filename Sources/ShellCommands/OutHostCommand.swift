import ShellEngine

/// `Out-Host` (`oh`): formats its input and writes it to the host at once, returning nothing to the pipeline
/// (Out-Host.md 5.1: "sends output to the command line"; "does not generate any output").
public final class OutHostCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Out-Host", className: "Microsoft.PowerShell.Commands.OutHostCommand", module: "Microsoft.PowerShell.Core",
        synopsis: "Sends output to the command line.",
        description: "The Out-Host cmdlet sends output to the PowerShell host for display. The host displays the output at the command line. Because Out-Host is the default, you don't have to specify it unless you want to use its parameters. Out-Host doesn't return any objects to the pipeline.",
        examples: [
            HelpExample("Get-Process | Out-Host -Paging", "Displays the processes one page at a time."),
            HelpExample("$list = Get-ChildItem | Out-Host", "Displays the items; $list stays $null because Out-Host returns nothing."),
        ])

    @Parameter(pipeline: .byValue, description: "Specifies the objects that are written to the console. Enter a variable that contains the objects, or type a command or expression that gets the objects.")
    var inputObject: Value
    @Parameter(description: "Indicates that this cmdlet displays one page of output at a time, and waits for user input before it displays the remaining pages. vtash's hosts have no pager, so the output is written whole, as a redirected console does.")
    var paging: SwitchParameter

    public init() {}

    private var writer: (any OutputWriting)?

    public func process(_ context: CommandContext) throws {
        guard $inputObject.isBound else { return }
        // One writer for the whole input, so consecutive objects of one view share a table as at the end of a pipeline.
        let writer = self.writer ?? context.shell.output.makeWriter(shell: context.shell, width: nil) { [host = context.host] line in
            host.writeOutputLine(line)
        }
        self.writer = writer
        writer.write(inputObject)
    }

    public func end(_ context: CommandContext) throws {
        writer?.finish()
    }
}
