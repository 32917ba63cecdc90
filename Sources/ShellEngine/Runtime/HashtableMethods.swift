import PowerShellSyntax

/// The methods of Hashtable, OrderedDictionary and `Dictionary[K,V]` (all ``PSHashtable``s), with .NET Framework's
/// return types (Hashtable.Add, Remove and Clear are void; Dictionary.Remove returns a Boolean) and messages.
/// Sources: https://learn.microsoft.com/dotnet/api/system.collections.hashtable,
/// .../system.collections.specialized.ordereddictionary, .../system.collections.generic.dictionary-2.
enum HashtableMethods {
    static func invoke(_ table: PSHashtable, _ name: String, _ lower: String, _ arguments: [Value], shell: Shell, span: SourceSpan) throws -> MethodResult? {
        let spelled = spelling[lower] ?? name
        let call = MethodCall(shell: shell, span: span, writtenName: spelled, arguments: arguments)
        func key(_ index: Int) throws -> Value {
            guard let types = table.genericTypes else { return call.argument(index) }
            return try call.convert(index, to: types.key, parameter: "key")
        }
        func value(_ index: Int) throws -> Value {
            guard let types = table.genericTypes else { return call.argument(index) }
            return try call.convert(index, to: types.value, parameter: "value")
        }
        func requireKey(_ key: Value) throws {
            if key.isNull { throw call.failure("Key cannot be null.\r\nParameter name: key", exception: "System.ArgumentNullException") }
        }
        switch lower {
        case "add":
            try call.expect(2)
            let newKey = try key(0)
            try requireKey(newKey)
            if table.containsKey(newKey) {
                let text = LanguagePrimitives.toString(newKey)
                throw call.failure(table.isDictionary ? "An item with the same key has already been added."
                                   : "Item has already been added. Key in dictionary: '\(text)'  Key being added: '\(text)'",
                                   exception: "System.ArgumentException")
            }
            table[newKey] = try value(1)
            return .void
        case "remove":
            try call.expect(1)
            let target = try key(0)
            try requireKey(target)
            let existed = table.containsKey(target)
            table[target] = nil
            return table.isDictionary ? .value(.bool(existed)) : .void
        case "clear":
            try call.expect(0)
            table.removeAll()
            return .void
        case "containskey", "contains":
            try call.expect(1)
            if lower == "contains", table.isDictionary { return nil }
            return .value(.bool(table.containsKey(try key(0))))
        case "containsvalue":
            try call.expect(1)
            return .value(.bool(table.entries.contains { LanguagePrimitives.areEqual($0.value, call.argument(0), caseSensitive: true) }))
        case "trygetvalue":
            guard table.isDictionary else { return nil }
            try call.expect(2)
            let found = table[try key(0)]
            if case .dotNet(let reference as ReferenceObject) = call.argument(1) {
                reference.value = found ?? defaultValue(table.genericTypes?.value)
            }
            return .value(.bool(found != nil))
        case "clone":
            guard !table.isDictionary else { return nil }
            return .value(.hashtable(table.copy()))
        case "tostring":
            return .value(.string(table.typeName))
        case "getenumerator":
            let typeName = table.isDictionary ? keyValuePairType(table) : "System.Collections.DictionaryEntry"
            return .value(.array(table.entries.map { entry in
                .object(PSObject(typeNames: [typeName, "System.ValueType", "System.Object"], properties: table.isDictionary
                    ? [PSProperty(name: "Key", value: entry.key), PSProperty(name: "Value", value: entry.value)]
                    : [PSProperty(name: "Name", value: entry.key), PSProperty(name: "Key", value: entry.key), PSProperty(name: "Value", value: entry.value)]))
            }))
        case "insert":
            guard table.isOrdered else { return nil }
            try call.expect(3)
            let position = try call.int(0, parameter: "index")
            guard position >= 0, position <= table.count else {
                throw call.failure("Index was out of range. Must be non-negative and less than or equal to the size of the collection.\r\nParameter name: index", exception: "System.ArgumentOutOfRangeException")
            }
            let newKey = call.argument(1)
            try requireKey(newKey)
            if table.containsKey(newKey) {
                let text = LanguagePrimitives.toString(newKey)
                throw call.failure("Item has already been added. Key in dictionary: '\(text)'  Key being added: '\(text)'", exception: "System.ArgumentException")
            }
            table.insert(call.argument(2), forKey: newKey, at: position)
            return .void
        case "removeat":
            guard table.isOrdered else { return nil }
            try call.expect(1)
            let position = try call.int(0, parameter: "index")
            guard position >= 0, position < table.count else {
                throw call.failure(CollectionObject.indexOutOfRangeMessage, exception: "System.ArgumentOutOfRangeException")
            }
            table.remove(at: position)
            return .void
        case "asreadonly":
            return table.isOrdered ? .value(.hashtable(table.copy())) : nil
        default:
            if let intrinsic = try Members.intrinsic(lower, [.hashtable(table)], arguments, shell: shell, span: span) { return intrinsic }
            return nil
        }
    }

    /// The .NET spelling of each method, for messages.
    static let spelling: [String: String] = [
        "add": "Add", "remove": "Remove", "clear": "Clear", "containskey": "ContainsKey", "contains": "Contains",
        "containsvalue": "ContainsValue", "trygetvalue": "TryGetValue", "insert": "Insert", "removeat": "RemoveAt",
    ]

    static func keyValuePairType(_ table: PSHashtable) -> String {
        guard let types = table.genericTypes else { return "System.Collections.DictionaryEntry" }
        return GenericTypeName(definition: "System.Collections.Generic.KeyValuePair`2", arguments: [types.key, types.value]).fullName
    }

    /// `default(T)` for an `out` value that was not found.
    static func defaultValue(_ typeName: String?) -> Value {
        switch typeName {
        case "System.Int32", "System.Int64", "System.Byte", "System.Int16", "System.UInt16", "System.UInt32", "System.UInt64": return .int(0)
        case "System.Double", "System.Single": return .double(0)
        case "System.Boolean": return .bool(false)
        default: return .null
        }
    }
}
