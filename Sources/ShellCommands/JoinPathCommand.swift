import Foundation
import ShellEngine

/// `Join-Path`: a path and a child path joined with one separator between them.
public final class JoinPathCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Join-Path", className: "Microsoft.PowerShell.Commands.JoinPathCommand", module: "Microsoft.PowerShell.Management",
        synopsis: "Combines a path and a child path into a single path.",
        description: "The Join-Path cmdlet combines a path and child-path into a single path. The provider supplies the path delimiters; vtash's file system uses '/'.",
        outputType: "System.String",
        examples: [
            HelpExample("Join-Path -Path \"path\" -ChildPath \"childpath\"", "Combines a path with a child path: path/childpath."),
            HelpExample("Join-Path -Path \"path/\" -ChildPath \"/childpath\"", "The separators already there are not doubled: path/childpath."),
        ])

    @Parameter(aliases: ["PSPath"], mandatory: true, position: 0, pipeline: [.byValue, .byPropertyName], description: "Specifies the main path (or paths) to which the child-path is appended. Wildcards are permitted.", wildcards: true)
    var path: [String]
    // [AllowNull][AllowEmptyString] (CombinePathCommand.cs at 60b3b304f2): '' gives the path and one separator.
    @Parameter(mandatory: true, position: 1, pipeline: .byPropertyName, description: "Specifies the elements to append to the value of the Path parameter.",
               allowNull: true, allowEmptyString: true)
    var childPath: String?
    // PowerShell 6+'s -AdditionalChildPath (ValueFromRemainingArguments); 5.1 scripts never pass more than one child.
    @Parameter(position: 2, description: "Specifies additional elements to append to the value of the Path parameter.", remaining: true)
    var additionalChildPath: [String]
    @Parameter(description: "Indicates that this cmdlet should attempt to resolve the joined path from the current provider.")
    var resolve: SwitchParameter

    public init() {}

    public func process(_ context: CommandContext) throws {
        for parent in path {
            let joined = additionalChildPath.reduce(Self.join(parent, childPath ?? "")) { Self.join($0, $1) }
            guard resolve.isPresent else {
                try context.write(.string(joined))
                continue
            }
            let matches = FileSystemItems.expand(joined, shell: context.shell)
            if matches.isEmpty {
                try context.writeError(context.errorRecord(
                    "Cannot find path '\(context.shell.resolvePath(joined))' because it does not exist.", id: "PathNotFound",
                    category: .objectNotFound, reason: "ItemNotFoundException", targetName: joined, targetType: "String"))
                continue
            }
            for match in matches { try context.write(.string(match)) }
        }
    }

    /// One separator between the parts: the parent's trailing ones and the child's leading ones are dropped.
    static func join(_ parent: String, _ child: String) -> String {
        if parent.isEmpty { return child }
        if child.isEmpty { return parent.hasSuffix("/") || parent.hasSuffix("\\") ? parent : parent + "/" }
        let separator: Character = parent.contains("\\") && !parent.contains("/") ? "\\" : "/"
        var head = Substring(parent)
        while head.count > 1, let last = head.last, last == "/" || last == "\\" { head = head.dropLast() }
        if head == "/" || head == "\\" { head = "" }
        let tail = child.drop { $0 == "/" || $0 == "\\" }
        return String(head) + String(separator) + String(tail)
    }
}
