import ShellEngine

/// `Get-Unique` (`gu`): drops an item equal to the one written before it, so a sorted list comes out with one of
/// each. Windows PowerShell 5.1 compares case-sensitively and has no -CaseInsensitive (added in PowerShell 7.4).
public final class GetUniqueCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Get-Unique", className: "Microsoft.PowerShell.Commands.GetUniqueCommand", module: "Microsoft.PowerShell.Utility",
        synopsis: "Returns unique items from a sorted list.",
        description: "The Get-Unique cmdlet compares each item in a sorted list to the next item, eliminates duplicates, and returns only one instance of each item. The list must be sorted for the cmdlet to work properly. Get-Unique is case-sensitive. As a result, strings that differ only in character casing are considered to be unique.",
        defaultParameterSet: "AsString",
        examples: [
            HelpExample("1,1,1,1,12,23,4,5,4643,5,3,3,3,3,3,3,3 | Sort-Object | Get-Unique", "Finds the unique members of a set of integers."),
            HelpExample("Get-ChildItem | Sort-Object {$_.GetType()} | Get-Unique -OnType", "Returns one object of each type."),
        ])

    @Parameter(pipeline: .byValue, description: "Specifies input for Get-Unique. Input submitted with InputObject is treated as one item: a collection is not enumerated, so it is returned unchanged.")
    var inputObject: Value
    @Parameter(set: "AsString", description: "Indicates that this cmdlet uses the data as a string. Without this parameter, data is treated as an object, so when you submit a collection of objects of the same type to Get-Unique, such as a collection of files, it returns just one (the first).")
    var asString: SwitchParameter
    @Parameter(set: "UniqueByType", description: "Indicates that this cmdlet returns only one object of each type.")
    var onType: SwitchParameter

    public init() {}

    private var last: Value?
    private var lastText: String?

    public func process(_ context: CommandContext) throws {
        guard $inputObject.isBound else { return }
        let item = inputObject
        if let last {
            if isDuplicate(item, of: last) { return }
        }
        last = item
        lastText = nil
        try context.write(item)
    }

    /// GetUnique.cs: the first type name (-OnType), the text compared ordinally in the current culture (-AsString),
    /// else the objects compared case-sensitively as Sort-Object compares them.
    private func isDuplicate(_ item: Value, of last: Value) -> Bool {
        if onType.isPresent {
            return LanguagePrimitives.typeNames(of: item).first == LanguagePrimitives.typeNames(of: last).first
        }
        if asString.isPresent {
            let previous = lastText ?? LanguagePrimitives.toString(last)
            lastText = previous
            return LanguagePrimitives.toString(item) == previous
        }
        if let order = LanguagePrimitives.compare(item, last, caseSensitive: true) { return order == .orderedSame }
        return LanguagePrimitives.toString(item) == LanguagePrimitives.toString(last)
    }
}
