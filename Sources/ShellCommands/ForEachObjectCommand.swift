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
    @Parameter(mandatory: true, position: 0, set: "PropertyAndMethodSet", description: "Specifies the name of the member property to get or the member method to call.")
    var memberName: String?
    @Parameter(aliases: ["Args"], position: 1, set: "PropertyAndMethodSet", description: "Specifies an array of arguments to a method call.")
    var argumentList: [Value]

    private var blocks: [ScriptBlockValue] = []
    private var beginBlock: ScriptBlockValue?
    private var endBlock: ScriptBlockValue?

    public init() {}

    public func begin(_ context: CommandContext) throws {
        let scripts = processScripts
        beginBlock = beginScript
        endBlock = endScript
        blocks = scripts
        // Positional blocks: 2 → begin+process, 3 → begin+process+end.
        if beginBlock == nil && endBlock == nil && scripts.count >= 2 {
            beginBlock = scripts[0]
            if scripts.count >= 3 { endBlock = scripts[scripts.count - 1]; blocks = Array(scripts[1..<(scripts.count - 1)]) } else { blocks = [scripts[1]] }
        }
        if let beginBlock { for value in try context.invoke(beginBlock, dollarUnder: nil) { try context.write(value) } }
    }

    public func process(_ context: CommandContext) throws {
        let item: Value? = $inputObject.isBound ? inputObject : nil
        if let memberName {
            guard let item else { return }
            let property = Members.property(of: item, named: memberName, shell: context.shell)
            if argumentList.isEmpty, !property.isNull {
                try context.writeEnumerated(property)
            } else {
                try context.writeEnumerated(try Members.invoke(item, memberName, argumentList, shell: context.shell, span: context.span))
            }
            return
        }
        if !context.isFirstInPipeline && item == nil { return }
        for block in blocks {
            for value in try context.invoke(block, dollarUnder: item ?? .null) { try context.write(value) }
        }
    }

    public func end(_ context: CommandContext) throws {
        if let endBlock { for value in try context.invoke(endBlock, dollarUnder: nil) { try context.write(value) } }
    }
}
