import ShellEngine
import ShellFormatting
import Foundation

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
