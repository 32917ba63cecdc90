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
        try context.write(.object(Self.timeSpan(seconds: elapsed)))
    }

    /// A .NET TimeSpan as PowerShell shows it: whole parts and totals; ticks are 100 ns.
    static func timeSpan(seconds: TimeInterval) -> PSObject {
        let ticks = Int((seconds * 10_000_000).rounded())
        let milliseconds = ticks / 10_000
        let object = PSObject(typeNames: ["System.TimeSpan", "System.ValueType", "System.Object"], properties: [
            PSProperty(name: "Days", value: .int(milliseconds / 86_400_000)),
            PSProperty(name: "Hours", value: .int(milliseconds / 3_600_000 % 24)),
            PSProperty(name: "Minutes", value: .int(milliseconds / 60_000 % 60)),
            PSProperty(name: "Seconds", value: .int(milliseconds / 1000 % 60)),
            PSProperty(name: "Milliseconds", value: .int(milliseconds % 1000)),
            PSProperty(name: "Ticks", value: .int(ticks)),
            PSProperty(name: "TotalDays", value: .double(Double(ticks) / 864_000_000_000)),
            PSProperty(name: "TotalHours", value: .double(Double(ticks) / 36_000_000_000)),
            PSProperty(name: "TotalMinutes", value: .double(Double(ticks) / 600_000_000)),
            PSProperty(name: "TotalSeconds", value: .double(Double(ticks) / 10_000_000)),
            PSProperty(name: "TotalMilliseconds", value: .double(Double(ticks) / 10_000)),
        ])
        let whole = milliseconds / 1000
        let fraction = ticks % 10_000_000
        object.stringValue = {
            String(format: "%02d:%02d:%02d", whole / 3600, whole / 60 % 60, whole % 60) + (fraction == 0 ? "" : String(format: ".%07d", fraction))
        }
        return object
    }
}
