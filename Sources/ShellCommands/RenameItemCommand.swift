import Foundation
import ShellEngine

/// `Rename-Item` (`ren`, `rni`): gives a file or folder a new name in the same folder (Navigation.cs RenameItemCommand,
/// FileSystemProvider.RenameItem).
public final class RenameItemCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Rename-Item", className: "Microsoft.PowerShell.Commands.RenameItemCommand", module: "Microsoft.PowerShell.Management",
        synopsis: "Renames an item in a PowerShell provider namespace.",
        description: "The Rename-Item cmdlet changes the name of a specified item. This cmdlet does not affect the content of the item being renamed. You can't use Rename-Item to move an item, such as by specifying a path together with the new name. To move and rename an item, use the Move-Item cmdlet.",
        supportsShouldProcess: true,
        examples: [
            HelpExample("Rename-Item -Path \"c:\\logfiles\\daily_file.txt\" -NewName \"monday_file.txt\"", "Renames daily_file.txt to monday_file.txt."),
            HelpExample("Get-ChildItem *.txt | Rename-Item -NewName { $_.Name -replace '.txt','.log' }", "Renames every .txt file to .log."),
        ])

    @Parameter(aliases: ["LiteralPath", "PSPath"], mandatory: true, position: 0, pipeline: [.byValue, .byPropertyName], description: "Specifies the path of the item to rename.")
    var path: String
    @Parameter(mandatory: true, position: 1, pipeline: .byPropertyName, description: "Specifies the new name of the item. Enter only a name, not a path and name. If you enter a path that differs from the path that is specified in the Path parameter, Rename-Item generates an error. To rename and move an item, use Move-Item.")
    var newName: String
    @Parameter(description: "Forces the cmdlet to rename items that can't otherwise be changed, such as hidden or read-only files.")
    var force: SwitchParameter
    @Parameter(description: "Returns an object that represents the item to the pipeline. By default, this cmdlet does not generate any output.")
    var passThru: SwitchParameter

    public init() {}

    public func process(_ context: CommandContext) throws {
        let source = context.shell.resolvePath(path)
        guard FileManager.default.fileExists(atPath: source) else {
            try context.writeError(context.errorRecord("Cannot rename because item at '\(path)' does not exist.", id: "InvalidOperation",
                                                       category: .invalidOperation, reason: "PSInvalidOperationException", targetName: path, targetType: "String"))
            return
        }
        var name = newName
        if name.hasPrefix("./") || name.hasPrefix(".\\") {
            name.removeFirst(2)
        } else if (context.shell.resolvePath(name) as NSString).deletingLastPathComponent == (source as NSString).deletingLastPathComponent {
            // A path into the same folder is allowed and means its last part.
            name = (name as NSString).lastPathComponent
        }
        if name.isEmpty || name.contains("/") || name.contains("\\") {
            try context.writeError(context.errorRecord("Cannot rename the specified target, because it represents a path or device name.", id: "Argument",
                                                       category: .invalidArgument, reason: "PSArgumentException", targetName: newName, targetType: "String"))
            return
        }
        let target = ((source as NSString).deletingLastPathComponent as NSString).appendingPathComponent(name)
        let isDirectory = FileSystemItems.isDirectory(source)
        guard try context.shouldProcess(target: "Item: \(source) Destination: \(target)", action: isDirectory ? "Rename Directory" : "Rename File") else { return }
        // .NET's MoveTo refuses an existing target, so a file is never replaced by a rename.
        if target != source && FileManager.default.fileExists(atPath: target) {
            try context.writeError(context.errorRecord("Cannot create a file when that file already exists.", id: "RenameItemIOError",
                                                       category: .writeError, reason: "IOException", targetName: source, targetType: "String"))
            return
        }
        do {
            try FileManager.default.moveItem(atPath: source, toPath: target)
        } catch {
            try context.writeError(context.errorRecord("Access to the path '\(source)' is denied.", id: "RenameItemUnauthorizedAccessError",
                                                       category: .permissionDenied, reason: "UnauthorizedAccessException", targetName: source, targetType: "String"))
            return
        }
        if passThru.isPresent, let item = FileSystemItems.item(atPath: target) { try context.write(.object(item)) }
    }
}
