import ShellEngine
import ShellFormatting
import Foundation

/// `Get-ChildItem` (`ls`, `dir`, `gci`): the items in a directory.
public final class GetChildItemCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Get-ChildItem", className: "Microsoft.PowerShell.Commands.GetChildItemCommand", module: "Microsoft.PowerShell.Management",
        synopsis: "Gets the items and child items in one or more specified locations.")

    @Parameter(aliases: ["LiteralPath"], position: 0, pipeline: [.byValue, .byPropertyName], description: "Specifies a path to one or more locations.", wildcards: true)
    var path: [String]?
    @Parameter(position: 1, description: "Specifies a filter to qualify the Path parameter.", wildcards: true)
    var filter: String?
    @Parameter(description: "Specifies an array of one or more string patterns to be matched as the cmdlet gets child items.", wildcards: true)
    var include: [String]
    @Parameter(description: "Specifies an array of one or more string patterns to be matched as the cmdlet gets child items.", wildcards: true)
    var exclude: [String]
    @Parameter(aliases: ["s"], description: "Gets the items in the specified locations and in all child items of the locations.")
    var recurse: SwitchParameter
    @Parameter(description: "Determines the number of subdirectory levels that are included in the recursion.")
    var depth: Int?
    @Parameter(description: "Allows the cmdlet to get items that otherwise can't be accessed by the user, such as hidden or system files.")
    var force: SwitchParameter
    @Parameter(description: "Gets only the names of the items in the location.")
    var name: SwitchParameter
    @Parameter(description: "To get a list of files, use the File parameter.")
    var file: SwitchParameter
    @Parameter(aliases: ["ad", "d"], description: "To get a list of directories, use the Directory parameter.")
    var directory: SwitchParameter

    public init() {}

    public func process(_ context: CommandContext) throws {
        let shell = context.shell
        // Unbound or $null lists the current location; an empty list lists nothing.
        let written = path ?? [shell.location]
        let filter = self.filter.map { WildcardPattern($0) }
        let include = self.include.map { WildcardPattern($0) }
        let exclude = self.exclude.map { WildcardPattern($0) }
        let maxDepth = depth ?? (recurse.isPresent ? 64 : 0)
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
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [])
            .filter { force.isPresent || !$0.hasPrefix(".") }
            .sorted { $0.lowercased() < $1.lowercased() }
        var subdirectories: [String] = []
        for name in names {
            let path = (directory as NSString).appendingPathComponent(name)
            let isDirectory = FileSystemItems.isDirectory(path)
            if isDirectory { subdirectories.append(path) }
            if let filter, !filter.matches(name) { continue }
            if !include.isEmpty && !include.contains(where: { $0.matches(name) }) { continue }
            if exclude.contains(where: { $0.matches(name) }) { continue }
            if file.isPresent && isDirectory { continue }
            if self.directory.isPresent && !isDirectory { continue }
            if let item = FileSystemItems.item(atPath: path) { try emit(item, base: base, context: context) }
        }
        if depth < maxDepth {
            for subdirectory in subdirectories {
                try list(subdirectory, base: base, depth: depth + 1, maxDepth: maxDepth, filter: filter, include: include, exclude: exclude, context: context)
            }
        }
    }

    private func emit(_ item: PSObject, base: String, context: CommandContext) throws {
        if name.isPresent {
            let full = LanguagePrimitives.toString(item["FullName"])
            let relative = full.hasPrefix(base + "/") ? String(full.dropFirst(base.count + 1)) : LanguagePrimitives.toString(item["Name"])
            try context.write(.string(relative))
        } else {
            try context.write(.object(item))
        }
    }
}
