import ShellEngine
import ShellFormatting
import Foundation

/// `New-Item` (`ni`): creates a file or directory.
public final class NewItemCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "New-Item", className: "Microsoft.PowerShell.Commands.NewItemCommand", module: "Microsoft.PowerShell.Management",
        synopsis: "Creates a new item.",
        supportsShouldProcess: true)

    @Parameter(position: 0, pipeline: .byPropertyName, description: "Specifies the path of the location of the new item.")
    var path: [String]?
    @Parameter(pipeline: .byPropertyName, description: "Specifies the name of the new item.")
    var name: String?
    @Parameter(aliases: ["Type"], pipeline: .byPropertyName, description: "Specifies the provider-specified type of the new item: File or Directory.")
    var itemType: String = "File"
    @Parameter(pipeline: [.byValue, .byPropertyName], description: "Specifies the value of the new item.")
    var value: Value
    @Parameter(description: "Forces this cmdlet to create an item that writes over an existing read-only item.")
    var force: SwitchParameter

    public init() {}

    public func process(_ context: CommandContext) throws {
        let shell = context.shell
        // Unbound or $null creates in the current location; an empty list creates nothing.
        let bases = self.path ?? [shell.location]
        let kind = itemType.lowercased()
        for base in bases {
            var path = shell.resolvePath(base)
            if let name { path = (path as NSString).appendingPathComponent(name) }
            let isDirectory = kind == "directory" || kind == "container"
            guard isDirectory || kind == "file" else {
                throw context.failure("The type is not a known type for the file system. Only \"file\" and \"directory\" can be specified.", id: "Argument",
                                      category: .invalidArgument, reason: "PSArgumentException", targetName: path, targetType: "String")
            }
            if FileManager.default.fileExists(atPath: path) && !(force.isPresent && !isDirectory) && !(force.isPresent && FileSystemItems.isDirectory(path)) {
                try context.writeError(context.errorRecord(isDirectory ? "An item with the specified name \(path) already exists." : "The file '\(path)' already exists.",
                                                           id: isDirectory ? "DirectoryExist" : "NewItemIOError", category: .resourceExists,
                                                           reason: "IOException", targetName: path, targetType: "String"))
                continue
            }
            guard try context.shouldProcess(target: "Destination: \(path)", action: isDirectory ? "Create Directory" : "Create File") else { continue }
            do {
                if isDirectory {
                    // DirectoryInfo.CreateSubdirectory creates the missing folders above it too (FileSystemProvider.cs at
                    // 60b3b304f2, CreateDirectory), with or without -Force.
                    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
                } else {
                    let text = $value.isBound ? LanguagePrimitives.toString(value) : ""
                    if force.isPresent {
                        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                    }
                    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
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
