/// `$variable.<Tab>`: members of the value the variable holds, following a chain of properties.
extension CommandCompletion {
    func members(_ raw: String) -> [String] {
        let parts = raw.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard parts.count >= 2, let typed = parts.last else { return [] }
        // Indexing and calls would need evaluation; completion never runs code.
        guard !parts.dropLast().contains(where: { $0.contains("[") || $0.contains("(") || $0.isEmpty }) else { return [] }
        var name = String(parts[0].dropFirst())
        var scope: String?
        if let colon = name.firstIndex(of: ":") {
            let scopeName = name[..<colon].lowercased()
            guard ["global", "script", "local", "private"].contains(scopeName) else { return [] }
            scope = scopeName
            name = String(name[name.index(after: colon)...])
        }
        guard var value = shell.variable(name, scope: scope) else { return [] }
        for member in parts.dropFirst().dropLast() {
            value = memberValue(of: value, named: member)
        }
        let written = parts.dropLast().joined(separator: ".") + "."
        let (properties, methods) = memberNames(of: value)
        let matchingProperties = properties.filter { NameMatcher.hasPrefix($0, typed) }
        let matchingMethods = methods.filter { NameMatcher.hasPrefix($0, typed) }
        return matchingProperties.map { written + $0 } + matchingMethods.map { written + $0 + "(" }
    }

    /// A property's value; for a collection, gathered from a sample of its elements (member
    /// enumeration over thousands of objects would make Tab slow).
    private func memberValue(of value: Value, named name: String) -> Value {
        guard case .array(let items) = value, !["count", "length", "longlength", "rank"].contains(name.lowercased()) else {
            return Members.property(of: value, named: name, shell: shell)
        }
        var gathered: [Value] = []
        for item in items.prefix(Self.memberSampleSize) {
            let element = Members.property(of: item, named: name, shell: shell)
            if case .array(let inner) = element { gathered += inner } else if !element.isNull { gathered.append(element) }
        }
        return Value.fromPipelineOutput(gathered)
    }

    /// Property and method names, each list sorted case-insensitively and without duplicates.
    func memberNames(of value: Value) -> (properties: [String], methods: [String]) {
        var properties = OrderedNames()
        var methods = OrderedNames()
        collectMembers(of: value, into: &properties, &methods, depth: 0)
        if !value.isNull { methods.add("GetType") }
        return (properties.sorted, methods.sorted)
    }

    private func collectMembers(of value: Value, into properties: inout OrderedNames, _ methods: inout OrderedNames, depth: Int) {
        switch value {
        case .object(let object):
            for property in object.properties { properties.add(property.name) }
            for (key, method) in object.methods { methods.add(Self.methodName(key, definition: method.definition)) }
        case .hashtable(let table):
            for entry in table.entries {
                if case .string(let key) = entry.key { properties.add(key) }
            }
            for name in ["Count", "Keys", "Values"] { properties.add(name) }
            for name in ["Add", "Clear", "Contains", "ContainsKey", "ContainsValue", "Remove"] { methods.add(name) }
        case .array(let items):
            for name in ["Count", "Length"] { properties.add(name) }
            // Member enumeration: the elements' members work on the collection too.
            guard depth == 0 else { return }
            for item in items.prefix(Self.memberSampleSize) { collectMembers(of: item, into: &properties, &methods, depth: 1) }
        case .string:
            properties.add("Length")
            for name in Self.stringMethods { methods.add(name) }
        case .date:
            for name in Self.dateProperties { properties.add(name) }
            for name in Self.dateMethods { methods.add(name) }
        case .enumValue:
            properties.add("value__")
        default:
            break
        }
    }

    /// The method's name as declared: found in its definition (`string ToString()`), since
    /// methods are stored under lower-cased keys.
    static func methodName(_ key: String, definition: String) -> String {
        let words = definition.split(whereSeparator: { $0 == " " || $0 == "(" })
        return words.first { $0.lowercased() == key }.map(String.init) ?? key
    }

    static let stringMethods = [
        "CompareTo", "Contains", "EndsWith", "Equals", "IndexOf", "Insert", "LastIndexOf", "Normalize", "PadLeft",
        "PadRight", "Remove", "Replace", "Split", "StartsWith", "Substring", "ToCharArray", "ToLower", "ToString",
        "ToUpper", "Trim", "TrimEnd", "TrimStart",
    ]
    static let dateProperties = ["Date", "Day", "DayOfWeek", "DayOfYear", "Hour", "Millisecond", "Minute", "Month", "Second", "Ticks", "Year"]
    static let dateMethods = [
        "AddDays", "AddHours", "AddMilliseconds", "AddMinutes", "AddMonths", "AddSeconds", "AddYears", "ToLocalTime",
        "ToLongDateString", "ToShortDateString", "ToString", "ToUniversalTime",
    ]
}

/// Names collected once each (case-insensitively), first spelling kept.
struct OrderedNames {
    private var names: [String] = []
    private var seen = Set<String>()

    mutating func add(_ name: String) {
        if seen.insert(name.lowercased()).inserted { names.append(name) }
    }

    var sorted: [String] { names.sorted { $0.lowercased() < $1.lowercased() } }
}
