import ShellEngine
import ShellFormatting
import Foundation

/// `Copy-Item` (`cp`, `copy`): copies files and directories.
public final class CopyItemCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Copy-Item", className: "Microsoft.PowerShell.Commands.CopyItemCommand", module: "Microsoft.PowerShell.Management",
        synopsis: "Copies an item from one location to another.",
        supportsShouldProcess: true)

    @Parameter(aliases: ["LiteralPath", "FullName"], mandatory: true, position: 0, pipeline: [.byValue, .byPropertyName], description: "Specifies, as a string array, the path to the items to copy.", wildcards: true)
    var path: [String]
    @Parameter(position: 1, pipeline: .byPropertyName, description: "Specifies the path to the new location.")
    var destination: String?
    @Parameter(description: "Indicates that this cmdlet does a recursive copy.")
    var recurse: SwitchParameter
    @Parameter(description: "Indicates that this cmdlet copies items that can't otherwise be changed, such as copying over a read-only file or alias.")
    var force: SwitchParameter
    @Parameter(description: "Returns an object that represents the item with which you're working.")
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
                    if FileSystemItems.isDirectory(source) && !recurse.isPresent {
                        try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: false)
                    } else {
                        try FileManager.default.copyItem(atPath: source, toPath: target)
                    }
                } catch {
                    try context.writeError(context.errorRecord("Could not find a part of the path '\(target)'.", id: "CopyDirectoryInfoItemIOError",
                                                               category: .writeError, reason: "IOException", targetName: target, targetType: "String"))
                    continue
                }
                if passThru.isPresent, let item = FileSystemItems.item(atPath: target) { try context.write(.object(item)) }
            }
        }
    }
}
