import PowerShellSyntax
import ShellEngine

/// `Where-Object` (`?`, `where`): filters with a script block or a comparison statement.
public final class WhereObjectCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Where-Object", className: "Microsoft.PowerShell.Commands.WhereObjectCommand", module: "Microsoft.PowerShell.Core",
        synopsis: "Selects objects from a collection based on their property values.",
        defaultParameterSet: "ScriptBlockSet")

    @Parameter(pipeline: .byValue, description: "Specifies the objects to filter.")
    var inputObject: Value
    @Parameter(mandatory: true, position: 0, set: "ScriptBlockSet", description: "Specifies the script block that is used to filter the objects.")
    var filterScript: ScriptBlockValue?
    @Parameter(mandatory: true, position: 0, set: "Comparison", description: "Specifies the name of a property of the input object.")
    var property: String?
    @Parameter(position: 1, set: "Comparison", description: "Specifies a property value.")
    var value: Value
    // The comparison switches, in the order PowerShell declares them; the first one given is the operator.
    @Parameter("EQ", set: "Comparison") var eq: SwitchParameter
    @Parameter("NE", set: "Comparison") var ne: SwitchParameter
    @Parameter("GT", set: "Comparison") var gt: SwitchParameter
    @Parameter("GE", set: "Comparison") var ge: SwitchParameter
    @Parameter("LT", set: "Comparison") var lt: SwitchParameter
    @Parameter("LE", set: "Comparison") var le: SwitchParameter
    @Parameter(set: "Comparison") var like: SwitchParameter
    @Parameter(set: "Comparison") var notLike: SwitchParameter
    @Parameter(set: "Comparison") var match: SwitchParameter
    @Parameter(set: "Comparison") var notMatch: SwitchParameter
    @Parameter(set: "Comparison") var contains: SwitchParameter
    @Parameter(set: "Comparison") var notContains: SwitchParameter
    @Parameter("In", set: "Comparison") var inSet: SwitchParameter
    @Parameter(set: "Comparison") var notIn: SwitchParameter
    @Parameter("Is", set: "Comparison") var isType: SwitchParameter
    @Parameter("IsNot", set: "Comparison") var isNotType: SwitchParameter
    @Parameter("CEQ", set: "Comparison") var ceq: SwitchParameter
    @Parameter("CNE", set: "Comparison") var cne: SwitchParameter
    @Parameter("CGT", set: "Comparison") var cgt: SwitchParameter
    @Parameter("CGE", set: "Comparison") var cge: SwitchParameter
    @Parameter("CLT", set: "Comparison") var clt: SwitchParameter
    @Parameter("CLE", set: "Comparison") var cle: SwitchParameter
    @Parameter(set: "Comparison") var cLike: SwitchParameter
    @Parameter(set: "Comparison") var cNotLike: SwitchParameter
    @Parameter(set: "Comparison") var cMatch: SwitchParameter
    @Parameter(set: "Comparison") var cNotMatch: SwitchParameter
    @Parameter(set: "Comparison") var cContains: SwitchParameter
    @Parameter(set: "Comparison") var cNotContains: SwitchParameter
    @Parameter("CIn", set: "Comparison") var cInSet: SwitchParameter
    @Parameter(set: "Comparison") var cNotIn: SwitchParameter
    @Parameter(set: "Comparison") var not: SwitchParameter

    public init() {}

    /// The switches by name, in declaration order.
    private var operators: [(name: String, isOn: SwitchParameter)] {
        [
            ("EQ", eq),
            ("NE", ne),
            ("GT", gt),
            ("GE", ge),
            ("LT", lt),
            ("LE", le),
            ("Like", like),
            ("NotLike", notLike),
            ("Match", match),
            ("NotMatch", notMatch),
            ("Contains", contains),
            ("NotContains", notContains),
            ("In", inSet),
            ("NotIn", notIn),
            ("Is", isType),
            ("IsNot", isNotType),
            ("CEQ", ceq),
            ("CNE", cne),
            ("CGT", cgt),
            ("CGE", cge),
            ("CLT", clt),
            ("CLE", cle),
            ("CLike", cLike),
            ("CNotLike", cNotLike),
            ("CMatch", cMatch),
            ("CNotMatch", cNotMatch),
            ("CContains", cContains),
            ("CNotContains", cNotContains),
            ("CIn", cInSet),
            ("CNotIn", cNotIn),
            ("Not", not),
        ]
    }

    public func process(_ context: CommandContext) throws {
        guard let item = context.inputObject else { return }
        if let filterScript {
            // In the caller's scope, as ForEach-Object (WhereObjectCommand.ProcessRecord: `useLocalScope: false`).
            if LanguagePrimitives.isTrue(Value.fromPipelineOutput(try context.invokeInCallerScope(filterScript, dollarUnder: item))) { try context.write(item) }
            return
        }
        guard let property else { return }
        let left = Members.property(of: item, named: property, shell: context.shell)
        let right = $value.isBound ? value : .bool(true)
        guard let op = operators.first(where: { $0.isOn.isPresent })?.name else {
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
        } else if let comparison = ComparisonOperator(rawValue: name) {
            result = try Operators.compare(comparison, caseSensitive, left, right, shell: context.shell, span: context.span)
        } else {
            result = .bool(false)
        }
        if LanguagePrimitives.isTrue(result) { try context.write(item) }
    }
}
