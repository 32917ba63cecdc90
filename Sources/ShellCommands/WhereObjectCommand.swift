import ShellEngine
import ShellFormatting
/// `Where-Object` (`?`, `where`): filters with a script block or a comparison statement.
public final class WhereObjectCommand: Cmdlet {
    static let operators = ["EQ", "NE", "GT", "GE", "LT", "LE", "Like", "NotLike", "Match", "NotMatch", "Contains", "NotContains", "In", "NotIn", "Is", "IsNot",
                            "CEQ", "CNE", "CGT", "CGE", "CLT", "CLE", "CLike", "CNotLike", "CMatch", "CNotMatch", "CContains", "CNotContains", "CIn", "CNotIn", "Not"]
    public static let metadata = CommandMetadata(
        name: "Where-Object", className: "Microsoft.PowerShell.Commands.WhereObjectCommand", module: "Microsoft.PowerShell.Core",
        synopsis: "Selects objects from a collection based on their property values.",
        parameters: [
            ParameterMetadata("InputObject", .any, pipeline: .byValue, description: "Specifies the objects to filter."),
            ParameterMetadata("FilterScript", .scriptBlock, mandatory: true, position: 0, set: "ScriptBlockSet", description: "Specifies the script block that is used to filter the objects."),
            ParameterMetadata("Property", .string, mandatory: true, position: 0, set: "Comparison", description: "Specifies the name of a property of the input object."),
            ParameterMetadata("Value", .any, position: 1, set: "Comparison", description: "Specifies a property value."),
        ] + operators.map { ParameterMetadata($0, .switchParameter, set: "Comparison") },
        defaultParameterSet: "ScriptBlockSet")

    public init() {}

    public func process(_ context: CommandContext) throws {
        guard let item = context.inputObject else { return }
        let p = context.parameters
        if case .scriptBlock(let block)? = p["FilterScript"] {
            if LanguagePrimitives.isTrue(Value.fromPipelineOutput(try context.invoke(block, dollarUnder: item))) { try context.write(item) }
            return
        }
        guard let property = p.string("Property") else { return }
        let left = Members.property(of: item, named: property, shell: context.shell)
        let right = p["Value"] ?? .bool(true)
        guard let op = Self.operators.first(where: { p.isOn($0) }) else {
            if LanguagePrimitives.isTrue(left) { try context.write(item) }
            return
        }
        if op == "Not" {
            if !LanguagePrimitives.isTrue(left) { try context.write(item) }
            return
        }
        let caseSensitive = op.hasPrefix("C") && op != "Contains"
        let name = (caseSensitive ? String(op.dropFirst()) : op).lowercased()
        let result: Value
        if name == "is" || name == "isnot" {
            let matches = Conversion.isInstance(left, of: TypeNames.canonical(LanguagePrimitives.toString(right)) ?? LanguagePrimitives.toString(right))
            result = .bool(name == "is" ? matches : !matches)
        } else if let comparison = PowerShellSyntaxComparison(rawValue: name) {
            result = try Operators.compare(comparison.op, caseSensitive, left, right, shell: context.shell, span: context.span)
        } else {
            result = .bool(false)
        }
        if LanguagePrimitives.isTrue(result) { try context.write(item) }
    }
}

import PowerShellSyntax

/// Maps Where-Object's switch names to comparison operators.
struct PowerShellSyntaxComparison {
    let op: ComparisonOperator
    init?(rawValue: String) {
        guard let op = ComparisonOperator(rawValue: rawValue) else { return nil }
        self.op = op
    }
}
