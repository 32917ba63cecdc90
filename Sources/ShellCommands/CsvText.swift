import ShellEngine
import ShellFormatting
import Foundation
import PowerShellSyntax

/// CSV reading and writing with quoting as PowerShell does it (every field quoted on output).
enum CsvText {
    static func lines(_ items: [Value], delimiter: String, typeInformation: Bool, shell: Shell) -> [String] {
        guard let first = items.first else { return [] }
        let names = PropertySelection.propertyNames(first)
        var lines: [String] = []
        if typeInformation {
            var typeName = LanguagePrimitives.typeName(of: first)
            if case .object(let object) = first, object.isCustomObject { typeName = "System.Management.Automation.PSCustomObject" }
            lines.append("#TYPE " + typeName)
        }
        lines.append(names.map { quote($0) }.joined(separator: delimiter))
        for item in items {
            let fields = names.map { name -> String in
                let value = Members.property(of: item, named: name, shell: shell)
                return value.isNull ? "" : quote(fieldText(value, shell: shell))
            }
            lines.append(fields.joined(separator: delimiter))
        }
        return lines
    }

    /// A field is the value's .NET ToString(), not PowerShell's conversion to string: a date in the culture's
    /// format (`1/2/2020 12:00:00 AM`), an array as `System.Object[]` (CSVCommands.cs GetToStringValueForProperty:
    /// `property.Value.ToString()`). A [pscustomobject] stays `@{...}`, as PSObject.ToString() writes it.
    static func fieldText(_ value: Value, shell: Shell) -> String {
        switch value {
        case .date, .array, .dotNet:
            guard let text = try? Members.invoke(value, "ToString", [], shell: shell, span: .unknown) else { break }
            return LanguagePrimitives.toString(text)
        default:
            break
        }
        return LanguagePrimitives.toString(value)
    }

    static func quote(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    static func objects(_ text: String, delimiter: String, header: [String]?) -> [Value] {
        var rows = parse(text, delimiter: Character(delimiter.first.map(String.init) ?? ","))
        rows.removeAll { $0.count == 1 && $0[0].isEmpty }
        if let first = rows.first?.first, first.hasPrefix("#TYPE") { rows.removeFirst() }
        guard let names = header ?? rows.first else { return [] }
        if header == nil { rows.removeFirst() }
        return rows.map { row in
            var pairs: [(String, Value)] = []
            for (index, name) in names.enumerated() {
                pairs.append((name, index < row.count ? .string(row[index]) : .null))
            }
            return .object(PSObject.customObject(pairs))
        }
    }

    static func parse(_ text: String, delimiter: Character) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var characters = Array(text)[...]
        while let c = characters.popFirst() {
            if quoted {
                if c == "\"" {
                    if characters.first == "\"" { characters.removeFirst(); field.append("\"") } else { quoted = false }
                } else {
                    field.append(c)
                }
            } else if c == "\"" {
                quoted = true
            } else if c == delimiter {
                row.append(field)
                field = ""
            } else if c == "\n" || c == "\r\n" {
                row.append(field)
                rows.append(row)
                row = []
                field = ""
            } else if c != "\r" {
                field.append(c)
            }
        }
        if !field.isEmpty || !row.isEmpty {
            row.append(field)
            rows.append(row)
        }
        return rows
    }
}
