import Foundation
import PowerShellSyntax

/// Making .NET objects by type name: `[System.Collections.ArrayList]::new()`, `New-Object 'System.Collections.Generic.List[string]'`.
/// Each type takes the constructors .NET Framework gives it (https://learn.microsoft.com/dotnet/api/...: ArrayList,
/// List-1, HashSet-1, Dictionary-2, Queue, Stack, StringBuilder, Exception and its derived types).
extension Shell {
    /// New-Object's engine side: an object of a type the engine implements, named as a script writes it
    /// (`System.Collections.ArrayList`, `Collections.Generic.List[string]`, `System.Text.StringBuilder`,
    /// `System.ArgumentException`...); `nil` when the engine does not know the type, so the cmdlet can try its
    /// own types and then report TypeNotFound. Throws when the arguments fit no constructor.
    public func newObject(typeName written: String, arguments: [Value]) throws -> Value? {
        guard let typeName = TypeNames.canonical(written) ?? knownTypeName(written) else { return nil }
        let call = MethodCall(shell: self, span: .unknown, writtenName: String(TypeNames.name(ofFullName: typeName).split(separator: "`").first ?? ""), arguments: arguments)
        return try construct(typeName, call: call)
    }

    /// `[Type]::new(...)` and New-Object: `nil` when the type has no constructor the engine knows.
    func construct(_ typeName: String, call: MethodCall) throws -> Value? {
        func capacity() throws -> Int? {
            guard call.arguments.count == 1, case .int(let number) = call.argument(0) else { return nil }
            guard number >= 0 else {
                throw call.failure("Non-negative number required.\r\nParameter name: capacity", exception: "System.ArgumentOutOfRangeException")
            }
            return number
        }
        switch typeName {
        case "System.Collections.ArrayList", "System.Collections.Queue", "System.Collections.Stack":
            try call.expect(0, 1)
            let kind: CollectionObject.Kind = typeName.hasSuffix("ArrayList") ? .arrayList : (typeName.hasSuffix("Queue") ? .queue : .stack)
            if call.arguments.isEmpty { return .dotNet(CollectionObject(kind: kind, elementType: nil)) }
            if let capacity = try capacity() { return .dotNet(CollectionObject(kind: kind, elementType: nil, capacity: capacity)) }
            guard let items = call.argument(0).collectionElements else { throw call.overloadFailure() }
            return .dotNet(CollectionObject(kind: kind, elementType: nil, items: items))
        case "System.Collections.Hashtable", "System.Collections.Specialized.OrderedDictionary":
            try call.expect(0, 1)
            let table = PSHashtable(isOrdered: typeName.hasSuffix("OrderedDictionary"))
            if case .hashtable(let source) = call.argument(0) { for (key, value) in source.entries { table[key] = value } }
            return .hashtable(table)
        case "System.Text.StringBuilder":
            try call.expect(0, 1, 2)
            if call.arguments.isEmpty { return .dotNet(StringBuilderObject()) }
            if let capacity = try capacity() { return .dotNet(StringBuilderObject(capacity: capacity)) }
            let builder = StringBuilderObject(text: LanguagePrimitives.toString(call.argument(0)))
            if call.arguments.count == 2, case .int(let capacity) = call.argument(1) { builder.reservedCapacity = max(capacity, builder.units.count) }
            return .dotNet(builder)
        case "System.Management.Automation.PSObject", "System.Management.Automation.PSCustomObject", "System.Object":
            try call.expect(0)
            return .object(PSObject.customObject([]))
        case "System.String":
            try call.expect(1, 2)
            if call.arguments.count == 2 {
                let count = try call.int(1, parameter: "count")
                guard count >= 0 else { throw call.failure("Count cannot be less than zero.\r\nParameter name: count", exception: "System.ArgumentOutOfRangeException") }
                try MemoryLimits.checkString(bytes: count, self, call.span)
                return .string(MemoryLimits.repeated(LanguagePrimitives.toString(try call.convert(0, to: "System.Char", parameter: "c")), count: count))
            }
            return .string(call.argument(0).enumerated.map { LanguagePrimitives.toString($0) }.joined())
        case "System.Version":
            try call.expect(1, 2, 3, 4)
            if call.arguments.count == 1 { return try Conversion.convert(call.argument(0), to: typeName, shell: self, span: call.span) }
            let parts = try (0..<call.arguments.count).map { String(try call.int($0, parameter: ["major", "minor", "build", "revision"][$0])) }
            return .object(VersionValue.object(parts.joined(separator: ".")))
        case "System.Text.RegularExpressions.Regex":
            try call.expect(1, 2)
            let ignoreCase = call.arguments.count == 2 && LanguagePrimitives.toString(call.argument(1)).lowercased().contains("ignorecase")
            return .dotNet(try RegexObject(pattern: LanguagePrimitives.toString(call.argument(0)), ignoreCase: ignoreCase, shell: self, span: call.span))
        case let name where ExceptionTypes.isException(name):
            return .object(try exception(name, call: call))
        default:
            guard let generic = GenericTypeName.parse(typeName, resolve: { TypeNames.canonical($0) ?? $0 }) else { return nil }
            return try construct(generic, call: call, capacity: capacity)
        }
    }

    private func construct(_ generic: GenericTypeName, call: MethodCall, capacity: () throws -> Int?) throws -> Value? {
        let kinds: [String: CollectionObject.Kind] = [
            "System.Collections.Generic.List`1": .list, "System.Collections.Generic.HashSet`1": .hashSet,
            "System.Collections.Generic.Queue`1": .queue, "System.Collections.Generic.Stack`1": .stack,
        ]
        func comparer(_ value: Value) -> StringComparerObject? {
            if case .dotNet(let comparer as StringComparerObject) = value { return comparer }
            return nil
        }
        if let kind = kinds[generic.definition], let element = generic.arguments.first {
            try call.expect(0, 1, 2)
            if call.arguments.isEmpty { return .dotNet(CollectionObject(kind: kind, elementType: element)) }
            if let capacity = try capacity() { return .dotNet(CollectionObject(kind: kind, elementType: element, capacity: capacity)) }
            let ignoreCase = call.arguments.compactMap(comparer).first?.ignoresCase ?? false
            var items: [Value] = []
            if comparer(call.argument(0)) == nil {
                guard let given = call.argument(0).collectionElements else { throw call.overloadFailure() }
                items = given
                if element != "System.Object" { items = try items.map { try call.convert($0, to: element, parameter: "collection") } }
            }
            return .dotNet(CollectionObject(kind: kind, elementType: element, items: items, ignoresCase: ignoreCase))
        }
        if generic.definition == "System.Collections.Generic.Dictionary`2", generic.arguments.count == 2 {
            try call.expect(0, 1, 2)
            let ignoreCase = call.arguments.compactMap(comparer).first?.ignoresCase ?? false
            let table = PSHashtable(keyType: generic.arguments[0], valueType: generic.arguments[1], ignoreCase: ignoreCase)
            if case .hashtable(let source) = call.argument(0) {
                for (key, value) in source.entries {
                    table[try call.convert(key, to: generic.arguments[0], parameter: "dictionary")] = try call.convert(value, to: generic.arguments[1], parameter: "dictionary")
                }
            }
            return .hashtable(table)
        }
        return nil
    }

    /// An exception object: Message (the .NET default when none is given), InnerException, and ParamName for
    /// the argument exceptions, whose message then names the parameter as .NET Framework words it.
    func exception(_ typeName: String, call: MethodCall) throws -> PSObject {
        try call.expect(0, 1, 2)
        let texts = call.arguments.map { $0.isNull ? nil : LanguagePrimitives.toString($0) }
        var message = ExceptionTypes.defaultMessage(typeName)
        var parameter: String?
        var inner: Value = .null
        switch typeName {
        case "System.ArgumentNullException", "System.ArgumentOutOfRangeException":
            // (paramName) or (paramName, message).
            parameter = texts.first ?? nil
            if texts.count == 2, case .object = call.argument(1) {
                parameter = nil
                message = texts[0] ?? message
                inner = call.argument(1)
            } else if texts.count == 2 {
                message = texts[1] ?? message
            }
        case "System.ArgumentException":
            // (message) or (message, paramName).
            message = (texts.first ?? nil) ?? message
            if texts.count == 2, case .object = call.argument(1) { inner = call.argument(1) } else if texts.count == 2 { parameter = texts[1] }
        default:
            message = (texts.first ?? nil) ?? message
            if texts.count == 2 { inner = call.argument(1) }
        }
        if let parameter, !parameter.isEmpty { message += "\r\nParameter name: \(parameter)" }
        return exceptionObject(typeName, message: message, inner: inner, parameter: parameter)
    }

    /// The object `$_.Exception` is: the type's chain of names, Message, InnerException (and ParamName).
    func exceptionObject(_ typeName: String, message: String, inner: Value = .null, parameter: String? = nil) -> PSObject {
        var properties = [
            PSProperty(name: "Message", value: .string(message)),
            PSProperty(name: "Data", value: .hashtable(PSHashtable())),
            PSProperty(name: "InnerException", value: inner),
            PSProperty(name: "TargetSite", value: .null),
            PSProperty(name: "StackTrace", value: .null),
            PSProperty(name: "HelpLink", value: .null),
            PSProperty(name: "Source", value: .null),
        ]
        if typeName.contains("Argument") { properties.insert(PSProperty(name: "ParamName", value: parameter.map { .string($0) } ?? .null), at: 1) }
        let object = PSObject(typeNames: ExceptionTypes.chain(typeName), properties: properties)
        object.stringText = message
        return object
    }

    /// What `-ErrorVariable` holds for an error that `-ErrorAction Stop` made terminating.
    func actionPreferenceStopException(_ record: ErrorRecord) -> PSObject {
        let object = exceptionObject("System.Management.Automation.ActionPreferenceStopException",
                                     message: "The running command stopped because the preference variable \"ErrorActionPreference\" or common parameter is set to Stop: \(record.message)")
        object.setProperty("ErrorRecord", .object(errorRecordObject(record)))
        return object
    }
}
