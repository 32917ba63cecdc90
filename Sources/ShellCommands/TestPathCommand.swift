import ShellEngine
import ShellFormatting
import Foundation

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
