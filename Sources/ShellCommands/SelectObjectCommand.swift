import ShellEngine
import ShellFormatting
/// `Select-Object`: -First, -Last, -Skip, -SkipLast, -Index, -Unique, -Property, -ExcludeProperty, -ExpandProperty.
public final class SelectObjectCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Select-Object", className: "Microsoft.PowerShell.Commands.SelectObjectCommand",
        synopsis: "Selects objects or object properties.",
        description: "The Select-Object cmdlet selects specified properties of an object or set of objects. It can also select unique objects, a specified number of objects, or objects in a specified position in an array.",
        defaultParameterSet: "DefaultParameter",
        examples: [HelpExample("Get-Process | Select-Object -Property ProcessName, Id -Last 5", "Selects the name and id of the last five processes.")])

    @Parameter(pipeline: .byValue, description: "Specifies objects to send to the cmdlet through the pipeline.")
    var inputObject: Value
    @Parameter(sets: [ParameterSetUse("DefaultParameter", position: 0), ParameterSetUse("SkipLastParameter", position: 0)],
               description: "Specifies the properties to select.")
    var property: [Value]
    // -ExcludeProperty and -ExpandProperty go with -SkipLast too (the 5.1 syntax of Select-Object.md).
    @Parameter(sets: [ParameterSetUse("DefaultParameter"), ParameterSetUse("SkipLastParameter")],
               description: "Specifies the properties that this cmdlet excludes from the operation.")
    var excludeProperty: [String]
    @Parameter(sets: [ParameterSetUse("DefaultParameter"), ParameterSetUse("SkipLastParameter")],
               description: "Specifies a property to select, and indicates that an attempt should be made to expand that property.")
    var expandProperty: String?
    @Parameter(description: "Specifies that if a subset of the input objects has identical properties and values, only a single member of the subset will be selected.")
    var unique: SwitchParameter
    @Parameter(set: "DefaultParameter", description: "Specifies the number of objects to select from the end of an array of input objects.")
    var last: Int?
    @Parameter(set: "DefaultParameter", description: "Specifies the number of objects to select from the beginning of an array of input objects.")
    var first: Int?
    @Parameter(set: "DefaultParameter", description: "Skips (does not select) the specified number of items.")
    var skip: Int = 0
    @Parameter(set: "SkipLastParameter", description: "Skips (does not select) the specified number of items from the end of the list.")
    var skipLast: Int?
    @Parameter(set: "IndexParameter", description: "Selects objects from an array based on their index values.")
    var index: [Int]
    // PowerShell 6.2+'s -SkipIndex (5.1 lacks it).
    @Parameter(set: "SkipIndexParameter", description: "Skips (does not select) the objects from an array based on their index values.")
    var skipIndex: [Int]

    private var items: [Value] = []
    private var emitted = 0
    private var seen = 0

    public init() {}

    private var streams: Bool {
        false
    }

    public func begin(_ context: CommandContext) throws {
        // [ValidateRange(0, int.MaxValue)] on -Index and -SkipIndex (select-object.cs).
        for (name, values) in [("Index", index), ("SkipIndex", skipIndex)] {
            if let negative = values.first(where: { $0 < 0 }) {
                throw context.failure("Cannot validate argument on parameter '\(name)'. The \(negative) argument is less than the minimum allowed range of 0. Supply an argument that is greater than or equal to 0 and then try the command again.",
                                      id: "ParameterArgumentValidationError", category: .invalidData, reason: "ParameterBindingValidationException")
            }
        }
    }

    public func process(_ context: CommandContext) throws {
        // `$null` input is skipped, as if nothing came (Select-Object.cs ProcessRecord).
        guard $inputObject.isBound, !inputObject.isNull else { return }
        let item = inputObject
        // -First without -Last streams and stops upstream once satisfied.
        if let first, last == nil, !unique.isPresent {
            seen += 1
            if seen <= skip { return }
            if emitted >= first { throw context.stopUpstream() }
            emitted += 1
            try emit(item, context)
            if emitted >= first { throw context.stopUpstream() }
            return
        }
        items.append(item)
    }

    public func end(_ context: CommandContext) throws {
        if first != nil && last == nil && !unique.isPresent { return }
        var selected = items
        if $index.isBound {
            let wanted = Set(index)
            selected = items.enumerated().filter { wanted.contains($0.offset) }.map(\.element)
        } else if $skipIndex.isBound {
            let unwanted = Set(skipIndex)
            selected = items.enumerated().filter { !unwanted.contains($0.offset) }.map(\.element)
        } else {
            let skip = max(0, self.skip)
            if let skipLast {
                selected = Array(selected.dropLast(max(0, skipLast)))
            }
            if first != nil || last != nil {
                let afterSkip = Array(selected.dropFirst(skip))
                var indexes: [Int] = []
                if let first { indexes += Array(0..<min(max(0, first), afterSkip.count)) }
                if let last { indexes += Array(max(0, afterSkip.count - max(0, last))..<afterSkip.count) }
                selected = Array(Set(indexes)).sorted().map { afterSkip[$0] }
            } else {
                selected = Array(selected.dropFirst(skip))
            }
        }
        if unique.isPresent {
            var unique: [Value] = []
            for item in selected where !unique.contains(where: { LanguagePrimitives.toString($0) == LanguagePrimitives.toString(item) && LanguagePrimitives.areEqual($0, item, caseSensitive: true) || sameObject($0, item) }) {
                unique.append(item)
            }
            selected = unique
        }
        for item in selected { try emit(item, context) }
    }

    private func sameObject(_ a: Value, _ b: Value) -> Bool {
        if case .object(let x) = a, case .object(let y) = b { return x === y }
        return false
    }

    /// What -Unique with -ExpandProperty has written: uniqueness is of the expanded values (select-object.cs at
    /// 60b3b304f2: FilteredWriteObject runs on each expanded object).
    private var expandedWritten: [Value] = []

    private func writeExpanded(_ value: Value, _ context: CommandContext) throws {
        let values = value.collectionElements ?? (value.isNull ? [] : [value])
        for element in values {
            if unique.isPresent {
                let text = LanguagePrimitives.toString(element)
                if expandedWritten.contains(where: { LanguagePrimitives.toString($0) == text && LanguagePrimitives.areEqual($0, element, caseSensitive: true) }) {
                    continue
                }
                expandedWritten.append(element)
            }
            try context.write(element)
        }
    }

    private func emit(_ item: Value, _ context: CommandContext) throws {
        if let expand = expandProperty {
            let value = try PropertySelection.value(of: item, name: expand, context: context)
            guard let value else {
                try context.writeError(context.errorRecord("Property \"\(expand)\" cannot be found.", id: "ExpandPropertyNotFound",
                                                            category: .invalidArgument, reason: "PSArgumentException", targetObject: item))
                return
            }
            guard !property.isEmpty else {
                try writeExpanded(value, context)
                return
            }
            // With -Property, each expanded item gets the selected properties as notes (Select-Object.md for 5.1,
            // Example 9: Get-Member shows the Name NoteProperty on each Int32); a string or number is wrapped to carry them.
            let notes = try PropertySelection.select(item, properties: property, exclude: excludeProperty, context: context)
            for element in value.collectionElements ?? (value.isNull ? [] : [value]) {
                let target: PSObject
                switch element {
                case .object(let object): target = object
                case .hashtable, .dotNet, .scriptBlock, .null, .type, .secureString:
                    try context.write(element)
                    continue
                default: target = PSObject.wrapping(element)
                }
                for note in notes.properties {
                    if target.hasProperty(note.name) {
                        try context.writeError(context.errorRecord(
                            "The property cannot be processed because the property \"\(note.name)\" already exists.",
                            id: "AlreadyExistingUserSpecifiedPropertyExpand", category: .invalidOperation, reason: "PSArgumentException", targetObject: element))
                        continue
                    }
                    target.setProperty(note.name, note.value)
                }
                try context.write(.object(target))
            }
            return
        }
        if !property.isEmpty {
            try context.write(.object(try PropertySelection.select(item, properties: property, exclude: excludeProperty, context: context)))
            return
        }
        // Passed through unchanged, a custom object gains a Selected.* type name (select-object.cs at 60b3b304f2,
        // SetPSCustomObject).
        if case .object(let object) = item, object.isCustomObject {
            object.typeNames.insert("Selected.System.Management.Automation.PSCustomObject", at: 0)
        }
        try context.write(item)
    }
}
