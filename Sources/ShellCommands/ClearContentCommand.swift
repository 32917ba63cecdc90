import Foundation
import ShellEngine

/// `Clear-Content` (`clc`): empties files, keeping the files themselves (FileSystemProvider.ClearContent).
public final class ClearContentCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Clear-Content", className: "Microsoft.PowerShell.Commands.ClearContentCommand", module: "Microsoft.PowerShell.Management",
        synopsis: "Deletes the contents of an item, but does not delete the item.",
        description: "The Clear-Content cmdlet deletes the contents of an item, such as deleting the text from a file, but it does not delete the item. As a result, the item exists, but it is empty.",
        supportsShouldProcess: true,
        examples: [
            HelpExample("Clear-Content ..\\SmpUsers\\*\\init.txt", "Deletes the content of every init.txt file in the subfolders of SmpUsers."),
            HelpExample("Clear-Content -Path *.log", "Empties every .log file in the current folder."),
        ])

    @Parameter(aliases: ["LiteralPath", "PSPath"], mandatory: true, position: 0, pipeline: .byPropertyName, description: "Specifies the paths to the items from which content is deleted. Wildcard characters are permitted.", wildcards: true)
    var path: [String]
    @Parameter(description: "Forces the command to run without asking for user confirmation.")
    var force: SwitchParameter

    public init() {}

    public func process(_ context: CommandContext) throws {
        for written in path {
            let matches = FileSystemItems.expand(written, shell: context.shell)
            if matches.isEmpty {
                try context.writeError(FileSystemItems.notFound(context.shell.resolvePath(written), context))
                continue
            }
            for file in matches {
                if FileSystemItems.isDirectory(file) {
                    try context.writeError(context.errorRecord("Unable to clear content of '\(file)' because it is a directory. Clear-Content is only supported on files.",
                                                               id: "ClearDirectoryContent", category: .invalidOperation, reason: "NotSupportedException",
                                                               targetName: file, targetType: "String"))
                    continue
                }
                guard try context.shouldProcess(target: "Item: \(file)", action: "Clear Content") else { continue }
                // Truncating in place keeps the file's mode and owner, as emptying a file on Windows keeps its ACL.
                guard let handle = FileHandle(forWritingAtPath: file) else {
                    try context.writeError(context.errorRecord("Access to the path '\(file)' is denied.", id: "ClearContentUnauthorizedAccessError",
                                                               category: .permissionDenied, reason: "UnauthorizedAccessException", targetName: file, targetType: "String"))
                    continue
                }
                defer { try? handle.close() }
                do {
                    try handle.truncate(atOffset: 0)
                } catch {
                    try context.writeError(context.errorRecord("The process cannot access the file '\(file)' because it is being used by another process.",
                                                               id: "ClearContentIOError", category: .writeError, reason: "IOException", targetName: file, targetType: "String"))
                }
            }
        }
    }
}
