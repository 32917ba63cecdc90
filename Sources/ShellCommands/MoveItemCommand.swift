import Foundation
import ShellEngine

/// `Move-Item` (`mv`, `move`, `mi`): moves files and folders; into a folder when the destination is one
/// (FileSystemProvider.MoveItem: an existing file is replaced only with -Force; a folder is never merged).
public final class MoveItemCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Move-Item", className: "Microsoft.PowerShell.Commands.MoveItemCommand", module: "Microsoft.PowerShell.Management",
        synopsis: "Moves an item from one location to another.",
        description: "The Move-Item cmdlet moves an item, including its properties, contents, and child items, from one location to another location. The locations must be supported by the same provider. When you move an item, it is added to the new location and deleted from its original location.",
        supportsShouldProcess: true,
        examples: [
            HelpExample("Move-Item -Path C:\\test.txt -Destination E:\\Temp\\tst.txt", "Moves test.txt and renames it tst.txt."),
            HelpExample("Move-Item -Path .\\*.txt -Destination C:\\Logs", "Moves every .txt file in the current folder to C:\\Logs."),
        ])

    @Parameter(aliases: ["LiteralPath", "PSPath"], mandatory: true, position: 0, pipeline: [.byValue, .byPropertyName], description: "Specifies the path to the current location of the items. Wildcard characters are permitted.", wildcards: true)
    var path: [String]
    @Parameter(position: 1, pipeline: .byPropertyName, description: "Specifies the path to the location where the items are being moved. The default is the current directory. To rename the item being moved, specify a new name in the value of the Destination parameter.")
    var destination: String?
    @Parameter(description: "Forces the command to run without asking for user confirmation: an existing file at the destination is replaced.")
    var force: SwitchParameter
    @Parameter(description: "Returns an object representing the item moved. By default, this cmdlet does not generate any output.")
    var passThru: SwitchParameter

    public init() {}

    public func process(_ context: CommandContext) throws {
        let shell = context.shell
        let destination = shell.resolvePath(self.destination ?? shell.location)
        for written in path {
            let matches = FileSystemItems.expand(written, shell: shell)
            if matches.isEmpty {
                try context.writeError(FileSystemItems.notFound(shell.resolvePath(written), context))
                continue
            }
            for source in matches { try move(source, to: destination, context) }
        }
    }

    private func move(_ source: String, to destination: String, _ context: CommandContext) throws {
        let isDirectory = FileSystemItems.isDirectory(source)
        var target = destination
        if FileSystemItems.isDirectory(destination) { target = (destination as NSString).appendingPathComponent((source as NSString).lastPathComponent) }
        if isDirectory, target == source || target.hasPrefix(source + "/") {
            try context.writeError(context.errorRecord("Destination path cannot be a subdirectory of the source or the source itself: \(target).",
                                                       id: "MoveItemArgumentError", category: .invalidArgument, reason: "IOException", targetName: target, targetType: "String"))
            return
        }
        guard try context.shouldProcess(target: "Item: \(source) Destination: \(target)", action: isDirectory ? "Move Directory" : "Move File") else { return }
        if FileManager.default.fileExists(atPath: target) {
            // .NET's MoveTo refuses an existing target; the provider retries a file after deleting the target with -Force.
            guard !isDirectory, force.isPresent, !FileSystemItems.isDirectory(target) else {
                try context.writeError(context.errorRecord("Cannot create a file when that file already exists.",
                                                           id: isDirectory ? "MoveDirectoryItemIOError" : "MoveFileInfoItemIOError",
                                                           category: .writeError, reason: "IOException", targetName: source, targetType: "String"))
                return
            }
            do {
                try FileManager.default.removeItem(atPath: target)
            } catch {
                try context.writeError(context.errorRecord("Access to the path '\(target)' is denied.", id: "MoveFileInfoItemUnauthorizedAccessError",
                                                           category: .permissionDenied, reason: "UnauthorizedAccessException", targetName: target, targetType: "String"))
                return
            }
        }
        do {
            try FileManager.default.moveItem(atPath: source, toPath: target)
        } catch {
            try context.writeError(context.errorRecord("Could not find a part of the path.", id: isDirectory ? "MoveDirectoryItemIOError" : "MoveFileInfoItemIOError",
                                                       category: .writeError, reason: "IOException", targetName: source, targetType: "String"))
            return
        }
        if passThru.isPresent, let item = FileSystemItems.item(atPath: target) { try context.write(.object(item)) }
    }
}
