import ShellEngine
import ShellFormatting
import Foundation

/// `Get-ChildItem` (`ls`, `dir`, `gci`): the items in a directory.
public final class GetChildItemCommand: Cmdlet {
    public static let metadata = CommandMetadata(
        name: "Get-ChildItem", className: "Microsoft.PowerShell.Commands.GetChildItemCommand", module: "Microsoft.PowerShell.Management",
        synopsis: "Gets the items and child items in one or more specified locations.",
        parameters: [
            ParameterMetadata("Path", .array(.string), aliases: ["LiteralPath"], position: 0, pipeline: [.byValue, .byPropertyName], description: "Specifies a path to one or more locations.", wildcards: true),
            ParameterMetadata("Filter", .string, position: 1, description: "Specifies a filter to qualify the Path parameter.", wildcards: true),
            ParameterMetadata("Include", .array(.string), description: "Specifies an array of one or more string patterns to be matched as the cmdlet gets child items.", wildcards: true),
            ParameterMetadata("Exclude", .array(.string), description: "Specifies an array of one or more string patterns to be matched as the cmdlet gets child items.", wildcards: true),
            ParameterMetadata("Recurse", .switchParameter, aliases: ["s"], description: "Gets the items in the specified locations and in all child items of the locations."),
            ParameterMetadata("Depth", .int, description: "Determines the number of subdirectory levels that are included in the recursion."),
            ParameterMetadata("Force", .switchParameter, description: "Allows the cmdlet to get items that otherwise can't be accessed by the user, such as hidden or system files."),
            ParameterMetadata("Name", .switchParameter, description: "Gets only the names of the items in the location."),
            ParameterMetadata("File", .switchParameter, description: "To get a list of files, use the File parameter."),
            ParameterMetadata("Directory", .switchParameter, aliases: ["ad", "d"], description: "To get a list of directories, use the Directory parameter."),
        ])

    public init() {}

    public func process(_ context: CommandContext) throws {
        let p = context.parameters
        let shell = context.shell
        let written = p.strings("Path") ?? [shell.location]
        let filter = p.string("Filter").map { WildcardPattern($0) }
        let include = (p.strings("Include") ?? []).map { WildcardPattern($0) }
        let exclude = (p.strings("Exclude") ?? []).map { WildcardPattern($0) }
        let maxDepth = p.int("Depth") ?? (p.isOn("Recurse") ? 64 : 0)
        for path in written {
            let matches = FileSystemItems.expand(path, shell: shell)
            if matches.isEmpty {
                try context.writeError(FileSystemItems.notFound(shell.resolvePath(path), context))
                continue
            }
            for match in matches {
                if FileSystemItems.isDirectory(match) {
                    try list(match, base: match, depth: 0, maxDepth: maxDepth, filter: filter, include: include, exclude: exclude, context: context)
                } else if let item = FileSystemItems.item(atPath: match) {
                    try emit(item, base: (match as NSString).deletingLastPathComponent, context: context)
                }
            }
        }
    }

    private func list(_ directory: String, base: String, depth: Int, maxDepth: Int, filter: WildcardPattern?, include: [WildcardPattern],
                      exclude: [WildcardPattern], context: CommandContext) throws {
        let p = context.parameters
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [])
            .filter { p.isOn("Force") || !$0.hasPrefix(".") }
            .sorted { $0.lowercased() < $1.lowercased() }
        var subdirectories: [String] = []
        for name in names {
            let path = (directory as NSString).appendingPathComponent(name)
            let isDirectory = FileSystemItems.isDirectory(path)
            if isDirectory { subdirectories.append(path) }
            if let filter, !filter.matches(name) { continue }
            if !include.isEmpty && !include.contains(where: { $0.matches(name) }) { continue }
            if exclude.contains(where: { $0.matches(name) }) { continue }
            if p.isOn("File") && isDirectory { continue }
            if p.isOn("Directory") && !isDirectory { continue }
            if let item = FileSystemItems.item(atPath: path) { try emit(item, base: base, context: context) }
        }
        if depth < maxDepth {
            for subdirectory in subdirectories {
                try list(subdirectory, base: base, depth: depth + 1, maxDepth: maxDepth, filter: filter, include: include, exclude: exclude, context: context)
            }
        }
    }

    private func emit(_ item: PSObject, base: String, context: CommandContext) throws {
        if context.parameters.isOn("Name") {
            let full = LanguagePrimitives.toString(item["FullName"])
            let relative = full.hasPrefix(base + "/") ? String(full.dropFirst(base.count + 1)) : LanguagePrimitives.toString(item["Name"])
            try context.write(.string(relative))
        } else {
            try context.write(.object(item))
        }
    }
}
