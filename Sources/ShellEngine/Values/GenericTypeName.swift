import Foundation

/// A constructed generic .NET type such as `List[string]`: its definition and its type arguments.
///
/// Scripts write `[System.Collections.Generic.List[string]]`; .NET names the type
/// ``System.Collections.Generic.List`1[[System.String, mscorlib, Version=4.0.0.0, ...]]`` (what
/// `GetType().FullName` prints in Windows PowerShell 5.1). Both spellings parse to the same value, and
/// ``fullName`` gives the .NET one, which the engine uses as the type's canonical name.
public struct GenericTypeName: Equatable, Sendable {
    /// The definition's full name with its arity, e.g. ``System.Collections.Generic.List`1``.
    public var definition: String
    /// The arguments' canonical full names, e.g. `["System.String"]`.
    public var arguments: [String]

    public init(definition: String, arguments: [String]) {
        self.definition = definition
        self.arguments = arguments
    }

    /// The generic definitions the engine knows, by their lower-cased names without arity.
    static let definitions: [String: String] = [
        "system.collections.generic.list": "System.Collections.Generic.List`1",
        "system.collections.generic.dictionary": "System.Collections.Generic.Dictionary`2",
        "system.collections.generic.hashset": "System.Collections.Generic.HashSet`1",
        "system.collections.generic.queue": "System.Collections.Generic.Queue`1",
        "system.collections.generic.stack": "System.Collections.Generic.Stack`1",
        "system.collections.generic.keyvaluepair": "System.Collections.Generic.KeyValuePair`2",
    ]

    /// Parses a written (`List[string]`, `Dictionary[string,int]`) or .NET (``List`1[[System.String, mscorlib]]``)
    /// name; `nil` when it is not a generic type the engine knows or an argument is unknown. `resolve` gives an
    /// argument's canonical name.
    static func parse(_ written: String, resolve: (String) -> String?) -> GenericTypeName? {
        let text = written.trimmingCharacters(in: .whitespaces)
        guard text.hasSuffix("]"), let open = text.firstIndex(of: "[") else { return nil }
        var base = String(text[..<open]).lowercased()
        if let tick = base.firstIndex(of: "`") { base = String(base[..<tick]) }
        if !base.hasPrefix("system.") { base = "system." + base }
        guard let definition = definitions[base] else { return nil }
        let inner = text[text.index(after: open)..<text.index(before: text.endIndex)]
        var arguments: [String] = []
        for part in splitTopLevel(inner) {
            var argument = part.trimmingCharacters(in: .whitespaces)
            // The .NET form wraps each argument with its assembly: `[System.String, mscorlib, ...]`.
            if argument.hasPrefix("["), argument.hasSuffix("]") {
                argument = String(argument.dropFirst().dropLast())
                argument = splitTopLevel(Substring(argument)).first.map { $0.trimmingCharacters(in: .whitespaces) } ?? argument
            }
            guard let resolved = resolve(argument) else { return nil }
            arguments.append(resolved)
        }
        let arity = Int(definition.split(separator: "`").last ?? "") ?? 1
        guard arguments.count == arity else { return nil }
        return GenericTypeName(definition: definition, arguments: arguments)
    }

    /// The name .NET gives the constructed type.
    public var fullName: String {
        definition + "[" + arguments.map { "[\($0), \(Self.assembly(of: $0))]" }.joined(separator: ",") + "]"
    }

    /// `GetType().Name`: ``List`1``.
    public var name: String { String(definition.split(separator: ".").last ?? "") }

    /// The assembly a type argument names in the .NET form (Windows PowerShell 5.1's .NET Framework).
    static func assembly(of typeName: String) -> String {
        if typeName.hasPrefix("System.Management.Automation.") {
            return "System.Management.Automation, Version=3.0.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35"
        }
        return "mscorlib, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089"
    }

    /// Splits at the commas that are not inside brackets.
    static func splitTopLevel(_ text: Substring) -> [String] {
        var parts: [String] = []
        var depth = 0
        var current = ""
        for character in text {
            switch character {
            case "[": depth += 1; current.append(character)
            case "]": depth -= 1; current.append(character)
            case "," where depth == 0: parts.append(current); current = ""
            default: current.append(character)
            }
        }
        parts.append(current)
        return parts
    }
}
