import ShellEngine

/// `Invoke-Expression` (`iex`): runs a string as a command, in the current scope.
public final class InvokeExpressionCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Invoke-Expression", className: "Microsoft.PowerShell.Commands.InvokeExpressionCommand", module: "Microsoft.PowerShell.Utility",
        synopsis: "Runs commands or expressions on the local computer.",
        description: "The Invoke-Expression cmdlet evaluates or runs a specified string as a command and returns the results of the expression or command. Without Invoke-Expression, a string submitted at the command line is returned (echoed) unchanged. The command runs in the current scope.",
        examples: [
            HelpExample("$Command = \"Get-Process\"\nInvoke-Expression $Command", "Runs the command held in a string."),
            HelpExample("Invoke-Expression '$total = 2 + 3'; $total", "Variables the expression sets stay in the current scope: 5."),
        ])

    @Parameter(mandatory: true, position: 0, pipeline: .byValue, description: "Specifies the command or expression to run. Type the command or expression or enter a variable that contains the command or expression.")
    var command: String

    public init() {}

    public func process(_ context: CommandContext) throws {
        do {
            try context.shell.invokeExpression(command, emit: { try context.write($0) })
        } catch var error as RuntimeError where error.record.category == .parserError && error.record.commandClass.isEmpty {
            // The text's parse error is the command's (`ExpectedValueExpression,...InvokeExpressionCommand`): the cmdlet parses it.
            error.record.commandName = Self.command.name
            error.record.commandClass = Self.command.className
            throw error
        }
    }
}
