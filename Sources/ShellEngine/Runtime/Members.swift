import Foundation
import PowerShellSyntax

/// Property access, method calls and indexing on values, with PowerShell's member enumeration.
package enum Members {
    package static func property(of value: Value, named name: String, shell: Shell) -> Value {
        memberValue(of: value, named: name, shell: shell) ?? .null
    }

    /// A property's value; `nil` when member enumeration over a collection found the property on no element
    /// (PowerShell then gives AutomationNull: nothing in the pipeline or in `@()`).
    static func memberValue(of value: Value, named name: String, shell: Shell) -> Value? {
        // An object's own property is found without lower-casing the name (the common case).
        if case .object(let object) = value, let property = object.property(name) { return property.value }
        let lower = VariableKey.of(name)
        switch value {
        case .null:
            return lower == "count" || lower == "length" ? .int(0) : .null
        case .object(let object):
            // A ScriptProperty or AliasProperty that Add-Member added: computed on each read.
            if !object.methods.isEmpty, let getter = object.method(Shell.propertyGetterKey(name)) { return (try? getter.invoke([])) ?? .null }
            if lower == "psobject" { return .object(psObjectView(object)) }
            if lower == "pstypenames" { return .array(object.typeNames.map { .string($0) }) }
            // A wrapped string or array: its own members after the wrapper's.
            if object.baseObject != nil, let wrapped = object.wrappedValue { return memberValue(of: wrapped, named: name, shell: shell) }
            // Windows PowerShell 5.1 gives a PSCustomObject no Count or Length (fixed in PowerShell 6.1);
            // every other object has them as 1.
            if lower == "count" || lower == "length" { return object.typeNames.contains(customObjectType) ? .null : .int(1) }
            return .null
        case .hashtable(let table):
            if let entry = table[.string(name)] { return entry }
            switch lower {
            case "count": return .int(table.count)
            case "keys": return .array(table.entries.map { $0.key })
            case "values": return .array(table.entries.map { $0.value })
            case "psbase": return .object(dictionaryBase(table))
            case "pstypenames": return .array(LanguagePrimitives.typeNames(of: value).map { .string($0) })
            case "isreadonly", "isfixedsize", "issynchronized": return .bool(false)
            default: return .null
            }
        case .array(let items):
            switch lower {
            case "count", "length", "longlength": return .int(items.count)
            case "rank": return .int(1)
            case "isfixedsize": return .bool(true)
            case "isreadonly", "issynchronized": return .bool(false)
            case "pstypenames": return .array(LanguagePrimitives.typeNames(of: value).map { .string($0) })
            default: return enumerateProperty(items, named: name, shell: shell)
            }
        case .dotNet(let object):
            if let result = object.property(lower) { return result }
            if lower == "pstypenames" { return .array(object.typeNames.map { .string($0) }) }
            if let items = object.elements { return enumerateProperty(items, named: name, shell: shell) }
            return lower == "count" || lower == "length" ? .int(1) : .null
        case .string(let text):
            switch lower {
            case "length": return .int(text.utf16.count)
            case "count": return .int(1)
            default: return .null
            }
        case .date(let date):
            return dateProperty(date, lower)
        case .enumValue(let enumValue):
            if lower == "value__" { return .int(enumValue.rawValue) }
            return lower == "count" || lower == "length" ? .int(1) : .null
        case .type(let type):
            switch lower {
            case "name": return .string(TypeNames.name(ofFullName: type.fullName))
            case "fullname": return .string(type.fullName)
            case "namespace":
                let parts = type.fullName.split(separator: "[").first.map { $0.split(separator: ".").dropLast() } ?? []
                return .string(parts.joined(separator: "."))
            case "isarray": return .bool(type.fullName.hasSuffix("[]"))
            case "isenum": return .bool(shell.types.enumeration(type.fullName) != nil)
            case "basetype":
                if ExceptionTypes.isException(type.fullName), let base = ExceptionTypes.chain(type.fullName).dropFirst().first { return .type(TypeReference(fullName: base)) }
                return type.fullName.hasSuffix("[]") ? .type(TypeReference(fullName: "System.Array")) : .type(TypeReference(fullName: "System.Object"))
            default: return .null
            }
        case .scriptBlock(let block):
            return lower == "ast" ? .string(block.text) : (lower == "count" ? .int(1) : .null)
        default:
            return lower == "count" || lower == "length" ? .int(1) : .null
        }
    }

    static let customObjectType = "System.Management.Automation.PSCustomObject"

    /// `$x.Method` without parentheses, for a string or a .NET object: the method itself (about_Methods).
    static func methodInfo(of value: Value, named name: String) -> PSObject? {
        let lower = VariableKey.of(name)
        switch value {
        case .string:
            guard let spelled = StringMethods.spelling[lower] else { return nil }
            return methodInfo(spelled, definitions: ["string \(spelled)()"])
        case .dotNet(let object):
            guard let method = object.members.first(where: { $0.kind == "Method" && $0.name.lowercased() == lower }) else { return nil }
            return methodInfo(method.name, definitions: method.definition.components(separatedBy: ", "))
        default:
            return nil
        }
    }

    /// A PSMethod describing a method (Name, MemberType, OverloadDefinitions).
    static func methodInfo(_ name: String, definitions: [String]) -> PSObject {
        let info = PSObject(typeNames: ["System.Management.Automation.PSMethod", "System.Management.Automation.PSMethodInfo",
                                        "System.Management.Automation.PSMemberInfo", "System.Object"], properties: [
            PSProperty(name: "MemberType", value: .enumValue(EnumValue(typeName: "System.Management.Automation.PSMemberTypes", name: "Method", rawValue: 64))),
            PSProperty(name: "OverloadDefinitions", value: .array(definitions.map { .string($0) })),
            PSProperty(name: "TypeNameOfValue", value: .string("System.Management.Automation.PSMethod")),
            PSProperty(name: "Value", value: .null),
            PSProperty(name: "Name", value: .string(name)),
            PSProperty(name: "IsInstance", value: .bool(true)),
        ])
        info.stringText = definitions.joined(separator: ", ")
        return info
    }

    /// Member enumeration: the property of each element; a collection a property gives flattens one level, and
    /// elements without the property add nothing (`$null` when none has it, about_Member-Access_Enumeration).
    static func enumerateProperty(_ items: [Value], named name: String, shell: Shell) -> Value? {
        var results: [Value] = []
        for item in items {
            let element = property(of: item, named: name, shell: shell)
            if element.isNull { continue }
            if case .array(let inner) = element { results.append(contentsOf: inner) } else { results.append(element) }
        }
        return results.isEmpty ? nil : Value.fromPipelineOutput(results)
    }

    /// `$hashtable.psbase`: the dictionary's own members, which keys of the same name hide.
    static func dictionaryBase(_ table: PSHashtable) -> PSObject {
        PSObject(typeNames: [table.typeName, "System.Object"], properties: [
            PSProperty(name: "Count", value: .int(table.count)),
            PSProperty(name: "Keys", value: .array(table.entries.map { $0.key })),
            PSProperty(name: "Values", value: .array(table.entries.map { $0.value })),
            PSProperty(name: "IsReadOnly", value: .bool(false)),
            PSProperty(name: "IsFixedSize", value: .bool(false)),
        ])
    }

    static func psObjectView(_ object: PSObject) -> PSObject {
        let view = PSObject(typeNames: ["System.Management.Automation.PSObject", "System.Object"], properties: [
            PSProperty(name: "TypeNames", value: .array(object.typeNames.map { .string($0) })),
            PSProperty(name: "Properties", value: .array(object.properties.map { property in
                .object(PSObject.customObject([("Name", .string(property.name)), ("Value", property.value)]))
            })),
        ])
        view.addMethod("Copy", PSMethod(definition: "psobject Copy()") { _ in .object(object.copy()) })
        return view
    }

    static func dateProperty(_ date: Date, _ lower: String) -> Value {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = DateFormatting.localZone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second, .weekday, .nanosecond], from: date)
        switch lower {
        case "year": return .int(c.year ?? 0)
        case "month": return .int(c.month ?? 0)
        case "day": return .int(c.day ?? 0)
        case "hour": return .int(c.hour ?? 0)
        case "minute": return .int(c.minute ?? 0)
        case "second": return .int(c.second ?? 0)
        case "millisecond": return .int((c.nanosecond ?? 0) / 1_000_000)
        case "dayofweek":
            let names = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
            let index = ((c.weekday ?? 1) - 1 + 7) % 7
            return .enumValue(EnumValue(typeName: "System.DayOfWeek", name: names[index], rawValue: index))
        case "dayofyear": return .int(calendar.ordinality(of: .day, in: .year, for: date) ?? 1)
        case "date": return .date(calendar.startOfDay(for: date))
        case "ticks": return .int(Int(date.timeIntervalSince1970 * 10_000_000) + 621_355_968_000_000_000)
        default: return .null
        }
    }

    // MARK: - Methods

    /// Calls a method; a `void` .NET method gives `$null` and sets ``Shell/lastExpressionGaveNothing`` so that
    /// the statement writes nothing (about_Methods).
    package static func invoke(_ value: Value, _ name: String, _ arguments: [Value], shell: Shell, span: SourceSpan) throws -> Value {
        let result = try call(value, name, arguments, shell: shell, span: span)
        switch result {
        case .value(let returned):
            shell.lastExpressionGaveNothing = false
            return returned
        case .void:
            shell.lastExpressionGaveNothing = true
            return .null
        }
    }

    static func call(_ value: Value, _ name: String, _ arguments: [Value], shell: Shell, span: SourceSpan) throws -> MethodResult {
        let lower = VariableKey.of(name)
        func fail() -> RuntimeError {
            shell.error("Method invocation failed because [\(LanguagePrimitives.typeName(of: value))] does not contain a method named '\(name)'.",
                        id: "MethodNotFound", span: span)
        }
        func argument(_ index: Int) -> Value { index < arguments.count ? arguments[index] : .null }
        func text(_ index: Int) -> String { LanguagePrimitives.toString(argument(index)) }
        func returning(_ value: Value) -> MethodResult { .value(value) }
        if lower == "gettype" && arguments.isEmpty, !value.isNull {
            return .value(.type(TypeReference(fullName: LanguagePrimitives.typeName(of: value))))
        }
        switch value {
        case .null:
            throw shell.error("You cannot call a method on a null-valued expression.", id: "InvokeMethodOnNull", span: span)
        case .object(let object):
            if let method = object.method(name) {
                do {
                    let result = try method.invoke(arguments)
                    return method.definition.hasPrefix("void ") ? .void : .value(result)
                } catch let error as RuntimeError {
                    var record = error.record
                    if record.position == nil { record.position = ErrorPosition(source: shell.currentSource, span: span) }
                    throw RuntimeError(record)
                }
            }
            if object.baseObject != nil, let wrapped = object.wrappedValue { return try call(wrapped, name, arguments, shell: shell, span: span) }
            // PSCustomObject.ToString() is the empty string (PowerShell issue #6163); "$o" is @{...}.
            if lower == "tostring" { return returning(.string(LanguagePrimitives.elementString(value))) }
            if lower == "equals" { return returning(.bool(LanguagePrimitives.areEqual(value, argument(0)))) }
            if lower == "gethashcode" { return returning(.int(ObjectIdentifier(object).hashValue & 0x7fffffff)) }
            if let intrinsic = try intrinsic(lower, [value], arguments, shell: shell, span: span) { return intrinsic }
            throw fail()
        case .string(let string):
            if let result = try StringMethods.invoke(string, lower, arguments, shell: shell, span: span) { return returning(result) }
            if let intrinsic = try intrinsic(lower, [value], arguments, shell: shell, span: span) { return intrinsic }
            throw fail()
        case .hashtable(let table):
            return try HashtableMethods.invoke(table, name, lower, arguments, shell: shell, span: span) ?? { throw fail() }()
        case .dotNet(let object):
            let methodCall = MethodCall(shell: shell, span: span, writtenName: name, arguments: arguments, object: object)
            if let result = try object.invoke(lower, arguments, call: methodCall) { return result }
            switch lower {
            case "tostring" where arguments.isEmpty: return returning(.string(object.elements == nil ? object.text : object.typeName))
            case "equals" where arguments.count == 1: return returning(.bool(object.isEqual(to: argument(0), caseSensitive: true)))
            case "gethashcode" where arguments.isEmpty: return returning(.int(ObjectIdentifier(object).hashValue & 0x7fffffff))
            default: break
            }
            if let items = object.elements {
                if let intrinsic = try intrinsic(lower, items, arguments, shell: shell, span: span) { return intrinsic }
                return try enumerateMethod(items, name, arguments, shell: shell, span: span)
            }
            if let intrinsic = try intrinsic(lower, [value], arguments, shell: shell, span: span) { return intrinsic }
            throw fail()
        case .array(let items):
            switch lower {
            case "contains": return returning(.bool(items.contains { LanguagePrimitives.areEqual($0, argument(0), caseSensitive: true) }))
            case "indexof": return returning(.int(items.firstIndex { LanguagePrimitives.areEqual($0, argument(0), caseSensitive: true) } ?? -1))
            case "tostring" where arguments.isEmpty: return returning(.string("System.Object[]"))
            case "clone": return returning(value)
            case "getvalue":
                let position = (try? LanguagePrimitives.toInt(argument(0))) ?? -1
                guard position >= 0, position < items.count else {
                    throw MethodCall(shell: shell, span: span, writtenName: "GetValue", arguments: arguments).failure("Index was outside the bounds of the array.", exception: "System.IndexOutOfRangeException")
                }
                return returning(items[position])
            case "add", "insert", "remove", "removeat", "clear":
                // An array is fixed in size (about_Arrays); its IList methods fail as .NET's do.
                let spelled = ["add": "Add", "insert": "Insert", "remove": "Remove", "removeat": "RemoveAt", "clear": "Clear"][lower] ?? name
                throw MethodCall(shell: shell, span: span, writtenName: spelled, arguments: arguments)
                    .failure(CollectionObject.fixedSizeMessage, exception: "System.NotSupportedException")
            default:
                if let intrinsic = try intrinsic(lower, items, arguments, shell: shell, span: span) { return intrinsic }
                return try enumerateMethod(items, name, arguments, shell: shell, span: span)
            }
        case .int, .double, .decimal:
            switch lower {
            case "tostring":
                if arguments.isEmpty { return returning(.string(LanguagePrimitives.toString(value))) }
                return returning(.string(try FormatStrings.formatItem(value, format: text(0), shell: shell, span: span)))
            case "equals": return returning(.bool(LanguagePrimitives.areEqual(value, argument(0))))
            case "compareto":
                let order = LanguagePrimitives.compare(value, argument(0))
                return returning(.int(order == .orderedAscending ? -1 : (order == .orderedSame ? 0 : 1)))
            case "gethashcode": return returning(.int(Int(truncatingIfNeeded: LanguagePrimitives.toString(value).hashValue) & 0x7fffffff))
            default:
                if let intrinsic = try intrinsic(lower, [value], arguments, shell: shell, span: span) { return intrinsic }
                throw fail()
            }
        case .date(let date):
            if let result = try DateMethods.invoke(date, lower, arguments, shell: shell, span: span) { return returning(result) }
            if let intrinsic = try intrinsic(lower, [value], arguments, shell: shell, span: span) { return intrinsic }
            throw fail()
        case .bool, .enumValue, .scriptBlock, .secureString, .type:
            switch lower {
            case "tostring": return returning(.string(LanguagePrimitives.toString(value)))
            case "equals": return returning(.bool(LanguagePrimitives.areEqual(value, argument(0))))
            case "invoke", "invokereturnasis":
                if case .scriptBlock(let block) = value {
                    return returning(Value.fromPipelineOutput(try shell.invokeScriptBlock(block, dollarUnder: nil, arguments: arguments)))
                }
                throw fail()
            case "getnewclosure":
                if case .scriptBlock(let block) = value { return returning(.scriptBlock(shell.closure(of: block))) }
                throw fail()
            default:
                if let intrinsic = try intrinsic(lower, [value], arguments, shell: shell, span: span) { return intrinsic }
                throw fail()
            }
        }
    }

    /// Method enumeration: a method the collection lacks is called on each element (PowerShell 3+).
    static func enumerateMethod(_ items: [Value], _ name: String, _ arguments: [Value], shell: Shell, span: SourceSpan) throws -> MethodResult {
        var results: [Value] = []
        var anyValue = false
        for item in items {
            switch try call(item, name, arguments, shell: shell, span: span) {
            case .value(let result):
                anyValue = true
                if !result.isNull { results.append(result) }
            case .void:
                break
            }
        }
        if !anyValue, !items.isEmpty { return .void }
        return .value(Value.fromPipelineOutput(results))
    }

    /// The `ForEach()` and `Where()` methods PowerShell gives every object and collection (about_Arrays).
    /// Both return a collection, even of one element.
    static func intrinsic(_ lower: String, _ items: [Value], _ arguments: [Value], shell: Shell, span: SourceSpan) throws -> MethodResult? {
        switch lower {
        case "foreach":
            guard let first = arguments.first else {
                throw shell.error("Cannot find an overload for \"ForEach\" and the argument count: \"0\".", id: "MethodCountCouldNotFindBest", category: .notSpecified, span: span, reason: "MethodException")
            }
            var results: [Value] = []
            for item in items {
                switch first {
                case .scriptBlock(let block):
                    results += try shell.invokeScriptBlock(block, dollarUnder: item, arguments: Array(arguments.dropFirst()))
                case .type(let type):
                    results.append(try Conversion.convert(item, to: type.fullName, shell: shell, span: span))
                default:
                    let member = LanguagePrimitives.toString(first)
                    if arguments.count > 1 || hasMethod(item, member) {
                        if case .value(let result) = try call(item, member, Array(arguments.dropFirst()), shell: shell, span: span) { results += result.enumerated }
                    } else {
                        results.append(property(of: item, named: member, shell: shell))
                    }
                }
            }
            return .value(.array(results))
        case "where":
            guard case .scriptBlock(let block)? = arguments.first else {
                throw shell.error("Cannot find an overload for \"Where\" and the argument count: \"\(arguments.count)\".", id: "MethodCountCouldNotFindBest", category: .notSpecified, span: span, reason: "MethodException")
            }
            let mode = arguments.count > 1 ? LanguagePrimitives.toString(arguments[1]).lowercased() : "default"
            let limit = arguments.count > 2 ? try LanguagePrimitives.toInt(arguments[2]) : 0
            func test(_ item: Value) throws -> Bool {
                LanguagePrimitives.isTrue(Value.fromPipelineOutput(try shell.invokeScriptBlock(block, dollarUnder: item, arguments: [])))
            }
            switch mode {
            case "first":
                var found: [Value] = []
                for item in items where try test(item) {
                    found.append(item)
                    if found.count == max(1, limit) { break }
                }
                return .value(.array(found))
            case "last":
                let found = try items.filter(test)
                return .value(.array(Array(found.suffix(max(1, limit)))))
            case "skipuntil":
                guard let start = try items.firstIndex(where: test) else { return .value(.array([])) }
                let rest = Array(items[start...])
                return .value(.array(limit > 0 ? Array(rest.prefix(limit)) : rest))
            case "until":
                let end = try items.firstIndex(where: test) ?? items.count
                let head = Array(items[..<end])
                return .value(.array(limit > 0 ? Array(head.prefix(limit)) : head))
            case "split":
                var matched: [Value] = [], others: [Value] = []
                for item in items {
                    if (limit == 0 || matched.count < limit), try test(item) { matched.append(item) } else { others.append(item) }
                }
                return .value(.array([.array(matched), .array(others)]))
            default:
                var found: [Value] = []
                for item in items where try test(item) {
                    found.append(item)
                    if limit > 0, found.count == limit { break }
                }
                return .value(.array(found))
            }
        default:
            return nil
        }
    }

    /// Whether `value` has a method called `name` (for `ForEach('Name')`: a method is called, else the property read).
    static func hasMethod(_ value: Value, _ name: String) -> Bool {
        let lower = name.lowercased()
        switch value {
        case .string: return ["toupper", "tolower", "trim", "trimstart", "trimend", "tostring", "split", "replace", "substring", "tochararray", "gethashcode"].contains(lower)
        case .object(let object): return object.method(name) != nil || lower == "tostring"
        case .dotNet(let object): return object.members.contains { $0.kind == "Method" && $0.name.lowercased() == lower }
        default: return lower == "tostring"
        }
    }

    // MARK: - Indexing

    static func index(_ value: Value, _ index: Value, shell: Shell, span: SourceSpan) throws -> Value {
        if case .array(let indexes) = index, case .hashtable = value {
            return Value.fromPipelineOutput(try indexes.map { try self.index(value, $0, shell: shell, span: span) })
        }
        if case .dotNet(let object) = index, let indexes = object.elements {
            return try self.index(value, .array(indexes), shell: shell, span: span)
        }
        if case .array(let indexes) = index {
            var results: [Value] = []
            for item in indexes {
                let element = try self.index(value, item, shell: shell, span: span)
                if !element.isNull { results.append(element) }
            }
            return .array(results)
        }
        switch value {
        case .null:
            throw shell.error("Cannot index into a null array.", id: "NullArray", span: span)
        case .hashtable(let table):
            // An ordered dictionary's integer indexer is positional (OrderedDictionary.Item(int)).
            if table.isOrdered, case .int(let position) = index, !table.containsKey(index) {
                return table.entry(at: position < 0 ? table.count + position : position)?.value ?? .null
            }
            if let types = table.genericTypes {
                let key = (try? Conversion.convert(index, to: types.key, shell: shell, span: span)) ?? index
                return table[key] ?? .null
            }
            return table[index] ?? .null
        case .dotNet(let object):
            let call = MethodCall(shell: shell, span: span, writtenName: "Item", arguments: [index], object: object)
            if let element = try object.element(at: index, call: call) { return element }
            let position = (try? LanguagePrimitives.toInt(index, typeName: "System.Int64")) ?? 1
            return position == 0 || position == -1 ? value : .null
        case .array(let items):
            if index.isNull { throw shell.error("Index operation failed; the array index evaluated to null.", id: "NullArrayIndex", span: span) }
            guard let position = try? LanguagePrimitives.toInt(index, typeName: "System.Int64") else { return .null }
            let resolved = position < 0 ? items.count + position : position
            return resolved >= 0 && resolved < items.count ? items[resolved] : .null
        case .string(let text):
            // A string indexes as its characters (Chars), each a System.Char.
            guard let position = try? LanguagePrimitives.toInt(index, typeName: "System.Int64") else { return .null }
            let characters = Array(text)
            let resolved = position < 0 ? characters.count + position : position
            return resolved >= 0 && resolved < characters.count ? .dotNet(CharObject(characters[resolved])) : .null
        case .object(let object):
            if case .string(let name) = index { return object[name] }
            let position = (try? LanguagePrimitives.toInt(index, typeName: "System.Int64")) ?? 1
            return position == 0 || position == -1 ? value : .null
        default:
            let position = (try? LanguagePrimitives.toInt(index, typeName: "System.Int64")) ?? 1
            return position == 0 || position == -1 ? value : .null
        }
    }
}
