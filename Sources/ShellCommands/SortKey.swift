import ShellEngine
import ShellFormatting
import Foundation

/// One sort criterion: how to get the key from an object and in which direction.
struct SortKey {
    var descending: Bool
    var value: (Value) throws -> Value

    static func keys(from specs: [Value], first: Value?, descending: Bool, context: CommandContext) throws -> [SortKey] {
        if specs.isEmpty { return [SortKey(descending: descending) { $0 }] }
        var keys: [SortKey] = []
        for spec in specs {
            var direction = descending
            var expression = spec
            if case .hashtable(let table) = spec {
                expression = table["Expression"] ?? table["E"] ?? .null
                if let ascending = table["Ascending"] ?? table["Asc"] { direction = !LanguagePrimitives.isTrue(ascending) }
                if let explicit = table["Descending"] ?? table["Desc"] { direction = LanguagePrimitives.isTrue(explicit) }
            }
            switch expression {
            case .scriptBlock(let block):
                keys.append(SortKey(descending: direction) { item in Value.fromPipelineOutput(try context.invoke(block, dollarUnder: item)) })
            default:
                let name = LanguagePrimitives.toString(expression)
                let pattern = WildcardPattern(name)
                let names = pattern.hasWildcards ? PropertySelection.propertyNames(first ?? .null).filter { pattern.matches($0) } : [name]
                for property in names {
                    keys.append(SortKey(descending: direction) { item in Members.property(of: item, named: property, shell: context.shell) })
                }
            }
        }
        return keys
    }

    static func compare(_ a: [Value], _ b: [Value], keys: [SortKey], caseSensitive: Bool) -> ComparisonResult {
        for (index, key) in keys.enumerated() where index < a.count && index < b.count {
            var result = LanguagePrimitives.compare(a[index], b[index], caseSensitive: caseSensitive) ?? .orderedSame
            if result == .orderedSame, case .null = b[index], !a[index].isNull { result = .orderedDescending }
            if key.descending {
                result = result == .orderedAscending ? .orderedDescending : (result == .orderedDescending ? .orderedAscending : .orderedSame)
            }
            if result != .orderedSame { return result }
        }
        return .orderedSame
    }
}
