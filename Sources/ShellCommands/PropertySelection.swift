import ShellEngine
import ShellFormatting
import Foundation
/// Property lists of Select-Object, Format-Table and Sort-Object: names (with wildcards) and
/// calculated properties (`@{Name='X'; Expression={...}}`).
enum PropertySelection {
    struct Column {
        var name: String
        /// `FormatString`, `Width` and `Alignment` of a calculated property (Format-Table uses them).
        var formatString: String? = nil
        var width: Int? = nil
        var alignment: ColumnAlignment? = nil
        var compute: (Value) throws -> Value
    }

    /// The key of a calculated property's hashtable: any unambiguous start of its name, as PowerShell
    /// takes `n`, `l`, `e`, `ex`, `f`, `w`, `a`.
    private enum Key: CaseIterable {
        case name, label, expression, formatString, width, alignment

        var fullName: String {
            switch self {
            case .name: return "name"
            case .label: return "label"
            case .expression: return "expression"
            case .formatString: return "formatstring"
            case .width: return "width"
            case .alignment: return "alignment"
            }
        }

        static func of(_ written: String) -> Key? {
            let lower = written.lowercased()
            guard !lower.isEmpty else { return nil }
            let matches = allCases.filter { $0.fullName.hasPrefix(lower) }
            return matches.count == 1 ? matches[0] : nil
        }
    }

    static func columns(_ specs: [Value], for item: Value, context: CommandContext) throws -> [Column] {
        var columns: [Column] = []
        for spec in specs {
            switch spec {
            case .hashtable(let table):
                var keys: [Key: Value] = [:]
                for entry in table.entries {
                    let written = LanguagePrimitives.toString(entry.key)
                    guard let key = Key.of(written) else {
                        throw context.failure("The \(written) key is not valid.", id: "DictionaryKeyUnknownType", category: .invalidArgument, reason: "NotSupportedException")
                    }
                    keys[key] = entry.value
                }
                let expression = keys[.expression] ?? .null
                var name = keys[.name] ?? keys[.label]
                if name == nil, case .string(let text) = expression { name = .string(text) }
                if name == nil, case .scriptBlock(let block) = expression { name = .string(block.text.trimmingCharacters(in: .whitespaces)) }
                let label = LanguagePrimitives.toString(name ?? .string(""))
                if case .scriptBlock(let block) = expression, block.text.trimmingCharacters(in: .whitespaces).isEmpty, name == nil {
                    throw context.failure("A property is an empty script block and does not provide a name.", id: "EmptyScriptBlockAndNoName", category: .invalidArgument, reason: "PSArgumentException")
                }
                var alignment: ColumnAlignment?
                switch keys[.alignment].map({ LanguagePrimitives.toString($0).lowercased() }) {
                case "left"?: alignment = .left
                case "right"?: alignment = .right
                case "center"?: alignment = .center
                default: alignment = nil
                }
                let width = keys[.width].flatMap { try? LanguagePrimitives.toInt($0, typeName: "System.Int32") }
                columns.append(Column(name: label, formatString: keys[.formatString].map { LanguagePrimitives.toString($0) },
                                      width: width, alignment: alignment) { value in
                    switch expression {
                    case .scriptBlock(let block): return Value.fromPipelineOutput(try context.invoke(block, dollarUnder: value))
                    default: return Members.property(of: value, named: LanguagePrimitives.toString(expression), shell: context.shell)
                    }
                })
            case .scriptBlock(let block):
                columns.append(Column(name: block.text.trimmingCharacters(in: .whitespaces)) { value in
                    Value.fromPipelineOutput(try context.invoke(block, dollarUnder: value))
                })
            default:
                let name = LanguagePrimitives.toString(spec)
                let pattern = WildcardPattern(name)
                if pattern.hasWildcards {
                    for property in propertyNames(item) where pattern.matches(property) {
                        columns.append(Column(name: property) { value in Members.property(of: value, named: property, shell: context.shell) })
                    }
                } else {
                    let canonical = propertyNames(item).first { $0.lowercased() == name.lowercased() } ?? name
                    columns.append(Column(name: canonical) { value in Members.property(of: value, named: name, shell: context.shell) })
                }
            }
        }
        return columns
    }

    static func propertyNames(_ item: Value) -> [String] {
        switch item {
        case .object(let object): return object.properties.map(\.name)
        case .hashtable(let table): return table.entries.map { LanguagePrimitives.toString($0.key) }
        case .string: return ["Length"]
        default: return []
        }
    }

    static func select(_ item: Value, properties: [Value], exclude: [String], context: CommandContext) throws -> PSObject {
        let typeName = "Selected." + LanguagePrimitives.typeName(of: item)
        let object = PSObject(typeNames: [typeName, "System.Management.Automation.PSCustomObject", "System.Object"])
        let excluded = exclude.map { WildcardPattern($0) }
        for spec in properties {
            // A bare script block names its property by its text as written, spaces kept, and an empty one has no
            // name at all: a terminating error (select-object.cs at 60b3b304f2, ProcessParameter, EmptyScriptBlockAndNoName).
            guard case .scriptBlock(let block) = spec else { continue }
            if block.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                throw context.failure("A property is an empty script block and does not provide a name.", id: "EmptyScriptBlockAndNoName",
                                      category: .invalidArgument, reason: "PSArgumentException")
            }
        }
        for (spec, column) in zip(properties.flatMap { spec in expandedSpecs(spec, item) }, try columns(properties, for: item, context: context))
        where !excluded.contains(where: { $0.matches(column.name) }) {
            let name: String
            if case .scriptBlock(let block) = spec { name = block.text } else { name = column.name }
            object.setProperty(name, try column.compute(item))
        }
        return object
    }

    /// The spec behind each column `columns` makes for `spec` (a wildcard name makes one column per match).
    private static func expandedSpecs(_ spec: Value, _ item: Value) -> [Value] {
        switch spec {
        case .hashtable, .scriptBlock: return [spec]
        default:
            let pattern = WildcardPattern(LanguagePrimitives.toString(spec))
            guard pattern.hasWildcards else { return [spec] }
            return propertyNames(item).filter { pattern.matches($0) }.map { _ in spec }
        }
    }

    static func value(of item: Value, name: String, context: CommandContext) throws -> Value? {
        switch item {
        case .object(let object):
            return object.property(name)?.value
        case .hashtable(let table):
            return table[.string(name)]
        default:
            let value = Members.property(of: item, named: name, shell: context.shell)
            return value.isNull ? nil : value
        }
    }
}
