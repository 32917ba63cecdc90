import ShellEngine
import ShellFormatting

/// Help text laid out like PowerShell's help views.
public struct CommandHelp {
    let metadata: CommandMetadata

    public init(metadata: CommandMetadata) {
        self.metadata = metadata
    }

    public var syntaxLines: [String] {
        metadata.parameterSetNames.map { set in
            var parts = [metadata.name]
            let parameters = metadata.parameters.compactMap { p -> (ParameterMetadata, ParameterSetMembership)? in
                p.membership(in: set).map { (p, $0) }
            }
            let positional = parameters.filter { $0.1.position != nil }.sorted { ($0.1.position ?? 0) < ($1.1.position ?? 0) }
            let named = parameters.filter { $0.1.position == nil }.sorted { ($0.1.mandatory ? 0 : 1, $0.0.name) < ($1.1.mandatory ? 0 : 1, $1.0.name) }
            for (parameter, membership) in positional + named {
                let typeText: String
                if case .enumeration(_, let names) = parameter.type { typeText = " {" + names.joined(separator: " | ") + "}" }
                else if parameter.type.isSwitch { typeText = "" }
                else { typeText = " <\(parameter.type.syntaxName)>" }
                var text = membership.position != nil ? "[-\(parameter.name)]\(typeText)" : "-\(parameter.name)\(typeText)"
                if parameter.type.isSwitch { text = "-\(parameter.name)" }
                parts.append(membership.mandatory ? text : "[\(text)]")
            }
            if metadata.supportsShouldProcess { parts.append("[-WhatIf] [-Confirm]") }
            parts.append("[<CommonParameters>]")
            return parts.joined(separator: " ")
        }
    }

    public var summary: [String] {
        var lines = ["", "NAME", "    \(metadata.name)", "", "SYNOPSIS", "    \(metadata.synopsis)", "", "", "SYNTAX"]
        for syntax in syntaxLines { lines.append("    \(syntax)"); lines.append("") }
        lines.append("")
        lines.append("DESCRIPTION")
        lines.append(contentsOf: wrapped(metadata.description.isEmpty ? metadata.synopsis : metadata.description))
        lines.append("")
        lines.append("")
        lines.append("RELATED LINKS")
        for link in metadata.relatedLinks { lines.append("    \(link)") }
        lines.append("")
        lines.append("REMARKS")
        lines.append("    To see the examples, type: \"get-help \(metadata.name) -examples\".")
        lines.append("    For more information, type: \"get-help \(metadata.name) -detailed\".")
        lines.append("    For technical information, type: \"get-help \(metadata.name) -full\".")
        lines.append("")
        return lines
    }

    public var full: [String] {
        var lines = Array(summary.prefix { $0 != "RELATED LINKS" }.dropLast())
        lines.append("PARAMETERS")
        for parameter in metadata.parameters { lines.append(contentsOf: parameterBlock(parameter)) }
        lines.append("    <CommonParameters>")
        lines.append("        This cmdlet supports the common parameters: Verbose, Debug,")
        lines.append("        ErrorAction, ErrorVariable, WarningAction, WarningVariable,")
        lines.append("        OutBuffer, PipelineVariable, and OutVariable.")
        lines.append("")
        lines.append("INPUTS")
        lines.append("")
        lines.append("OUTPUTS")
        if let output = metadata.outputType { lines.append("    \(output)") }
        lines.append("")
        if !metadata.notes.isEmpty {
            lines.append("NOTES")
            lines.append(contentsOf: wrapped(metadata.notes))
            lines.append("")
        }
        lines.append(contentsOf: examples.dropFirst(7))
        return lines
    }

    public var examples: [String] {
        var lines = ["", "NAME", "    \(metadata.name)", "", "SYNOPSIS", "    \(metadata.synopsis)", ""]
        for (index, example) in metadata.examples.enumerated() {
            lines.append("    -------------------------- Example \(index + 1) --------------------------")
            lines.append("")
            lines.append("    PS C:\\>\(example.code)")
            lines.append("")
            lines.append(contentsOf: wrapped(example.remarks))
            lines.append("")
        }
        return lines
    }

    func parameterBlock(_ parameter: ParameterMetadata) -> [String] {
        let typeText = parameter.type.isSwitch ? "" : " <\(parameter.type.syntaxName)>"
        var lines = ["    -\(parameter.name)\(typeText)"]
        lines.append(contentsOf: wrapped(parameter.description, indent: 8))
        lines.append("")
        let memberships = Array(parameter.sets.values)
        let mandatory = memberships.contains { $0.mandatory }
        let position = memberships.compactMap(\.position).first.map { String($0) } ?? "named"
        let pipeline = memberships.map(\.pipeline).reduce(PipelineInput()) { $0.union($1) }
        var pipelineText = "false"
        if pipeline.contains(.byValue) && pipeline.contains(.byPropertyName) { pipelineText = "True (ByValue, ByPropertyName)" }
        else if pipeline.contains(.byValue) { pipelineText = "True (ByValue)" }
        else if pipeline.contains(.byPropertyName) { pipelineText = "True (ByPropertyName)" }
        lines.append("        Required?                    \(mandatory ? "true" : "false")")
        lines.append("        Position?                    \(position)")
        lines.append("        Default value                ")
        lines.append("        Accept pipeline input?       \(pipelineText)")
        lines.append("        Accept wildcard characters?  \(parameter.supportsWildcards ? "true" : "false")")
        if !parameter.aliases.isEmpty { lines.append("        Aliases                      \(parameter.aliases.joined(separator: ", "))") }
        lines.append("")
        return lines
    }

    func wrapped(_ text: String, indent: Int = 4, width: Int = 80) -> [String] {
        var lines: [String] = []
        let pad = String(repeating: " ", count: indent)
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            for word in paragraph.split(separator: " ") {
                if !line.isEmpty && pad.count + line.count + 1 + word.count > width {
                    lines.append(pad + line)
                    line = ""
                }
                line += line.isEmpty ? String(word) : " " + word
            }
            lines.append(line.isEmpty ? "" : pad + line)
        }
        return lines
    }
}
