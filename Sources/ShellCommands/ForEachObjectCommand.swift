import ShellEngine
import ShellFormatting
/// `ForEach-Object` (`%`, `foreach`): runs a script block per input object, or reads a member.
public final class ForEachObjectCommand: Cmdlet {
    public static let metadata = CommandMetadata(
        name: "ForEach-Object", className: "Microsoft.PowerShell.Commands.ForEachObjectCommand", module: "Microsoft.PowerShell.Core",
        synopsis: "Performs an operation against each item in a collection of input objects.",
        parameters: [
            ParameterMetadata("InputObject", .any, pipeline: .byValue, description: "Specifies the input objects."),
            ParameterMetadata("Process", .array(.scriptBlock), mandatory: true, position: 0, set: "ScriptBlockSet", description: "Specifies the operation that is performed on each input object."),
            ParameterMetadata("Begin", .scriptBlock, set: "ScriptBlockSet", description: "Specifies a script block that runs before this cmdlet processes any input objects."),
            ParameterMetadata("End", .scriptBlock, set: "ScriptBlockSet", description: "Specifies a script block that runs after this cmdlet processes all input objects."),
            ParameterMetadata("MemberName", .string, mandatory: true, position: 0, set: "PropertyAndMethodSet", description: "Specifies the name of the member property to get or the member method to call."),
            ParameterMetadata("ArgumentList", .array(.any), aliases: ["Args"], position: 1, set: "PropertyAndMethodSet", description: "Specifies an array of arguments to a method call."),
        ],
        defaultParameterSet: "ScriptBlockSet")

    private var blocks: [ScriptBlockValue] = []
    private var beginBlock: ScriptBlockValue?
    private var endBlock: ScriptBlockValue?

    public init() {}

    public func begin(_ context: CommandContext) throws {
        let scripts = context.parameters.list("Process").compactMap { value -> ScriptBlockValue? in
            if case .scriptBlock(let block) = value { return block } else { return nil }
        }
        if case .scriptBlock(let block)? = context.parameters["Begin"] { beginBlock = block }
        if case .scriptBlock(let block)? = context.parameters["End"] { endBlock = block }
        blocks = scripts
        // Positional blocks: 2 → begin+process, 3 → begin+process+end.
        if beginBlock == nil && endBlock == nil && scripts.count >= 2 {
            beginBlock = scripts[0]
            if scripts.count >= 3 { endBlock = scripts[scripts.count - 1]; blocks = Array(scripts[1..<(scripts.count - 1)]) } else { blocks = [scripts[1]] }
        }
        if let beginBlock { for value in try context.invoke(beginBlock, dollarUnder: nil) { try context.write(value) } }
    }

    public func process(_ context: CommandContext) throws {
        let item = context.inputObject ?? context.parameters["InputObject"]
        if let member = context.parameters.string("MemberName") {
            guard let item else { return }
            let arguments = context.parameters.list("ArgumentList")
            let property = Members.property(of: item, named: member, shell: context.shell)
            if arguments.isEmpty, !property.isNull {
                try context.writeEnumerated(property)
            } else {
                try context.writeEnumerated(try Members.invoke(item, member, arguments, shell: context.shell, span: context.span))
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
