import ShellEngine
import ShellFormatting
/// `Group-Object` (`group`): groups objects that have the same value for the given properties.
public final class GroupObjectCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Group-Object", className: "Microsoft.PowerShell.Commands.GroupObjectCommand",
        synopsis: "Groups objects that contain the same value for specified properties.",
        description: "The Group-Object cmdlet displays objects in groups based on the value of a specified property. Group-Object returns a table with one row for each property value and a column that displays the number of items with that value.")

    @Parameter(pipeline: .byValue, description: "Specifies the objects to group.")
    var inputObject: Value
    @Parameter(position: 0, description: "Specifies the properties for grouping.")
    var property: [Value]
    @Parameter(description: "Indicates that this cmdlet omits the members of a group from the results.")
    var noElement: SwitchParameter
    @Parameter(aliases: ["AHT"], description: "Indicates that this cmdlet returns the group as a hash table.")
    var asHashTable: SwitchParameter
    @Parameter(description: "Indicates that this cmdlet converts the key of the groups to a string.")
    var asString: SwitchParameter
    @Parameter(description: "Indicates that this cmdlet makes the grouping case-sensitive.")
    var caseSensitive: SwitchParameter

    static let typeName = "Microsoft.PowerShell.Commands.GroupInfo"
    private var items: [Value] = []

    public init() {}

    public func process(_ context: CommandContext) throws {
        guard $inputObject.isBound else { return }
        if items.isEmpty {
            // Checked on the first object, as Group-Object.cs ProcessRecord does (UtilityCommonStrings).
            if asString.isPresent && !asHashTable.isPresent {
                throw context.failure("The command cannot be run because the AsString parameter requires that you specify the AsHashtable parameter.",
                                      id: "ArgumentException", category: .invalidArgument, reason: "ArgumentException")
            }
            if asHashTable.isPresent && !asString.isPresent && property.count > 1 {
                throw context.failure("The command cannot be run because using the AsHashTable parameter with more than one property requires adding the AsString parameter.",
                                      id: "ArgumentException", category: .invalidArgument, reason: "ArgumentException")
            }
        }
        items.append(inputObject)
    }

    public func end(_ context: CommandContext) throws {
        let keys = try SortKey.keys(from: property, first: items.first, descending: false, context: context)
        let caseSensitive = self.caseSensitive.isPresent
        var groups: [(values: [Value], name: String, members: [Value])] = []
        var index: [String: Int] = [:]
        for item in items {
            let values = try keys.map { try $0.value(item) ?? .null }
            let name = values.map { LanguagePrimitives.toString($0) }.joined(separator: ", ")
            let lookup = caseSensitive ? name : name.lowercased()
            if let at = index[lookup] {
                groups[at].members.append(item)
            } else {
                index[lookup] = groups.count
                groups.append((values, name, [item]))
            }
        }
        if asHashTable.isPresent {
            let table = PSHashtable()
            for group in groups {
                let key: Value = asString.isPresent || group.values.count != 1 ? .string(group.name) : group.values[0]
                table[key] = .array(group.members)
            }
            try context.write(.hashtable(table))
            return
        }
        for group in groups {
            let names = noElement.isPresent ? [Self.typeName + "NoElement", Self.typeName, "System.Object"] : [Self.typeName, "System.Object"]
            let object = PSObject(typeNames: names)
            object.setProperty("Count", .int(group.members.count))
            object.setProperty("Name", .string(group.name))
            if !noElement.isPresent { object.setProperty("Group", .array(group.members)) }
            object.setProperty("Values", .array(group.values))
            try context.write(.object(object))
        }
    }

    /// Count (5, right), Name (25), Group: PowerShell's GroupInfo table.
    static var views: [FormatView] {
        [
            FormatView(typeName: typeName, shape: .table([
                TableColumn("Count", width: 5, alignment: .right),
                TableColumn("Name", width: 25, alignment: .left),
                TableColumn("Group", alignment: .left),
            ])),
            FormatView(typeName: typeName + "NoElement", shape: .table([
                TableColumn("Count", width: 5, alignment: .right),
                TableColumn("Name", alignment: .left),
            ])),
        ]
    }
}
