import ShellEngine
import ShellFormatting
import Foundation

/// `Measure-Command`: runs a script block (dot-sourced), discards its output and returns how long it took as a
/// `System.TimeSpan` (the members scripts read: `TotalMilliseconds`, `TotalSeconds`, ...).
public final class MeasureCommandCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Measure-Command", className: "Microsoft.PowerShell.Commands.MeasureCommandCommand", module: "Microsoft.PowerShell.Utility",
        synopsis: "Measures the time it takes to run script blocks and cmdlets.",
        outputType: "System.TimeSpan",
        // Example 1 of https://learn.microsoft.com/powershell/module/microsoft.powershell.utility/measure-command?view=powershell-5.1
        examples: [HelpExample("Measure-Command { Get-EventLog \"windows powershell\" }", "Measures the time it takes to run a Get-EventLog command that gets the events in the Windows PowerShell event log.")])

    @Parameter(mandatory: true, position: 0, description: "Specifies the expression that is being timed. Enclose the expression in braces ({}).")
    var expression: ScriptBlockValue
    @Parameter(pipeline: .byValue, description: "Objects bound to $_ while the expression runs.")
    var inputObject: Value

    private var elapsed: TimeInterval = 0
    private var ran = false

    public init() {}

    public func process(_ context: CommandContext) throws {
        guard $expression.isBound else { return }
        let block = expression
        if !context.isFirstInPipeline && context.inputObject == nil { return }
        let start = DispatchTime.now().uptimeNanoseconds
        // PowerShell dot-sources the block: what it assigns stays in the caller's scope. Its output is dropped.
        // $_ is the pipeline object; -InputObject given on the command line does not set it.
        try context.shell.runScriptBlock(block, dollarUnder: context.inputObject, invocation: ScriptInvocation(arguments: []),
                                         input: nil, newScope: false, emit: { _ in })
        elapsed += Double(DispatchTime.now().uptimeNanoseconds &- start) / 1e9
        ran = true
    }

    public func end(_ context: CommandContext) throws {
        guard ran else { return }
        try context.write(.object(TimeSpanObject.make(seconds: elapsed)))
    }
}
