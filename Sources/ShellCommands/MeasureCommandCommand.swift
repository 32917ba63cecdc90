import ShellEngine
import ShellFormatting
import Foundation

/// `Measure-Command`: runs a script block (dot-sourced), discards its output and returns how long it took as a
/// `System.TimeSpan` (the members scripts read: `TotalMilliseconds`, `TotalSeconds`, ...).
public final class MeasureCommandCommand: Cmdlet {
    public static let metadata = CommandMetadata(
        name: "Measure-Command", className: "Microsoft.PowerShell.Commands.MeasureCommandCommand", module: "Microsoft.PowerShell.Utility",
        synopsis: "Measures the time it takes to run script blocks and cmdlets.",
        parameters: [
            ParameterMetadata("Expression", .scriptBlock, mandatory: true, position: 0, description: "Specifies the expression that is being timed. Enclose the expression in braces ({})."),
            ParameterMetadata("InputObject", .any, pipeline: .byValue, description: "Objects bound to $_ while the expression runs."),
        ],
        outputType: "System.TimeSpan",
        examples: [HelpExample("Measure-Command { Get-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA }", "Measures how long it takes to read the key providers.")])

    private var elapsed: TimeInterval = 0
    private var ran = false

    public init() {}

    public func process(_ context: CommandContext) throws {
        guard case .scriptBlock(let block)? = context.parameters["Expression"] else { return }
        if !context.isFirstInPipeline && context.inputObject == nil { return }
        let start = DispatchTime.now().uptimeNanoseconds
        // PowerShell dot-sources the block: what it assigns stays in the caller's scope. Its output is dropped.
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
