import Foundation
import ShellEngine

/// `Compare-Object` (`compare`, `diff`): which objects are only in the reference set (`<=`), only in the
/// difference set (`=>`), or in both (`==`, with -IncludeEqual). The order of the output follows PowerShell's
/// algorithm (CompareObjectCommand.cs): each difference object is matched against the next reference object,
/// then against the backlogs of unmatched ones; what is left is written at the end, differences first.
public final class CompareObjectCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Compare-Object", className: "Microsoft.PowerShell.Commands.CompareObjectCommand", module: "Microsoft.PowerShell.Utility",
        synopsis: "Compares two sets of objects.",
        description: "The Compare-Object cmdlet compares two sets of objects. One set of objects is the reference, and the other set of objects is the difference. The result indicates whether a property value appeared only in the reference set (<=), only in the difference set (=>), or, with -IncludeEqual, in both sets (==).",
        examples: [
            HelpExample("Compare-Object -ReferenceObject 1,2,3 -DifferenceObject 2,3,4", "4 is only in the difference set (=>), 1 only in the reference set (<=)."),
            HelpExample("Compare-Object $before $after -Property Name -IncludeEqual", "Compares the objects by their Name property, and lists the equal ones too."),
        ])

    @Parameter(mandatory: true, position: 0, description: "Specifies an array of objects used as a reference for comparison.")
    var referenceObject: [Value]
    @Parameter(mandatory: true, position: 1, pipeline: .byValue, description: "Specifies the objects that are compared to the reference objects.")
    var differenceObject: [Value]
    @Parameter(description: "Specifies how many adjacent objects Compare-Object inspects while looking for a match in a collection of objects.")
    var syncWindow: Int = Int(Int32.max)
    @Parameter(position: 2, description: "Specifies an array of properties of the reference and difference objects to compare. Enter a property name or a calculated property.")
    var property: [Value]
    @Parameter(description: "Indicates that this cmdlet displays only the characteristics of compared objects that are equal.")
    var excludeDifferent: SwitchParameter
    @Parameter(description: "Indicates that this cmdlet displays characteristics of compared objects that are equal. By default, only characteristics that differ between the reference and difference objects are displayed.")
    var includeEqual: SwitchParameter
    @Parameter(description: "When you use the PassThru parameter, Compare-Object omits the PSCustomObject wrapper around the compared objects and returns the differing objects, unchanged, with a SideIndicator property added.")
    var passThru: SwitchParameter
    @Parameter(description: "Indicates that comparisons should be case-sensitive.")
    var caseSensitive: SwitchParameter

    public init() {}

    private struct Entry {
        var object: Value
        var values: [Value]
    }

    private var keys: [SortKey]?
    private var references: [Entry] = []
    private var referenceIndex = 0
    private var referenceBacklog: [Entry] = []
    private var differenceBacklog: [Entry] = []
    private var showEqual = false

    public func begin(_ context: CommandContext) throws {
        showEqual = includeEqual.isPresent
        // -ExcludeDifferent implies -IncludeEqual unless -IncludeEqual:$false was given.
        if excludeDifferent.isPresent && !($includeEqual.isBound && !includeEqual.isPresent) { showEqual = true }
    }

    public func process(_ context: CommandContext) throws {
        let keys = try self.keys ?? SortKey.keys(from: property, first: referenceObject.first ?? differenceObject.first, descending: false, context: context)
        if self.keys == nil {
            self.keys = keys
            references = try referenceObject.map { try entry($0, keys) }
        }
        for object in differenceObject {
            try compare(try entry(object, keys), context)
        }
    }

    public func end(_ context: CommandContext) throws {
        while referenceIndex < references.count { try compare(nil, context) }
        for entry in differenceBacklog { try emit(entry, "=>", context) }
        differenceBacklog.removeAll()
        for entry in referenceBacklog { try emit(entry, "<=", context) }
        referenceBacklog.removeAll()
    }

    private func entry(_ object: Value, _ keys: [SortKey]) throws -> Entry {
        Entry(object: object, values: try keys.map { try $0.value(object) ?? .null })
    }

    private func same(_ a: Entry, _ b: Entry) -> Bool {
        SortKey.compare(a.values, b.values, keys: keys ?? [], caseSensitive: caseSensitive.isPresent) == .orderedSame
    }

    private func compare(_ incoming: Entry?, _ context: CommandContext) throws {
        var difference = incoming
        var reference: Entry?
        if referenceIndex < references.count {
            reference = references[referenceIndex]
            referenceIndex += 1
        }
        if let reference, let difference, same(reference, difference) {
            return try emitMatch(reference, context)
        }
        if let current = difference, let index = referenceBacklog.firstIndex(where: { same(current, $0) }) {
            try emitMatch(referenceBacklog.remove(at: index), context)
            difference = nil
        }
        if let current = reference, let index = differenceBacklog.firstIndex(where: { same(current, $0) }) {
            differenceBacklog.remove(at: index)
            try emitMatch(current, context)
            reference = nil
        }
        if let difference {
            if syncWindow > 0 {
                while differenceBacklog.count >= syncWindow { try emit(differenceBacklog.removeFirst(), "=>", context) }
                differenceBacklog.append(difference)
            } else {
                try emit(difference, "=>", context)
            }
        }
        if let reference {
            if syncWindow > 0 {
                while referenceBacklog.count >= syncWindow { try emit(referenceBacklog.removeFirst(), "<=", context) }
                referenceBacklog.append(reference)
            } else {
                try emit(reference, "<=", context)
            }
        }
    }

    private func emitMatch(_ entry: Entry, _ context: CommandContext) throws {
        if showEqual { try write(entry, "==", context) }
    }

    private func emit(_ entry: Entry, _ side: String, _ context: CommandContext) throws {
        if !excludeDifferent.isPresent { try write(entry, side, context) }
    }

    private func write(_ entry: Entry, _ side: String, _ context: CommandContext) throws {
        if passThru.isPresent {
            // The object itself, with a SideIndicator note property added (a non-object is wrapped to carry it).
            let object: PSObject
            if case .object(let existing) = entry.object { object = existing } else { object = PSObject.wrapping(entry.object) }
            object.setProperty("SideIndicator", .string(side))
            return try context.write(.object(object))
        }
        var properties: [PSProperty] = []
        if property.isEmpty {
            properties.append(PSProperty(name: "InputObject", value: entry.object))
        } else {
            for (index, spec) in property.enumerated() where index < entry.values.count {
                let name: String
                if case .hashtable(let table) = spec, let label = table["Expression"] ?? table["E"] {
                    name = LanguagePrimitives.toString(label)
                } else {
                    name = LanguagePrimitives.toString(spec)
                }
                properties.append(PSProperty(name: name, value: entry.values[index]))
            }
        }
        properties.append(PSProperty(name: "SideIndicator", value: .string(side)))
        try context.write(.object(PSObject(typeNames: ["System.Management.Automation.PSCustomObject", "System.Object"], properties: properties)))
    }
}
