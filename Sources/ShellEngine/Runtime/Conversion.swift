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
        let names = LanguagePrimitives.typeNames(of: value).map { $0.lowercased() }
        if names.contains(lower) { return true }
        if lower == "system.array", case .array = value { return true }
        if lower == "system.valuetype" {
            switch value {
            case .int, .double, .bool, .decimal, .date, .enumValue: return true
            default: return false
            }
        }
        return names.contains { $0.hasSuffix("." + lower) }
    }

    static func convert(_ value: Value, to writtenType: String, shell: Shell, span: SourceSpan) throws -> Value {
        let canonical = TypeNames.canonical(writtenType) ?? shell.knownTypeName(writtenType)
        guard let typeName = canonical else {
            throw shell.error("Unable to find type [\(writtenType)].", id: "TypeNotFound", span: span)
        }
        func fail(_ detail: String? = nil) -> RuntimeError {
            let error = ConversionError(value: value, targetType: typeName, detail: detail)
            return shell.error(error.message, id: "ConvertToFinalInvalidCastException", category: .invalidArgument, span: span, reason: "RuntimeException")
        }
        switch typeName {
        case "System.Int32", "System.Int64", "System.Byte":
            if case .string(let text) = value, text.trimmingCharacters(in: .whitespaces).isEmpty { return .int(0) }
            do {
                let number = try LanguagePrimitives.toInt(value, typeName: typeName == "System.Int64" ? "System.Int64" : "System.Int32")
                if typeName == "System.Byte", number < 0 || number > 255 { throw fail("Value was either too large or too small for an unsigned byte.") }
                return .int(number)
            } catch let error as ConversionError {
                throw fail(error.detail)
            }
        case "System.Double", "System.Single":
            do { return .double(try LanguagePrimitives.toDouble(value)) } catch { throw fail(error.detail) }
        case "System.Decimal":
            if case .string(let text) = value, let number = Decimal(string: text) { return .decimal(number) }
            do { return .decimal(Decimal(try LanguagePrimitives.toDouble(value))) } catch { throw fail(error.detail) }
        case "System.String":
            if value.isNull { return .string("") }
            return .string(LanguagePrimitives.toString(value))
        case "System.Char":
            let text = LanguagePrimitives.toString(value)
            if case .int(let code) = value, let scalar = Unicode.Scalar(UInt32(clamping: code)) { return .string(String(Character(scalar))) }
            guard text.count == 1 else { throw fail("String must be exactly one character long.") }
            return .string(text)
        case "System.Boolean":
            return .bool(LanguagePrimitives.isTrue(value))
        case "System.DateTime":
            if case .date = value { return value }
            if let date = DateFormatting.parse(LanguagePrimitives.toString(value)) { return .date(date) }
            throw fail("String '\(LanguagePrimitives.toString(value))' was not recognized as a valid DateTime.")
        case "System.Object[]", "System.Array":
            if value.isNull { return .array([]) }
            return .array(value.enumerated)
        case "System.String[]":
            return .array(value.isNull ? [] : value.enumerated.map { .string(LanguagePrimitives.toString($0)) })
        case "System.Int32[]", "System.Int64[]":
            return .array(try value.enumerated.map { try convert($0, to: "int", shell: shell, span: span) })
        case "System.Collections.Hashtable":
            if case .hashtable = value { return value }
            if case .object(let object) = value {
                let table = PSHashtable()
                for property in object.properties { table[property.name] = property.value }
                return .hashtable(table)
            }
            throw fail()
        case "System.Collections.Specialized.OrderedDictionary":
            if case .hashtable(let table) = value {
                let copy = table.copy()
                copy.isOrdered = true
                return .hashtable(copy)
            }
            throw fail()
        case "System.Management.Automation.PSCustomObject", "System.Management.Automation.PSObject":
            if case .hashtable(let table) = value {
                return .object(PSObject.customObject(table.entries.map { (LanguagePrimitives.toString($0.key), $0.value) }))
            }
            return value
        case "System.Security.SecureString":
            if case .secureString = value { return value }
            if case .string(let text) = value { return .secureString(SecureString(plainText: text)) }
            throw fail()
        case "System.Management.Automation.ScriptBlock":
            if case .scriptBlock = value { return value }
            throw fail()
        case "System.Management.Automation.SwitchParameter":
            return .bool(LanguagePrimitives.isTrue(value))
        case "System.Object":
            return value
        case "System.Void":
            return .null
        case "System.Text.RegularExpressions.Regex", "System.Version", "System.Guid", "System.TimeSpan":
            return .string(LanguagePrimitives.toString(value))
        default:
            if let enumType = shell.types.enumeration(typeName) {
                if case .enumValue(let e) = value, e.typeName == typeName { return value }
                if let match = enumType.value(named: LanguagePrimitives.toString(value)) { return .enumValue(match) }
                throw shell.error("Cannot convert value \"\(LanguagePrimitives.toString(value))\" to type \"\(typeName)\". Error: \"Unable to match the identifier name \(LanguagePrimitives.toString(value)) to a valid enumerator name. Specify one of the following enumerator names and try again:\n\(enumType.names.joined(separator: ", "))\"", id: "InvalidCastFromStringToEnum", category: .invalidArgument, span: span)
            }
            if isInstance(value, of: typeName) { return value }
            throw fail()
        }
    }
}
