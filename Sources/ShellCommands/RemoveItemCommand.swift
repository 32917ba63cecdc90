import ShellEngine
import ShellFormatting
import Foundation

/// `Remove-Item` (`rm`, `del`, `ri`): deletes files and directories.
public final class RemoveItemCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Remove-Item", className: "Microsoft.PowerShell.Commands.RemoveItemCommand", module: "Microsoft.PowerShell.Management",
        synopsis: "Deletes the specified items.",
        supportsShouldProcess: true)

    @Parameter(aliases: ["LiteralPath", "FullName"], mandatory: true, position: 0, pipeline: [.byValue, .byPropertyName], description: "Specifies a path of the items being removed.", wildcards: true)
    var path: [String]
    @Parameter(aliases: ["r"], description: "Indicates that this cmdlet deletes the items in the specified locations and in all child items of the locations.")
    var recurse: SwitchParameter
    @Parameter(description: "Forces the cmdlet to remove items that can't otherwise be changed, such as hidden or read-only files.")
    var force: SwitchParameter

    public init() {}

    public func process(_ context: CommandContext) throws {
        for written in self.path {
            let matches = FileSystemItems.expand(written, shell: context.shell)
            if matches.isEmpty {
                try context.writeError(FileSystemItems.notFound(context.shell.resolvePath(written), context))
                continue
            }
            for path in matches {
                let isDirectory = FileSystemItems.isDirectory(path)
                if isDirectory, !recurse.isPresent, !((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).isEmpty {
                    if !context.shell.host.isInteractive || context.confirmIsBound {
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
