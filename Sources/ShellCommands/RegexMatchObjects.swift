import Foundation
import ShellEngine

/// `System.Text.RegularExpressions.Match` and its groups, as Select-String's `Matches` holds them.
enum RegexMatchObjects {
    static func match(_ result: NSTextCheckingResult, in text: String) -> PSObject {
        var groups: [Value] = []
        for index in 0..<result.numberOfRanges {
            groups.append(.object(group(result.range(at: index), name: String(index), in: text)))
        }
        let whole = result.range
        let object = PSObject(typeNames: ["System.Text.RegularExpressions.Match", "System.Text.RegularExpressions.Group", "System.Object"], properties: [
            PSProperty(name: "Groups", value: .array(groups)),
            PSProperty(name: "Success", value: .bool(true)),
            PSProperty(name: "Name", value: .string("0")),
            PSProperty(name: "Captures", value: .array([groups.first ?? .null])),
            PSProperty(name: "Index", value: .int(whole.location)),
            PSProperty(name: "Length", value: .int(whole.length)),
            PSProperty(name: "Value", value: .string(substring(whole, of: text))),
        ])
        object.stringText = substring(whole, of: text)
        return object
    }

    private static func group(_ range: NSRange, name: String, in text: String) -> PSObject {
        let found = range.location != NSNotFound
        let value = found ? substring(range, of: text) : ""
        let object = PSObject(typeNames: ["System.Text.RegularExpressions.Group", "System.Object"], properties: [
            PSProperty(name: "Success", value: .bool(found)),
            PSProperty(name: "Name", value: .string(name)),
            PSProperty(name: "Index", value: .int(found ? range.location : 0)),
            PSProperty(name: "Length", value: .int(found ? range.length : 0)),
            PSProperty(name: "Value", value: .string(value)),
        ])
        object.stringText = value
        return object
    }

    private static func substring(_ range: NSRange, of text: String) -> String {
        guard let swiftRange = Range(range, in: text) else { return "" }
        return String(text[swiftRange])
    }
}
