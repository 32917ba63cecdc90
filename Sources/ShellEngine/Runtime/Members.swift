import Foundation
import PowerShellSyntax

/// Property access, method calls and indexing on values, with PowerShell's member enumeration.
package enum Members {
    package static func property(of value: Value, named name: String, shell: Shell) -> Value {
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
            if lower == "count" || lower == "length" { return .int(1) }
            return .null
        case .hashtable(let table):
            if let entry = table[.string(name)] { return entry }
            switch lower {
            case "count": return .int(table.count)
            case "keys": return .array(table.entries.map { $0.key })
            case "values": return .array(table.entries.map { $0.value })
            default: return .null
            }
        case .array(let items):
            switch lower {
            case "count", "length", "longlength": return .int(items.count)
            case "rank": return .int(1)
            default:
                // Member enumeration: apply to each element; collections flatten one level.
                var results: [Value] = []
                for item in items {
                    let element = property(of: item, named: name, shell: shell)
                    if element.isNull, case .object(let object) = item, !object.hasProperty(name) { continue }
                    if case .array(let inner) = element { results.append(contentsOf: inner) } else if !element.isNull { results.append(element) }
                }
                return Value.fromPipelineOutput(results)
            }
        case .string(let text):
            switch lower {
            case "length": return .int(text.count)
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
            case "name": return .string(String(type.fullName.split(separator: ".").last ?? ""))
            case "fullname": return .string(type.fullName)
            default: return .null
            }
        case .scriptBlock(let block):
            return lower == "ast" ? .string(block.text) : (lower == "count" ? .int(1) : .null)
        default:
            return lower == "count" || lower == "length" ? .int(1) : .null
        }
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
        case "date": return .date(calendar.startOfDay(for: date))
        case "ticks": return .int(Int(date.timeIntervalSince1970 * 10_000_000) + 621_355_968_000_000_000)
        default: return .null
        }
    }

    // MARK: - Methods

    package static func invoke(_ value: Value, _ name: String, _ arguments: [Value], shell: Shell, span: SourceSpan) throws -> Value {
        let lower = VariableKey.of(name)
        func fail() -> RuntimeError {
            shell.error("Method invocation failed because [\(LanguagePrimitives.typeName(of: value))] does not contain a method named '\(name)'.",
                        id: "MethodNotFound", span: span)
        }
        func argument(_ index: Int) -> Value { index < arguments.count ? arguments[index] : .null }
        func text(_ index: Int) -> String { LanguagePrimitives.toString(argument(index)) }
        if lower == "gettype" && arguments.isEmpty, !value.isNull {
            return .type(TypeReference(fullName: LanguagePrimitives.typeName(of: value)))
        }
        switch value {
        case .null:
            throw shell.error("You cannot call a method on a null-valued expression.", id: "InvokeMethodOnNull", span: span)
        case .object(let object):
            if let method = object.method(name) {
                do {
                    return try method.invoke(arguments)
                } catch let error as RuntimeError {
                    var record = error.record
                    if record.position == nil { record.position = ErrorPosition(source: shell.currentSource, span: span) }
                    throw RuntimeError(record)
                }
            }
            if lower == "tostring" { return .string(LanguagePrimitives.objectString(object)) }
            if lower == "equals" { return .bool(LanguagePrimitives.areEqual(value, argument(0))) }
            if lower == "gethashcode" { return .int(ObjectIdentifier(object).hashValue & 0x7fffffff) }
            throw fail()
        case .string(let string):
            return try StringMethods.invoke(string, lower, arguments, shell: shell, span: span) ?? { throw fail() }()
        case .hashtable(let table):
            switch lower {
            case "containskey", "contains": return .bool(table.containsKey(argument(0)))
            case "containsvalue": return .bool(table.entries.contains { LanguagePrimitives.areEqual($0.value, argument(0)) })
            case "add":
                if table.containsKey(argument(0)) {
                    throw shell.error("Exception calling \"Add\" with \"2\" argument(s): \"Item has already been added. Key in dictionary: '\(text(0))'  Key being added: '\(text(0))'\"", id: "ArgumentException", category: .notSpecified, span: span, reason: "MethodInvocationException")
                }
                table[argument(0)] = argument(1)
                return .null
            case "remove": table[argument(0)] = nil; return .null
            case "clone": return .hashtable(table.copy())
            case "tostring": return .string(LanguagePrimitives.toString(value))
            case "getenumerator": return .array(table.entries.map { entry in
                .object(PSObject(typeNames: ["System.Collections.DictionaryEntry", "System.Object"], properties: [
                    PSProperty(name: "Name", value: entry.key), PSProperty(name: "Key", value: entry.key), PSProperty(name: "Value", value: entry.value)]))
            })
            default: throw fail()
            }
        case .array(let items):
            switch lower {
            case "contains": return .bool(items.contains { LanguagePrimitives.areEqual($0, argument(0)) })
            case "indexof": return .int(items.firstIndex { LanguagePrimitives.areEqual($0, argument(0)) } ?? -1)
            case "tostring": return .string("System.Object[]")
            case "clone": return value
            default:
                // Method enumeration over the elements.
                var results: [Value] = []
                for item in items {
                    let result = try invoke(item, name, arguments, shell: shell, span: span)
                    if !result.isNull { results.append(result) }
                }
                return Value.fromPipelineOutput(results)
            }
        case .int, .double, .decimal:
            switch lower {
            case "tostring":
                if arguments.isEmpty { return .string(LanguagePrimitives.toString(value)) }
                return .string(try FormatStrings.formatItem(value, format: text(0), shell: shell, span: span))
            case "equals": return .bool(LanguagePrimitives.areEqual(value, argument(0)))
            case "compareto":
                let order = LanguagePrimitives.compare(value, argument(0))
                return .int(order == .orderedAscending ? -1 : (order == .orderedSame ? 0 : 1))
            default: throw fail()
            }
        case .date(let date):
            return try DateMethods.invoke(date, lower, arguments, shell: shell, span: span) ?? { throw fail() }()
        case .bool, .enumValue, .scriptBlock, .secureString, .type:
            switch lower {
            case "tostring": return .string(LanguagePrimitives.toString(value))
            case "equals": return .bool(LanguagePrimitives.areEqual(value, argument(0)))
            case "invoke", "invokereturnasis":
                if case .scriptBlock(let block) = value {
                    return Value.fromPipelineOutput(try shell.invokeScriptBlock(block, dollarUnder: nil, arguments: arguments))
                }
                throw fail()
            case "getnewclosure":
                if case .scriptBlock = value { return value }
                throw fail()
            default: throw fail()
            }
        }
    }

    // MARK: - Indexing

    static func index(_ value: Value, _ index: Value, shell: Shell, span: SourceSpan) throws -> Value {
        if case .array(let indexes) = index, case .hashtable = value {
            return Value.fromPipelineOutput(try indexes.map { try self.index(value, $0, shell: shell, span: span) })
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
            return table[index] ?? .null
        case .array(let items):
            if index.isNull { throw shell.error("Index operation failed; the array index evaluated to null.", id: "NullArrayIndex", span: span) }
            guard let position = try? LanguagePrimitives.toInt(index, typeName: "System.Int64") else { return .null }
            let resolved = position < 0 ? items.count + position : position
            return resolved >= 0 && resolved < items.count ? items[resolved] : .null
        case .string(let text):
            guard let position = try? LanguagePrimitives.toInt(index, typeName: "System.Int64") else { return .null }
            let characters = Array(text)
            let resolved = position < 0 ? characters.count + position : position
            return resolved >= 0 && resolved < characters.count ? .string(String(characters[resolved])) : .null
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
