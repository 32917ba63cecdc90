import ShellEngine
import ShellFormatting
/// `Select-Object`: -First, -Last, -Skip, -SkipLast, -Index, -Unique, -Property, -ExcludeProperty, -ExpandProperty.
public final class SelectObjectCommand: Cmdlet {
    public static let metadata = CommandMetadata(
        name: "Select-Object", className: "Microsoft.PowerShell.Commands.SelectObjectCommand",
        synopsis: "Selects objects or object properties.",
        description: "The Select-Object cmdlet selects specified properties of an object or set of objects. It can also select unique objects, a specified number of objects, or objects in a specified position in an array.",
        parameters: [
            ParameterMetadata("InputObject", .any, pipeline: .byValue, description: "Specifies objects to send to the cmdlet through the pipeline."),
            ParameterMetadata("Property", .array(.any), position: 0, set: "DefaultParameter", description: "Specifies the properties to select.")
                .also(in: "SkipLastParameter", position: 0),
            ParameterMetadata("ExcludeProperty", .array(.string), set: "DefaultParameter", description: "Specifies the properties that this cmdlet excludes from the operation."),
            ParameterMetadata("ExpandProperty", .string, set: "DefaultParameter", description: "Specifies a property to select, and indicates that an attempt should be made to expand that property."),
            ParameterMetadata("Unique", .switchParameter, description: "Specifies that if a subset of the input objects has identical properties and values, only a single member of the subset will be selected."),
            ParameterMetadata("Last", .int, set: "DefaultParameter", description: "Specifies the number of objects to select from the end of an array of input objects."),
            ParameterMetadata("First", .int, set: "DefaultParameter", description: "Specifies the number of objects to select from the beginning of an array of input objects."),
            ParameterMetadata("Skip", .int, set: "DefaultParameter", description: "Skips (does not select) the specified number of items."),
            ParameterMetadata("SkipLast", .int, set: "SkipLastParameter", description: "Skips (does not select) the specified number of items from the end of the list."),
            ParameterMetadata("Index", .array(.int), set: "IndexParameter", description: "Selects objects from an array based on their index values."),
        ],
        defaultParameterSet: "DefaultParameter",
        examples: [HelpExample("Get-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA | Select-Object -Last 1", "Selects the last trusted key provider in the list.")])

    private var items: [Value] = []
    private var emitted = 0
    private var seen = 0

    public init() {}

    private var streams: Bool {
        false
    }

    public func process(_ context: CommandContext) throws {
        guard let item = context.inputObject ?? context.parameters["InputObject"] else { return }
        let p = context.parameters
        // -First without -Last streams and stops upstream once satisfied.
        if let first = p.int("First"), !p.has("Last"), !p.isOn("Unique") {
            seen += 1
            if seen <= (p.int("Skip") ?? 0) { return }
            if emitted >= first { throw context.stopUpstream() }
            emitted += 1
            try emit(item, context)
            if emitted >= first { throw context.stopUpstream() }
            return
        }
        items.append(item)
    }

    public func end(_ context: CommandContext) throws {
        let p = context.parameters
        if p.int("First") != nil && !p.has("Last") && !p.isOn("Unique") { return }
        var selected = items
        if let indexes = p[ "Index"] {
            let wanted = Set(indexes.enumerated.compactMap { try? LanguagePrimitives.toInt($0) })
            selected = items.enumerated().filter { wanted.contains($0.offset) }.map(\.element)
        } else {
            let skip = max(0, p.int("Skip") ?? 0)
            if let skipLast = p.int("SkipLast") {
                selected = Array(selected.dropLast(max(0, skipLast)))
            }
            let first = p.int("First")
            let last = p.int("Last")
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
        if p.isOn("Unique") {
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

    private func emit(_ item: Value, _ context: CommandContext) throws {
        let p = context.parameters
        if let expand = p.string("ExpandProperty") {
            let value = try PropertySelection.value(of: item, name: expand, context: context)
            guard let value else {
                try context.writeError(context.errorRecord("Property \"\(expand)\" cannot be found.", id: "ExpandPropertyNotFound",
                                                            category: .invalidArgument, reason: "PSArgumentException", targetObject: item))
                return
            }
            try context.writeEnumerated(value)
            return
        }
        if let properties = p["Property"], !properties.isNull {
            try context.write(.object(try PropertySelection.select(item, properties: properties.enumerated, exclude: p.strings("ExcludeProperty") ?? [], context: context)))
            return
        }
        try context.write(item)
    }
}
