import ShellEngine
import ShellFormatting
import Foundation

/// `Test-Path`: whether a path exists (and is a file or a directory).
public final class TestPathCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Test-Path", className: "Microsoft.PowerShell.Commands.TestPathCommand", module: "Microsoft.PowerShell.Management",
        synopsis: "Determines whether all elements of a path exist.")

    @Parameter(aliases: ["LiteralPath"], mandatory: true, position: 0, pipeline: [.byValue, .byPropertyName], description: "Specifies a path to be tested.", wildcards: true)
    var path: [String]
    @Parameter(aliases: ["Type"], description: "Specifies the type of the final element in the path.")
    var pathType: TestPathType = .any
    @Parameter(description: "Indicates that this cmdlet tests the syntax of the path, regardless of whether the elements of the path exist.")
    var isValid: SwitchParameter

    public init() {}

    public func process(_ context: CommandContext) throws {
        for path in self.path {
            if isValid.isPresent {
                try context.write(.bool(!path.isEmpty && !path.contains("\0")))
                continue
            }
            let matches = path.isEmpty ? [] : FileSystemItems.expand(path, shell: context.shell)
            let result = matches.contains { match in
                switch pathType {
                case .container: return FileSystemItems.isDirectory(match)
                case .leaf: return !FileSystemItems.isDirectory(match)
                case .any: return true
                }
            }
            try context.write(.bool(result))
        }
    }
}
