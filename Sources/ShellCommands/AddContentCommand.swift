import ShellEngine
import ShellFormatting
import Foundation

/// `Add-Content` (`ac`): appends values as text lines.
public final class AddContentCommand: Cmdlet {
    public static let metadata: CommandMetadata = {
        var metadata = SetContentCommand.metadata
        metadata.name = "Add-Content"
        metadata.className = "Microsoft.PowerShell.Commands.AddContentCommand"
        metadata.synopsis = "Adds content to the specified items, such as adding words to a file."
        return metadata
    }()

    private let writer = ContentWriter(append: true)

    public init() {}
    public func process(_ context: CommandContext) throws { writer.process(context) }
    public func end(_ context: CommandContext) throws { try writer.end(context) }
}
