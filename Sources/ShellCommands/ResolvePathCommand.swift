import Foundation
import ShellEngine

/// `Resolve-Path`: the full paths a path (with wildcards) stands for, as PathInfo objects (`.Path`), or relative to
/// the current folder with `-Relative`. A path that matches nothing is an error.
public final class ResolvePathCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Resolve-Path", className: "Microsoft.PowerShell.Commands.ResolvePathCommand", module: "Microsoft.PowerShell.Management",
        synopsis: "Resolves the wildcard characters in a path, and displays the path contents.",
        description: "The Resolve-Path cmdlet displays the items and containers that match the wildcard pattern at the location specified. The match can include files, folders, registry keys, or any other object accessible from a PSDrive provider.",
        outputType: "System.Management.Automation.PathInfo",
        examples: [
            HelpExample("Resolve-Path ./mods", "The full path of the mods folder, as a PathInfo object."),
            HelpExample("(Resolve-Path *.ps1 -Relative)", "The scripts of the current folder, relative to it: ./a.ps1."),
        ])

    @Parameter(aliases: ["PSPath"], mandatory: true, position: 0, pipeline: [.byValue, .byPropertyName],
               description: "Specifies the PowerShell path to resolve. Wildcards are permitted.", wildcards: true)
    var path: [String]
    @Parameter(description: "Indicates that this cmdlet returns a relative path.")
    var relative: SwitchParameter

    static let typeName = "System.Management.Automation.PathInfo"

    public init() {}

    public func process(_ context: CommandContext) throws {
        let current = context.shell.resolvePath(".")
        for written in path {
            let matches = FileSystemItems.expand(written, shell: context.shell)
            if matches.isEmpty {
                try context.writeError(context.errorRecord(
                    "Cannot find path '\(context.shell.resolvePath(written))' because it does not exist.", id: "PathNotFound",
                    category: .objectNotFound, reason: "ItemNotFoundException", targetName: written, targetType: "String"))
                continue
            }
            for match in matches {
                if relative.isPresent {
                    try context.write(.string(Self.relative(match, to: current)))
                } else {
                    try context.write(.object(Self.pathInfo(match)))
                }
            }
        }
    }

    /// PowerShell's PathInfo: Drive, Provider, ProviderPath and Path; it prints (and converts to a string) as Path.
    static func pathInfo(_ path: String) -> PSObject {
        let object = PSObject(typeNames: [typeName, "System.Object"], properties: [
            PSProperty(name: "Drive", value: .string("/")),
            PSProperty(name: "Provider", value: .string("Microsoft.PowerShell.Core\\FileSystem")),
            PSProperty(name: "ProviderPath", value: .string(path)),
            PSProperty(name: "Path", value: .string(path)),
        ])
        object.stringText = path
        return object
    }

    /// `./name` below the current folder, `../name` beside it, as SessionState.NormalizeRelativePath writes them.
    static func relative(_ path: String, to folder: String) -> String {
        let base = folder.hasSuffix("/") ? folder : folder + "/"
        if path == folder { return "." }
        if path.hasPrefix(base) { return "./" + path.dropFirst(base.count) }
        let parent = (folder as NSString).deletingLastPathComponent
        let parentBase = parent.hasSuffix("/") ? parent : parent + "/"
        if path.hasPrefix(parentBase) { return "../" + path.dropFirst(parentBase.count) }
        return path
    }
}
