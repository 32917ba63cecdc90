import ShellEngine

/// `ForEach-Object` (`%`, `foreach`): runs a script block per input object, or reads a member.
public final class ForEachObjectCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "ForEach-Object", className: "Microsoft.PowerShell.Commands.ForEachObjectCommand", module: "Microsoft.PowerShell.Core",
        synopsis: "Performs an operation against each item in a collection of input objects.",
        defaultParameterSet: "ScriptBlockSet")

    @Parameter(pipeline: .byValue, description: "Specifies the input objects.")
    var inputObject: Value
    // Named apart from the cmdlet's own begin/process/end methods.
    @Parameter("Process", mandatory: true, position: 0, set: "ScriptBlockSet", description: "Specifies the operation that is performed on each input object.")
    var processScripts: [ScriptBlockValue]
    @Parameter("Begin", set: "ScriptBlockSet", description: "Specifies a script block that runs before this cmdlet processes any input objects.")
    var beginScript: ScriptBlockValue?
    @Parameter("End", set: "ScriptBlockSet", description: "Specifies a script block that runs after this cmdlet processes all input objects.")
    var endScript: ScriptBlockValue?
    @Parameter(set: "ScriptBlockSet", description: "Specifies all script blocks that are not taken by the Process parameter.", remaining: true)
    var remainingScripts: [ScriptBlockValue]
    @Parameter(mandatory: true, position: 0, set: "PropertyAndMethodSet", description: "Specifies the name of the member property to get or the member method to call.")
    var memberName: String?
    @Parameter(aliases: ["Args"], position: 1, set: "PropertyAndMethodSet", description: "Specifies an array of arguments to a method call.")
    var argumentList: [Value]

    private var blocks: [ScriptBlockValue] = []
    private var endBlock: ScriptBlockValue?

    public init() {}

    /// The blocks are `-Begin`, then `-Process`, then `-RemainingScripts`, in one list: with more than one, the
    /// first is the begin block; without `-End` and with more than two, the last is the end block; the others run
    /// per object (ForEachObjectCommand.InitScriptBlockParameterSet in PowerShell's InternalCommands.cs).
    /// Every block runs in the caller's scope (`useLocalScope: false`), so `$n++` inside counts in the caller.
    public func begin(_ context: CommandContext) throws {
        guard memberName == nil else { return }
        // `-Begin $null` still takes the first place (and `-End $null` still counts as given).
        let scripts: [ScriptBlockValue?] = ($beginScript.isBound ? [beginScript] : []) + (processScripts + remainingScripts).map(Optional.some)
        var end = scripts.count
        let start = scripts.count > 1 ? 1 : 0
        endBlock = endScript
        if !$endScript.isBound, scripts.count > 2 {
            end = scripts.count - 1
            endBlock = scripts[end]
        }
        blocks = start < end ? scripts[start..<end].compactMap { $0 } : []
        if end >= 2, let beginBlock = scripts.first ?? nil {
            for value in try context.invokeInCallerScope(beginBlock, dollarUnder: nil) { try context.write(value) }
        }
    }

    public func process(_ context: CommandContext) throws {
        let item: Value? = $inputObject.isBound ? inputObject : nil
        if let memberName {
            guard let item else { return }
            let property = Members.property(of: item, named: memberName, shell: context.shell)
            if argumentList.isEmpty, !property.isNull {
                try context.writeEnumerated(property)
                return
            }
            do {
                try context.writeEnumerated(try Members.invoke(item, memberName, argumentList, shell: context.shell, span: context.span))
            } catch let error as RuntimeError where argumentList.isEmpty && error.record.errorId == "MethodNotFound" {
                // Neither a property nor a method: `$null` goes on, as `{ $_.b }` would give (InternalCommands.cs,
                // ProcessPropertyAndMethodParameterSet).
                try context.write(.null)
            }
            return
        }
        if !context.isFirstInPipeline && item == nil { return }
        for block in blocks {
            for value in try context.invokeInCallerScope(block, dollarUnder: item ?? .null) { try context.write(value) }
        }
    }

    public func end(_ context: CommandContext) throws {
        if let endBlock { for value in try context.invokeInCallerScope(endBlock, dollarUnder: nil) { try context.write(value) } }
    }
}
