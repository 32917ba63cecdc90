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

/// `Test-Path`: whether a path exists (and is a file or a directory).
public final class TestPathCommand: Cmdlet {
    public static let metadata = CommandMetadata(
        name: "Test-Path", className: "Microsoft.PowerShell.Commands.TestPathCommand", module: "Microsoft.PowerShell.Management",
        synopsis: "Determines whether all elements of a path exist.",
        parameters: [
            ParameterMetadata("Path", .array(.string), aliases: ["LiteralPath"], mandatory: true, position: 0, pipeline: [.byValue, .byPropertyName], description: "Specifies a path to be tested.", wildcards: true),
            ParameterMetadata("PathType", .enumeration(typeName: "Microsoft.PowerShell.Commands.TestPathType", names: ["Any", "Container", "Leaf"]), aliases: ["Type"], description: "Specifies the type of the final element in the path."),
            ParameterMetadata("IsValid", .switchParameter, description: "Indicates that this cmdlet tests the syntax of the path, regardless of whether the elements of the path exist."),
        ])

    public init() {}

    public func process(_ context: CommandContext) throws {
        let kind = context.parameters.string("PathType")?.lowercased() ?? "any"
        for path in context.parameters.strings("Path") ?? [] {
            if context.parameters.isOn("IsValid") {
                try context.write(.bool(!path.isEmpty && !path.contains("\0")))
                continue
            }
            let matches = path.isEmpty ? [] : FileSystemItems.expand(path, shell: context.shell)
            let result = matches.contains { match in
                switch kind {
                case "container": return FileSystemItems.isDirectory(match)
                case "leaf": return !FileSystemItems.isDirectory(match)
                default: return true
                }
            }
            try context.write(.bool(result))
        }
    }
}

/// `New-Item` (`ni`): creates a file or directory.
public final class NewItemCommand: Cmdlet {
    public static let metadata = CommandMetadata(
        name: "New-Item", className: "Microsoft.PowerShell.Commands.NewItemCommand", module: "Microsoft.PowerShell.Management",
        synopsis: "Creates a new item.",
        parameters: [
            ParameterMetadata("Path", .array(.string), position: 0, pipeline: .byPropertyName, description: "Specifies the path of the location of the new item."),
            ParameterMetadata("Name", .string, pipeline: .byPropertyName, description: "Specifies the name of the new item."),
            ParameterMetadata("ItemType", .string, aliases: ["Type"], pipeline: .byPropertyName, description: "Specifies the provider-specified type of the new item: File or Directory."),
            ParameterMetadata("Value", .any, pipeline: [.byValue, .byPropertyName], description: "Specifies the value of the new item."),
            ParameterMetadata("Force", .switchParameter, description: "Forces this cmdlet to create an item that writes over an existing read-only item."),
        ], supportsShouldProcess: true)

    public init() {}

    public func process(_ context: CommandContext) throws {
        let p = context.parameters
        let shell = context.shell
        let bases = p.strings("Path") ?? [shell.location]
        let kind = (p.string("ItemType") ?? "File").lowercased()
        for base in bases {
            var path = shell.resolvePath(base)
            if let name = p.string("Name") { path = (path as NSString).appendingPathComponent(name) }
            let isDirectory = kind == "directory" || kind == "container"
            guard isDirectory || kind == "file" else {
                throw context.failure("The type is not a known type for the file system. Only \"file\" and \"directory\" can be specified.", id: "Argument",
                                      category: .invalidArgument, reason: "PSArgumentException", targetName: path, targetType: "String")
            }
            if FileManager.default.fileExists(atPath: path) && !(p.isOn("Force") && !isDirectory) && !(p.isOn("Force") && FileSystemItems.isDirectory(path)) {
                try context.writeError(context.errorRecord(isDirectory ? "An item with the specified name \(path) already exists." : "The file '\(path)' already exists.",
                                                           id: isDirectory ? "DirectoryExist" : "NewItemIOError", category: .resourceExists,
                                                           reason: "IOException", targetName: path, targetType: "String"))
                continue
            }
            guard try context.shouldProcess(target: "Destination: \(path)", action: isDirectory ? "Create Directory" : "Create File") else { continue }
            do {
                if isDirectory {
                    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: p.isOn("Force"))
                } else {
                    let value = p["Value"].map { LanguagePrimitives.toString($0) } ?? ""
                    if p.isOn("Force") {
                        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                    }
                    try Data(value.utf8).write(to: URL(fileURLWithPath: path))
                }
            } catch {
                try context.writeError(context.errorRecord("Could not find a part of the path '\(path)'.", id: "NewItemIOError", category: .writeError,
                                                           reason: "DirectoryNotFoundException", targetName: path, targetType: "String"))
                continue
            }
            if let item = FileSystemItems.item(atPath: path) { try context.write(.object(item)) }
        }
    }
}

/// `Remove-Item` (`rm`, `del`, `ri`): deletes files and directories.
public final class RemoveItemCommand: Cmdlet {
    public static let metadata = CommandMetadata(
        name: "Remove-Item", className: "Microsoft.PowerShell.Commands.RemoveItemCommand", module: "Microsoft.PowerShell.Management",
        synopsis: "Deletes the specified items.",
        parameters: [
            ParameterMetadata("Path", .array(.string), aliases: ["LiteralPath", "FullName"], mandatory: true, position: 0, pipeline: [.byValue, .byPropertyName], description: "Specifies a path of the items being removed.", wildcards: true),
            ParameterMetadata("Recurse", .switchParameter, aliases: ["r"], description: "Indicates that this cmdlet deletes the items in the specified locations and in all child items of the locations."),
            ParameterMetadata("Force", .switchParameter, description: "Forces the cmdlet to remove items that can't otherwise be changed, such as hidden or read-only files."),
        ], supportsShouldProcess: true)

    public init() {}

    public func process(_ context: CommandContext) throws {
        let p = context.parameters
        for written in p.strings("Path") ?? [] {
            let matches = FileSystemItems.expand(written, shell: context.shell)
            if matches.isEmpty {
                try context.writeError(FileSystemItems.notFound(context.shell.resolvePath(written), context))
                continue
            }
            for path in matches {
                let isDirectory = FileSystemItems.isDirectory(path)
                if isDirectory, !p.isOn("Recurse"), !((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).isEmpty {
                    if !context.shell.host.isInteractive || p.has("Confirm") {
                        try context.writeError(context.errorRecord("The item at \(path) has children and the Recurse parameter was not specified.",
                                                                   id: "RemoveItemIOError", category: .writeError, reason: "IOException", targetName: path, targetType: "String"))
                        continue
                    }
                }
                guard try context.shouldProcess(target: path, action: isDirectory ? "Remove Directory" : "Remove File") else { continue }
                do {
                    try FileManager.default.removeItem(atPath: path)
                } catch {
                    try context.writeError(context.errorRecord("Cannot remove item \(path): Access to the path '\(path)' is denied.", id: "RemoveFileSystemItemUnAuthorizedAccess",
                                                               category: .permissionDenied, reason: "UnauthorizedAccessException", targetName: path, targetType: "String"))
                }
            }
        }
    }
}

/// `Copy-Item` (`cp`, `copy`): copies files and directories.
public final class CopyItemCommand: Cmdlet {
    public static let metadata = CommandMetadata(
        name: "Copy-Item", className: "Microsoft.PowerShell.Commands.CopyItemCommand", module: "Microsoft.PowerShell.Management",
        synopsis: "Copies an item from one location to another.",
        parameters: [
            ParameterMetadata("Path", .array(.string), aliases: ["LiteralPath", "FullName"], mandatory: true, position: 0, pipeline: [.byValue, .byPropertyName], description: "Specifies, as a string array, the path to the items to copy.", wildcards: true),
            ParameterMetadata("Destination", .string, position: 1, pipeline: .byPropertyName, description: "Specifies the path to the new location."),
            ParameterMetadata("Recurse", .switchParameter, description: "Indicates that this cmdlet does a recursive copy."),
            ParameterMetadata("Force", .switchParameter, description: "Indicates that this cmdlet copies items that can't otherwise be changed, such as copying over a read-only file or alias."),
            ParameterMetadata("PassThru", .switchParameter, description: "Returns an object that represents the item with which you're working."),
        ], supportsShouldProcess: true)

    public init() {}

    public func process(_ context: CommandContext) throws {
        let p = context.parameters
        let shell = context.shell
        let destination = shell.resolvePath(p.string("Destination") ?? shell.location)
        for written in p.strings("Path") ?? [] {
            let matches = FileSystemItems.expand(written, shell: shell)
            if matches.isEmpty {
                try context.writeError(FileSystemItems.notFound(shell.resolvePath(written), context))
                continue
            }
            for source in matches {
                var target = destination
                if FileSystemItems.isDirectory(destination) { target = (destination as NSString).appendingPathComponent((source as NSString).lastPathComponent) }
                if target == source { continue }
                guard try context.shouldProcess(target: "Item: \(source) Destination: \(target)", action: "Copy File") else { continue }
                do {
                    if FileManager.default.fileExists(atPath: target) {
                        guard !FileSystemItems.isDirectory(target) else { continue }
                        try FileManager.default.removeItem(atPath: target)
                    }
                    if FileSystemItems.isDirectory(source) && !p.isOn("Recurse") {
                        try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: false)
                    } else {
                        try FileManager.default.copyItem(atPath: source, toPath: target)
                    }
                } catch {
                    try context.writeError(context.errorRecord("Could not find a part of the path '\(target)'.", id: "CopyDirectoryInfoItemIOError",
                                                               category: .writeError, reason: "IOException", targetName: target, targetType: "String"))
                    continue
                }
                if p.isOn("PassThru"), let item = FileSystemItems.item(atPath: target) { try context.write(.object(item)) }
            }
        }
    }
}
