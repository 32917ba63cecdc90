import Foundation
import PowerShellSyntax

/// `[Validate*()]` attributes of script parameters, checked by the binder after conversion.
extension Shell {
    /// Throws what `error` makes of the first attribute `value` fails.
    func validate(_ value: Value, against attributes: [AttributeAst], parameter: String, error: (String) -> RuntimeError) throws {
        for attribute in attributes {
            if let detail = try validationFailure(attribute.name.lowercased(), attribute, value) {
                throw error(detail)
            }
        }
    }

    /// What `[ValidateX(...)]` says of `value`, `nil` when it passes (or the attribute is not one vtash knows).
    private func validationFailure(_ kind: String, _ attribute: AttributeAst, _ value: Value) throws -> String? {
        let arguments = try attribute.positionalArguments.map { try evaluate($0) }
        let items = value.isNull ? [Value.null] : value.enumerated
        switch kind {
        case "validatenotnull":
            if value.isNull { return "The argument is null. Provide a valid value for the argument, and then try running the command again." }
        case "validatenotnullorempty":
            let empty: Bool
            switch value {
            case .null: empty = true
            case .string(let text): empty = text.isEmpty
            case .array(let elements): empty = elements.isEmpty || elements.contains { $0.isNull || LanguagePrimitives.toString($0).isEmpty }
            default: empty = false
            }
            if empty { return "The argument is null or empty. Provide an argument that is not null or empty, and then try the command again." }
        case "validateset":
            let allowed = arguments.flatMap(\.enumerated).map { LanguagePrimitives.toString($0) }
            for item in items {
                let text = LanguagePrimitives.toString(item)
                if !allowed.contains(where: { $0.caseInsensitiveCompare(text) == .orderedSame }) {
                    return "The argument \"\(text)\" does not belong to the set \"\(allowed.joined(separator: ","))\" specified by the ValidateSet attribute. Supply an argument that is in the set and then try the command again."
                }
            }
        case "validaterange" where arguments.count == 2:
            for item in items {
                let number = try LanguagePrimitives.toDouble(item)
                let minimum = try LanguagePrimitives.toDouble(arguments[0])
                let maximum = try LanguagePrimitives.toDouble(arguments[1])
                let shown = LanguagePrimitives.toString(item)
                if number < minimum {
                    return "The \(shown) argument is less than the minimum allowed range of \(LanguagePrimitives.toString(arguments[0])). Supply an argument that is greater than or equal to \(LanguagePrimitives.toString(arguments[0])) and then try the command again."
                }
                if number > maximum {
                    return "The \(shown) argument is greater than the maximum allowed range of \(LanguagePrimitives.toString(arguments[1])). Supply an argument that is less than or equal to \(LanguagePrimitives.toString(arguments[1])) and then try the command again."
                }
            }
        case "validatepattern" where !arguments.isEmpty:
            let pattern = LanguagePrimitives.toString(arguments[0])
            let regex = try Operators.compileRegex(pattern, caseSensitive: false, shell: self, span: attribute.span)
            for item in items {
                let text = LanguagePrimitives.toString(item)
                if regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) == nil {
                    return "The argument \"\(text)\" does not match the \"\(pattern)\" pattern. Supply an argument that matches \"\(pattern)\" and try the command again."
                }
            }
        case "validatelength" where arguments.count == 2:
            let minimum = try LanguagePrimitives.toInt(arguments[0], typeName: "System.Int32")
            let maximum = try LanguagePrimitives.toInt(arguments[1], typeName: "System.Int32")
            for item in items {
                let length = LanguagePrimitives.toString(item).count
                if length < minimum {
                    return "The character length (\(length)) of the argument is too short. Specify an argument with a length that is greater than or equal to \"\(minimum)\", and then try the command again."
                }
                if length > maximum {
                    return "The character length of the \(length) argument is too long. Shorten the character length of the argument so it is fewer than or equal to \"\(maximum)\" characters, and then try the command again."
                }
            }
        case "validatescript":
            guard case .scriptBlock(let block)? = arguments.first else { return nil }
            for item in items {
                let result = try invokeScriptBlock(block, dollarUnder: item, arguments: [])
                if !LanguagePrimitives.isTrue(result.count == 1 ? result[0] : .array(result)) {
                    let body = String(block.source.slice(block.ast.span).dropFirst().dropLast())
                    return "The \"\(body)\" validation script for the argument with value \"\(LanguagePrimitives.toString(item))\" did not return a result of True. Determine why the validation script failed, and then try the command again."
                }
            }
        default:
            return nil
        }
        return nil
    }

}
