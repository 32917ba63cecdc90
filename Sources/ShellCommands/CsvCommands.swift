import ShellEngine
import ShellFormatting
import Foundation

/// `Export-Csv` / `ConvertTo-Csv`: 5.1 writes `#TYPE <type>` first unless `-NoTypeInformation`.
public final class ExportCsvCommand: Cmdlet {
    public static let metadata = CommandMetadata(
        name: "Export-Csv", className: "Microsoft.PowerShell.Commands.ExportCsvCommand",
        synopsis: "Converts objects into a series of character-separated value (CSV) strings and saves the strings to a file.",
        parameters: [
            ParameterMetadata("InputObject", .any, mandatory: true, pipeline: .byValue, description: "Specifies the objects to export as CSV strings."),
            ParameterMetadata("Path", .string, aliases: ["LiteralPath"], position: 0, description: "Specifies the path to the CSV output file."),
            ParameterMetadata("Delimiter", .string, position: 1, description: "Specifies a delimiter to separate the property values."),
            ParameterMetadata("NoTypeInformation", .switchParameter, aliases: ["NTI"], description: "Removes the #TYPE information header from the output."),
            ParameterMetadata("Append", .switchParameter, description: "Use this parameter so that Export-CSV adds CSV output to the end of the specified file."),
            ParameterMetadata("Force", .switchParameter, description: "This parameter allows Export-Csv to overwrite files with the Read Only attribute."),
            ParameterMetadata("Encoding", .string, description: "Specifies the encoding for the exported CSV file."),
        ], supportsShouldProcess: true)

    private var items: [Value] = []

    public init() {}

    public func process(_ context: CommandContext) throws {
        if let item = context.inputObject ?? context.parameters["InputObject"] { items.append(item) }
    }

    public func end(_ context: CommandContext) throws {
        guard let written = context.parameters.string("Path") else {
            throw context.failure("Cannot perform operation because the path resolved to more than one file. This command cannot operate on multiple files.",
                                  id: "CannotSpecifyPathAndLiteralPath", category: .invalidData, reason: "InvalidOperationException")
        }
        let path = context.shell.resolvePath(written)
        guard try context.shouldProcess(target: path, action: "Export-Csv") else { return }
        let lines = CsvText.lines(items, delimiter: context.parameters.string("Delimiter") ?? ",", typeInformation: !context.parameters.isOn("NoTypeInformation"), shell: context.shell)
        try FileText.write(lines.map { $0 + "\n" }.joined(), to: path, append: context.parameters.isOn("Append"), shell: context.shell, span: context.span)
    }
}

public final class ConvertToCsvCommand: Cmdlet {
    public static let metadata = CommandMetadata(
        name: "ConvertTo-Csv", className: "Microsoft.PowerShell.Commands.ConvertToCsvCommand",
        synopsis: "Converts .NET objects into a series of character-separated value (CSV) strings.",
        parameters: [
            ParameterMetadata("InputObject", .any, mandatory: true, position: 0, pipeline: .byValue, description: "Specifies the objects that are converted to CSV strings."),
            ParameterMetadata("Delimiter", .string, position: 1, description: "Specifies the delimiter to separate the property values in CSV strings."),
            ParameterMetadata("NoTypeInformation", .switchParameter, aliases: ["NTI"], description: "Removes the #TYPE information header from the output."),
        ])

    private var items: [Value] = []

    public init() {}

    public func process(_ context: CommandContext) throws {
        if let item = context.inputObject ?? context.parameters["InputObject"] { items.append(item) }
    }

    public func end(_ context: CommandContext) throws {
        for line in CsvText.lines(items, delimiter: context.parameters.string("Delimiter") ?? ",", typeInformation: !context.parameters.isOn("NoTypeInformation"), shell: context.shell) {
            try context.write(.string(line))
        }
    }
}

/// `Import-Csv` / `ConvertFrom-Csv`: one PSCustomObject per row, named by the header.
public final class ImportCsvCommand: Cmdlet {
    public static let metadata = CommandMetadata(
        name: "Import-Csv", className: "Microsoft.PowerShell.Commands.ImportCsvCommand",
        synopsis: "Creates table-like custom objects from the items in a character-separated value (CSV) file.",
        parameters: [
            ParameterMetadata("Path", .array(.string), aliases: ["LiteralPath"], position: 0, pipeline: .byValue, description: "Specifies the path to the CSV file to import."),
            ParameterMetadata("Delimiter", .string, position: 1, description: "Specifies the delimiter that separates the property values in the CSV file."),
            ParameterMetadata("Header", .array(.string), description: "Specifies an alternate column header row for the imported file."),
            ParameterMetadata("Encoding", .string, description: "Specifies the encoding for the imported CSV file."),
        ])

    public init() {}

    public func process(_ context: CommandContext) throws {
        for written in context.parameters.strings("Path") ?? [] {
            let path = context.shell.resolvePath(written)
            guard let data = FileManager.default.contents(atPath: path) else {
                try context.writeError(FileSystemItems.notFound(path, context))
                continue
            }
            let text = String(decoding: data, as: UTF8.self)
            for object in CsvText.objects(text, delimiter: context.parameters.string("Delimiter") ?? ",", header: context.parameters.strings("Header")) {
                try context.write(object)
            }
        }
    }
}

public final class ConvertFromCsvCommand: Cmdlet {
    public static let metadata = CommandMetadata(
        name: "ConvertFrom-Csv", className: "Microsoft.PowerShell.Commands.ConvertFromCsvCommand",
        synopsis: "Converts object properties in character-separated value (CSV) format into CSV versions of the original objects.",
        parameters: [
            ParameterMetadata("InputObject", .array(.string), mandatory: true, position: 0, pipeline: [.byValue, .byPropertyName], description: "Specifies the CSV strings to be converted to objects."),
            ParameterMetadata("Delimiter", .string, position: 1, description: "Specifies the delimiter that separates the property values in the CSV strings."),
            ParameterMetadata("Header", .array(.string), description: "Specifies an alternate column header row for the imported string."),
        ])

    private var lines: [String] = []

    public init() {}

    public func process(_ context: CommandContext) throws {
        lines.append(contentsOf: context.parameters.strings("InputObject") ?? [])
    }

    public func end(_ context: CommandContext) throws {
        for object in CsvText.objects(lines.joined(separator: "\n"), delimiter: context.parameters.string("Delimiter") ?? ",", header: context.parameters.strings("Header")) {
            try context.write(object)
        }
    }
}

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
                return value.isNull ? "" : quote(LanguagePrimitives.toString(value))
            }
            lines.append(fields.joined(separator: delimiter))
        }
        return lines
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
