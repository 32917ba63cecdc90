import ShellEngine
import Foundation

/// `Get-Content` (`cat`, `gc`, `type`): a file's lines.
public final class GetContentCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Get-Content", className: "Microsoft.PowerShell.Commands.GetContentCommand", module: "Microsoft.PowerShell.Management",
        synopsis: "Gets the content of the item at the specified location.")

    @Parameter(aliases: ["FullName", "LiteralPath"], mandatory: true, position: 0, pipeline: .byPropertyName, description: "Specifies the path to an item.")
    var path: [String]
    @Parameter(description: "Ignores newline characters and returns the entire contents of a file in one string.")
    var raw: SwitchParameter
    @Parameter(aliases: ["First", "Head"], description: "Specifies the number of lines from the beginning of a file.")
    var totalCount: Int64?
    @Parameter(aliases: ["Last"], description: "Specifies the number of lines from the end of a file.")
    var tail: Int?
    @Parameter(description: "Specifies the type of encoding for the target file.")
    var encoding: String?

    public init() {}

    public func process(_ context: CommandContext) throws {
        for written in path {
            let path = context.shell.resolvePath(written)
            guard let data = FileManager.default.contents(atPath: path) else {
                try context.writeError(context.errorRecord("Cannot find path '\(path)' because it does not exist.", id: "PathNotFound", category: .objectNotFound, reason: "ItemNotFoundException", targetName: path, targetType: "String"))
                continue
            }
            let text = String(decoding: data, as: UTF8.self)
            if raw.isPresent { try context.write(.string(text)); continue }
            var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { String($0.hasSuffix("\r") ? $0.dropLast() : $0) }
            if lines.last == "" { lines.removeLast() }
            if let totalCount, totalCount >= 0 { lines = Array(lines.prefix(Int(clamping: totalCount))) }
            if let tail, tail >= 0 { lines = Array(lines.suffix(tail)) }
            for line in lines { try context.write(.string(line)) }
        }
    }
}
