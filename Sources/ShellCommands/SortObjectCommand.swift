import ShellEngine
import ShellFormatting
import Foundation

/// `Sort-Object` (`sort`): orders input by properties, script blocks or the objects themselves.
public final class SortObjectCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Sort-Object", className: "Microsoft.PowerShell.Commands.SortObjectCommand",
        synopsis: "Sorts objects by property values.",
        description: "The Sort-Object cmdlet sorts objects in ascending or descending order based on object property values. If sort properties aren't included in a command, PowerShell uses default sort properties of the first input object.",
        defaultParameterSet: "Default",
        // Example 2 of https://learn.microsoft.com/powershell/module/microsoft.powershell.utility/sort-object?view=powershell-5.1
        examples: [HelpExample("Get-ChildItem -Path C:\\Test -File | Sort-Object -Property Length", "Sorts the files in the C:\\Test directory by length, in ascending order.")])

    @Parameter(pipeline: .byValue, description: "To sort objects, send them down the pipeline to Sort-Object.")
    var inputObject: Value
    @Parameter(position: 0, description: "Specifies the property names that Sort-Object uses to sort the objects. Wildcards are permitted.")
    var property: [Value]
    @Parameter(description: "Indicates that Sort-Object sorts the objects in descending order.")
    var descending: SwitchParameter
    @Parameter(description: "Indicates that Sort-Object eliminates duplicates and returns only the unique members of the collection.")
    var unique: SwitchParameter
    @Parameter(description: "Indicates that the sort is case-sensitive.")
    var caseSensitive: SwitchParameter
    @Parameter(set: "Stable", description: "The sorted objects are delivered in the order they were received when the sort criteria are equal.")
    var stable: SwitchParameter
    @Parameter(mandatory: true, set: "Top", description: "Specifies the number of objects to get from the start of a sorted object array.")
    var top: Int?
    @Parameter(mandatory: true, set: "Bottom", description: "Specifies the number of objects to get from the end of a sorted object array.")
    var bottom: Int?

    private var items: [Value] = []

    public init() {}

    public func process(_ context: CommandContext) throws {
        // `$null` input is dropped (OrderObjectBase.cs ProcessRecord).
        guard $inputObject.isBound, !inputObject.isNull else { return }
        items.append(inputObject)
    }

    public func end(_ context: CommandContext) throws {
        let descending = self.descending.isPresent
        let caseSensitive = self.caseSensitive.isPresent
        let keys = try SortKey.keys(from: property, first: items.first, descending: descending, context: context)
        var sorted = try items.enumerated().map { offset, item in (offset, item, try keys.map { try $0.value(item) }) }
        // -Stable (PowerShell 7) breaks ties by input order; otherwise .NET's unstable sort decides, as in 5.1.
        let stable = self.stable.isPresent
        IntrospectiveSort.sort(&sorted) { a, b in
            switch SortKey.compare(a.2, b.2, keys: keys, caseSensitive: caseSensitive) {
            case .orderedAscending: return -1
            case .orderedDescending: return 1
            case .orderedSame: return stable ? (a.0 < b.0 ? -1 : (a.0 == b.0 ? 0 : 1)) : 0
            }
        }
        if unique.isPresent {
            // Of each run of equal items the first stays (sort-object.cs at 60b3b304f2, RemoveDuplicates).
            var unique: [(Int, Value, [Value?])] = []
            for entry in sorted where !(unique.last.map { SortKey.compare($0.2, entry.2, keys: keys, caseSensitive: caseSensitive) == .orderedSame } ?? false) {
                unique.append(entry)
            }
            sorted = unique
        }
        var result = sorted.map(\.1)
        if let top { result = Array(result.prefix(max(0, top))) }
        if let bottom { result = Array(result.suffix(max(0, bottom))) }
        for item in result { try context.write(item) }
    }
}
