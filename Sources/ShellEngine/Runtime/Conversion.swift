import Foundation
import PowerShellSyntax

/// Casts (`[int]$x`) and the conversions the binder applies to arguments.
package enum Conversion {
    static func toInt(_ value: Value, typeName: String, shell: Shell, span: SourceSpan) throws -> Int {
        do {
            return try LanguagePrimitives.toInt(value, typeName: typeName)
        } catch {
            throw shell.error(error.message, id: "InvalidCastFromStringToInteger", category: .invalidArgument, span: span, reason: "PSInvalidCastException")
        }
    }

    package static func isInstance(_ value: Value, of typeName: String) -> Bool {
        let lower = typeName.lowercased()
        if lower == "system.object" || lower == "object" || lower == "psobject" { return !value.isNull }
        var names = LanguagePrimitives.typeNames(of: value).map { $0.lowercased() }
        if case .dotNet(let object) = value { names += object.implementedTypes.map { $0.lowercased() } }
        if case .hashtable = value {
            names += ["system.collections.idictionary", "system.collections.icollection", "system.collections.ienumerable"]
        }
        if case .array = value { names += ["system.collections.ilist", "system.collections.icollection", "system.collections.ienumerable"] }
        if names.contains(lower) { return true }
        if lower == "system.array", case .array = value { return true }
        if lower == "system.valuetype" {
            switch value {
            case .int, .double, .bool, .decimal, .date, .enumValue: return true
            default: return false
            }
        }
        // Exceptions (`$_.Exception -is [System.IO.IOException]`) know their bases.
        if case .object(let object) = value, ExceptionTypes.isException(object.typeName) {
            return ExceptionTypes.chain(object.typeName).contains { $0.lowercased() == lower }
        }
        return names.contains { $0.hasSuffix("." + lower) }
    }

    /// Integer types and their ranges (the engine holds every integer as `Int`).
    static let integerRanges: [String: (ClosedRange<Int>, String)] = [
        "System.Byte": (0...255, "Value was either too large or too small for an unsigned byte."),
        "System.SByte": (-128...127, "Value was either too large or too small for a signed byte."),
        "System.Int16": (Int(Int16.min)...Int(Int16.max), "Value was either too large or too small for an Int16."),
        "System.UInt16": (0...Int(UInt16.max), "Value was either too large or too small for a UInt16."),
        "System.UInt32": (0...Int(UInt32.max), "Value was either too large or too small for a UInt32."),
        "System.UInt64": (0...Int.max, "Value was either too large or too small for a UInt64."),
    ]

    package static func convert(_ value: Value, to writtenType: String, shell: Shell, span: SourceSpan) throws -> Value {
        let canonical = TypeNames.canonical(writtenType) ?? shell.knownTypeName(writtenType)
        guard let typeName = canonical else {
            throw shell.error("Unable to find type [\(writtenType)].", id: "TypeNotFound", span: span)
        }
        func fail(_ detail: String? = nil) -> RuntimeError {
            let error = ConversionError(value: value, targetType: typeName, detail: detail)
            return shell.error(error.message, id: "ConvertToFinalInvalidCastException", category: .invalidArgument, span: span, reason: "RuntimeException")
        }
        /// No conversion path at all: PowerShell names the value's type too.
        func noPath() -> RuntimeError {
            shell.error("Cannot convert the \"\(LanguagePrimitives.toString(value))\" value of type \"\(LanguagePrimitives.typeName(of: value))\" to type \"\(typeName)\".",
                        id: "ConvertToFinalInvalidCastException", category: .invalidArgument, span: span, reason: "RuntimeException")
        }
        switch typeName {
        case "System.Int32", "System.Int64", "System.Byte", "System.SByte", "System.Int16", "System.UInt16", "System.UInt32", "System.UInt64":
            if case .string(let text) = value, text.trimmingCharacters(in: .whitespaces).isEmpty { return .int(0) }
            do {
                let number = try LanguagePrimitives.toInt(value, typeName: typeName == "System.Int32" ? "System.Int32" : "System.Int64")
                if let (range, message) = integerRanges[typeName], !range.contains(number) { throw fail(message) }
                return IntegerObject.make(number, typeName: typeName)
            } catch let error as ConversionError {
                throw fail(error.detail)
            }
        case "System.Double", "System.Single":
            do { return .double(try LanguagePrimitives.toDouble(value)) } catch { throw fail(error.detail) }
        case "System.Decimal":
            if case .decimal = value { return value }
            if case .string(let text) = value, let number = Decimal(string: text.trimmingCharacters(in: .whitespaces)) { return .decimal(number) }
            do {
                switch try LanguagePrimitives.toNumber(value) {
                case .int(let number): return .decimal(Decimal(number))
                // .NET converts a Double to Decimal rounded to 15 significant digits: [decimal]1.1 is 1.1.
                case .double(let number): return .decimal(Decimal(string: String(format: "%.15g", number)) ?? Decimal(number))
                case let other: return other
                }
            } catch { throw fail(error.detail) }
        case "System.String":
            if value.isNull { return .string("") }
            // An array converts with $OFS between its elements (about_Preference_Variables).
            if value.collectionElements != nil {
                return .string(LanguagePrimitives.toString(value, separator: LanguagePrimitives.toString(shell.variable("OFS") ?? .string(" "))))
            }
            return .string(LanguagePrimitives.toString(value))
        case "System.Char":
            switch value {
            case .dotNet(let object as CharObject): return .dotNet(object)
            case .string(let text):
                let units = Array(text.utf16)
                guard units.count == 1 else { throw fail("String must be exactly one character long.") }
                return .dotNet(CharObject(code: units[0]))
            default:
                do {
                    let code = try LanguagePrimitives.toInt(value, typeName: "System.Int64")
                    guard let unit = UInt16(exactly: code) else { throw fail("Value was either too large or too small for a character.") }
                    return .dotNet(CharObject(code: unit))
                } catch let error as ConversionError {
                    throw fail(error.detail)
                }
            }
        case "System.Boolean":
            return .bool(LanguagePrimitives.isTrue(value))
        case "System.DateTime":
            if case .date = value { return value }
            if let date = DateFormatting.parse(LanguagePrimitives.toString(value)) { return .date(date) }
            throw fail("String '\(LanguagePrimitives.toString(value))' was not recognized as a valid DateTime.")
        case "System.Object[]", "System.Array":
            if value.isNull { return .array([]) }
            return .array(value.enumerated)
        case let arrayType where arrayType.hasSuffix("[]"):
            return try typedArray(value, elementType: String(arrayType.dropLast(2)), shell: shell, span: span)
        case "System.Collections.ArrayList", "System.Collections.Queue", "System.Collections.Stack":
            return try collection(value, typeName: typeName, shell: shell, span: span) ?? { throw noPath() }()
        case "System.Collections.Hashtable":
            if case .hashtable(let table) = value { return table.isDictionary || table.isOrdered ? .hashtable(plainCopy(table)) : value }
            if case .object(let object) = value {
                let table = PSHashtable()
                for property in object.properties { table[property.name] = property.value }
                return .hashtable(table)
            }
            throw noPath()
        case "System.Collections.Specialized.OrderedDictionary":
            if case .hashtable(let table) = value {
                if table.isOrdered { return value }
                let copy = plainCopy(table)
                copy.isOrdered = true
                return .hashtable(copy)
            }
            throw noPath()
        case HostStructure.coordinates.rawValue, HostStructure.size.rawValue:
            if case .object(let object) = value, object.typeName == typeName { return value }
            guard case .hashtable(let table) = value, let structure = HostStructure(rawValue: typeName) else { throw noPath() }
            do {
                return .object(try structure.make(from: table))
            } catch HostStructureError.unknownField(let name) {
                throw shell.error("Cannot create object of type \"\(typeName)\". The \(name) property was not found for the \(typeName) object. The available properties are: \(structure.fields.map { "[\($0) <System.Int32>]" }.joined(separator: " , "))",
                                  id: "ObjectCreationError", category: .invalidArgument, span: span, reason: "RuntimeException")
            } catch HostStructureError.notAnInteger(let name, let message) {
                throw shell.error("Cannot create object of type \"\(typeName)\". \(name): \(message)", id: "ObjectCreationError", category: .invalidArgument,
                                  span: span, reason: "RuntimeException")
            }
        case "System.Management.Automation.PSCustomObject":
            if case .hashtable(let table) = value { return .object(customObject(from: table)) }
            return value
        case "System.Management.Automation.PSObject":
            // `[psobject]@{...}` wraps the hashtable and keeps it one (about_PSCustomObject).
            return value
        case "System.Management.Automation.PSReference":
            if case .dotNet(let reference as ReferenceObject) = value { return .dotNet(reference) }
            return .dotNet(ReferenceObject(value: value))
        case "System.Security.SecureString":
            if case .secureString = value { return value }
            if case .string(let text) = value { return .secureString(SecureString(plainText: text)) }
            throw noPath()
        case "System.Management.Automation.ScriptBlock":
            // No conversion from a string: `[scriptblock]'...'` fails and `-as` gives $null (LanguagePrimitives.cs).
            if case .scriptBlock = value { return value }
            throw noPath()
        case "System.Management.Automation.SwitchParameter":
            return .bool(LanguagePrimitives.isTrue(value))
        case "System.Object":
            return value
        case "System.Void":
            return .null
        case "System.Version":
            if case .object(let object) = value, object.typeName == "System.Version" { return value }
            let text = LanguagePrimitives.toString(value)
            let parts = text.split(separator: ".", omittingEmptySubsequences: false)
            guard (2...4).contains(parts.count), parts.allSatisfy({ Int($0).map { $0 >= 0 } ?? false }) else {
                throw fail("Version string portion was too short or too long.")
            }
            return .object(VersionValue.object(text))
        case "System.Text.RegularExpressions.Regex":
            if case .dotNet(let regex as RegexObject) = value { return .dotNet(regex) }
            return .dotNet(try RegexObject(pattern: LanguagePrimitives.toString(value), shell: shell, span: span))
        case "System.Text.StringBuilder":
            if case .dotNet(let builder as StringBuilderObject) = value { return .dotNet(builder) }
            return .dotNet(StringBuilderObject(text: LanguagePrimitives.toString(value)))
        case "System.Type":
            if case .type = value { return value }
            let written = LanguagePrimitives.toString(value)
            guard let full = TypeNames.canonical(written) ?? shell.knownTypeName(written) else { throw fail("Unable to find type [\(written)].") }
            return .type(TypeReference(fullName: full))
        case "System.TimeSpan":
            if TimeSpanObject.seconds(of: value) != nil { return value }
            switch value {
            case .int(let ticks): return .object(TimeSpanObject.make(seconds: TimeInterval(ticks) / 10_000_000))
            case .dotNet(let integer as IntegerObject): return .object(TimeSpanObject.make(seconds: TimeInterval(integer.value) / 10_000_000))
            default:
                let text = LanguagePrimitives.toString(value)
                guard let seconds = TimeSpanObject.parse(text) else {
                    throw fail("String was not recognized as a valid TimeSpan.")
                }
                return .object(TimeSpanObject.make(seconds: seconds))
            }
        case "System.Guid":
            if case .dotNet(let guid as GuidObject) = value { return .dotNet(guid) }
            let text = LanguagePrimitives.toString(value)
            guard let guid = GuidObject.parse(text) else {
                throw fail("Guid should contain 32 digits with 4 dashes (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).")
            }
            return .dotNet(guid)
        default:
            if let enumType = shell.types.enumeration(typeName) {
                if case .enumValue(let e) = value, e.typeName == typeName { return value }
                if case .int(let number) = value, let match = enumType.value(raw: number) { return .enumValue(match) }
                if let match = enumType.value(named: LanguagePrimitives.toString(value)) { return .enumValue(match) }
                throw shell.error("Cannot convert value \"\(LanguagePrimitives.toString(value))\" to type \"\(typeName)\". Error: \"Unable to match the identifier name \(LanguagePrimitives.toString(value)) to a valid enumerator name. Specify one of the following enumerator names and try again:\n\(enumType.names.joined(separator: ", "))\"", id: "InvalidCastFromStringToEnum", category: .invalidArgument, span: span)
            }
            if isInstance(value, of: typeName) { return value }
            if let generic = GenericTypeName.parse(typeName, resolve: { TypeNames.canonical($0) ?? $0 }) {
                if let converted = try genericCollection(value, generic, shell: shell, span: span) { return converted }
            }
            throw noPath()
        }
    }

    /// A PSCustomObject with a hashtable's entries as properties, in its order; a `PSTypeName` key names the type.
    static func customObject(from table: PSHashtable) -> PSObject {
        var typeNames = ["System.Management.Automation.PSCustomObject", "System.Object"]
        var pairs: [(String, Value)] = []
        for (key, entry) in table.entries {
            let name = LanguagePrimitives.toString(key)
            if VariableKey.of(name) == "pstypename" {
                typeNames.insert(LanguagePrimitives.toString(entry), at: 0)
                continue
            }
            pairs.append((name, entry))
        }
        let object = PSObject.customObject(pairs)
        object.typeNames = typeNames
        return object
    }

    /// A hashtable with the same entries (from a Dictionary or an ordered dictionary).
    static func plainCopy(_ table: PSHashtable) -> PSHashtable {
        let copy = PSHashtable()
        for (key, value) in table.entries { copy[key] = value }
        return copy
    }

    /// `[byte[]](1, 2)`, `[char[]]'ab'`, `[string[]]$list`: each element converted to the element type.
    static func typedArray(_ value: Value, elementType written: String, shell: Shell, span: SourceSpan) throws -> Value {
        let elementType = TypeNames.canonical(written) ?? shell.knownTypeName(written) ?? written
        if case .dotNet(let existing as CollectionObject) = value, existing.kind == .array, existing.elementType == elementType { return value }
        var elements: [Value]
        switch value {
        case .null: elements = []
        case .string(let text) where elementType == "System.Char":
            elements = text.utf16.map { .dotNet(CharObject(code: $0)) }
        default: elements = value.enumerated
        }
        if elementType != "System.Object" {
            elements = try elements.map { try convert($0, to: elementType, shell: shell, span: span) }
        }
        return .dotNet(CollectionObject(kind: .array, elementType: elementType, items: elements))
    }

    /// ArrayList, Queue and Stack from a value: a collection's elements, a number as the capacity (the constructor
    /// PowerShell's conversion finds for an integer), any other single value as the one element.
    static func collection(_ value: Value, typeName: String, shell: Shell, span: SourceSpan) throws -> Value? {
        let kind: CollectionObject.Kind
        switch typeName {
        case "System.Collections.ArrayList": kind = .arrayList
        case "System.Collections.Queue": kind = .queue
        default: kind = .stack
        }
        if case .dotNet(let existing as CollectionObject) = value, existing.kind == kind, existing.elementType == nil { return value }
        if value.isNull { return .null }
        if case .int(let capacity) = value, capacity >= 0 { return .dotNet(CollectionObject(kind: kind, elementType: nil, capacity: capacity)) }
        return .dotNet(CollectionObject(kind: kind, elementType: nil, items: value.enumerated))
    }

    /// `[System.Collections.Generic.List[int]]@(1, 2)` and its siblings; a hashtable to `Dictionary[K,V]`.
    static func genericCollection(_ value: Value, _ generic: GenericTypeName, shell: Shell, span: SourceSpan) throws -> Value? {
        let kinds: [String: CollectionObject.Kind] = [
            "System.Collections.Generic.List`1": .list, "System.Collections.Generic.HashSet`1": .hashSet,
            "System.Collections.Generic.Queue`1": .queue, "System.Collections.Generic.Stack`1": .stack,
        ]
        if value.isNull { return .null }
        if let kind = kinds[generic.definition], let element = generic.arguments.first {
            if case .int(let capacity) = value, capacity >= 0 {
                return .dotNet(CollectionObject(kind: kind, elementType: element, capacity: capacity))
            }
            var items = value.enumerated
            if element != "System.Object" { items = try items.map { try convert($0, to: element, shell: shell, span: span) } }
            // A stack made from a collection pushes its elements in order: the last is on top.
            return .dotNet(CollectionObject(kind: kind, elementType: element, items: items))
        }
        if generic.definition == "System.Collections.Generic.Dictionary`2", generic.arguments.count == 2, case .hashtable(let source) = value {
            let table = PSHashtable(keyType: generic.arguments[0], valueType: generic.arguments[1])
            for (key, entry) in source.entries {
                table[try convert(key, to: generic.arguments[0], shell: shell, span: span)] = try convert(entry, to: generic.arguments[1], shell: shell, span: span)
            }
            return .hashtable(table)
        }
        return nil
    }
}
