import ShellEngine
import ShellFormatting
import Foundation

/// One sort criterion: how to get the key from an object and in which direction.
struct SortKey {
    var descending: Bool
    /// The key of an item; `nil` when the item has no such property (it then sorts last, whatever the direction).
    var value: (Value) throws -> Value?

    static func keys(from specs: [Value], first: Value?, descending: Bool, context: CommandContext) throws -> [SortKey] {
        if specs.isEmpty { return [SortKey(descending: descending) { $0 }] }
        var keys: [SortKey] = []
        for spec in specs {
            var direction = descending
            var expression = spec
            if case .hashtable(let table) = spec {
                expression = table["Expression"] ?? table["E"] ?? .null
                // One key decides; both keys decide only when they agree, else -Descending does (Sort-Object.Tests.ps1
                // "Sort-Object with Conflicting Order Entry Keys should work").
                let ascending = (table["Ascending"] ?? table["Asc"]).map { LanguagePrimitives.isTrue($0) }
                let explicit = (table["Descending"] ?? table["Desc"]).map { LanguagePrimitives.isTrue($0) }
                switch (ascending, explicit) {
                case (let ascending?, nil): direction = !ascending
                case (nil, let explicit?): direction = explicit
                case (let ascending?, let explicit?) where ascending != explicit: direction = explicit
                default: break
                }
            }
            switch expression {
            case .scriptBlock(let block):
                keys.append(SortKey(descending: direction) { item in Value.fromPipelineOutput(try context.invoke(block, dollarUnder: item)) })
            default:
                let name = LanguagePrimitives.toString(expression)
                let pattern = WildcardPattern(name)
                let names = pattern.hasWildcards ? PropertySelection.propertyNames(first ?? .null).filter { pattern.matches($0) } : [name]
                for property in names {
                    keys.append(SortKey(descending: direction) { item in
                        let value = Members.property(of: item, named: property, shell: context.shell)
                        return value.isNull && !hasProperty(item, property) ? nil : value
                    })
                }
            }
        }
        return keys
    }

    /// Whether a `$null` read from `item` is a property's value rather than a missing property.
    private static func hasProperty(_ item: Value, _ name: String) -> Bool {
        switch item {
        case .object(let object): return object.hasProperty(name) || object.method(Shell.propertyGetterKey(name)) != nil
        case .hashtable(let table): return table[.string(name)] != nil
        default: return false
        }
    }

    static func compare(_ a: [Value?], _ b: [Value?], keys: [SortKey], caseSensitive: Bool) -> ComparisonResult {
        for (index, key) in keys.enumerated() where index < a.count && index < b.count {
            // A missing property is greater than any value whatever the direction (ObjectCommandComparer.cs at 60b3b304f2).
            guard let left = a[index], let right = b[index] else {
                if a[index] == nil, b[index] == nil { continue }
                return a[index] == nil ? .orderedDescending : .orderedAscending
            }
            var result = LanguagePrimitives.compare(left, right, caseSensitive: caseSensitive) ?? .orderedSame
            if result == .orderedSame, case .null = right, !left.isNull { result = .orderedDescending }
            if key.descending {
                result = result == .orderedAscending ? .orderedDescending : (result == .orderedDescending ? .orderedAscending : .orderedSame)
            }
            if result != .orderedSame { return result }
        }
        return .orderedSame
    }
}
