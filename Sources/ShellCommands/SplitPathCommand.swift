import Foundation
import ShellEngine

/// `Split-Path`: the parent folder (by default), the leaf, the qualifier of a path, or whether it is absolute.
/// Both `/` and `\` separate (scripts written on Windows); the text keeps the separators it was given.
public final class SplitPathCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Split-Path", className: "Microsoft.PowerShell.Commands.SplitPathCommand", module: "Microsoft.PowerShell.Management",
        synopsis: "Returns the specified part of a path.",
        description: "The Split-Path cmdlet returns only the specified part of a path, such as the parent folder, a subfolder, or a file name. It can also tell whether the path is absolute.",
        defaultParameterSet: "ParentSet", outputType: "System.String",
        examples: [
            HelpExample("Split-Path -Path \"C:\\Test\\Logs\\*.log\" -Leaf", "Returns *.log, the leaf of the path."),
            HelpExample("Split-Path -Path \"/home/user/report.txt\"", "Returns /home/user, the parent folder."),
            HelpExample("Split-Path -Path \"C:\\WINDOWS\" -Qualifier", "Returns C:, the drive of the path."),
        ])

    @Parameter(aliases: ["PSPath"], mandatory: true, position: 0, pipeline: [.byValue, .byPropertyName], description: "Specifies the paths to be split. Wildcard characters are permitted.", wildcards: true)
    var path: [String]
    @Parameter(set: "ParentSet", description: "Indicates that this cmdlet returns only the parent containers of the item or of the container specified by the path. This is the default.")
    var parent: SwitchParameter
    @Parameter(set: "LeafSet", description: "Indicates that this cmdlet returns only the last item or container in the path.")
    var leaf: SwitchParameter
    @Parameter(set: "LeafBaseSet", description: "Indicates that this cmdlet returns only base name of the last item or container in the path.")
    var leafBase: SwitchParameter
    @Parameter(set: "ExtensionSet", description: "Indicates that this cmdlet returns only the extension of the leaf.")
    var `extension`: SwitchParameter
    @Parameter(set: "QualifierSet", description: "Indicates that this cmdlet returns only the qualifier of the specified path.")
    var qualifier: SwitchParameter
    @Parameter(set: "NoQualifierSet", description: "Indicates that this cmdlet returns the path without the qualifier.")
    var noQualifier: SwitchParameter
    @Parameter(set: "IsAbsoluteSet", description: "Indicates that this cmdlet returns $True if the path is absolute and $False if it is relative.")
    var isAbsolute: SwitchParameter
    @Parameter(description: "Indicates that this cmdlet displays the items that are referenced by the resulting split path instead of displaying the path elements.")
    var resolve: SwitchParameter

    public init() {}

    public func process(_ context: CommandContext) throws {
        for text in path {
            if isAbsolute.isPresent {
                try context.write(.bool(Self.isAbsolute(text)))
                continue
            }
            if qualifier.isPresent {
                guard let drive = Self.qualifier(text) else {
                    // Source: PowerShell's SplitPathCommand (ParsePathFormatError) on a path with no drive.
                    try context.writeError(context.errorRecord(
                        "Cannot parse path because path '\(text)' does not have a qualifier specified.", id: "ParsePathFormatError",
                        category: .invalidArgument, reason: "ParameterBindingException", targetName: text, targetType: "String"))
                    continue
                }
                try context.write(.string(drive))
                continue
            }
            let result: String
            if noQualifier.isPresent {
                result = Self.qualifier(text).map { String(text.dropFirst($0.count)) } ?? text
            } else if leaf.isPresent {
                result = Self.leaf(text)
            } else if leafBase.isPresent {
                let name = Self.leaf(text)
                result = name.lastIndex(of: ".").map { $0 == name.startIndex ? name : String(name[..<$0]) } ?? name
            } else if self.extension.isPresent {
                let name = Self.leaf(text)
                result = name.lastIndex(of: ".").map { String(name[$0...]) } ?? ""
            } else {
                // The provider writes the parent with its own separator, as PowerShell on Unix does (C:\Temp → C:/Temp).
                result = Self.parent(text).replacingOccurrences(of: "\\", with: "/")
            }
            if resolve.isPresent {
                for match in FileSystemItems.expand(result, shell: context.shell) { try context.write(.string(match)) }
            } else {
                try context.write(.string(result))
            }
        }
    }

    private static func isSeparator(_ character: Character) -> Bool { character == "/" || character == "\\" }

    /// `C:` of `C:\Temp`, `HKLM:` of `HKLM:\Software`; nil when the path names no drive.
    static func qualifier(_ text: String) -> String? {
        guard let colon = text.firstIndex(of: ":"), colon != text.startIndex,
              text[..<colon].allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else { return nil }
        return String(text[...colon])
    }

    static func isAbsolute(_ text: String) -> Bool {
        if text.hasPrefix("/") || text.hasPrefix("\\") || text.hasPrefix("~") { return true }
        guard let drive = qualifier(text) else { return false }
        let rest = text.dropFirst(drive.count)
        return rest.isEmpty || rest.first.map(isSeparator) == true
    }

    static func leaf(_ text: String) -> String {
        var trimmed = Substring(text)
        while trimmed.count > 1, let last = trimmed.last, isSeparator(last) { trimmed = trimmed.dropLast() }
        guard let separator = trimmed.lastIndex(where: isSeparator) else {
            return qualifier(String(trimmed)).map { String(trimmed.dropFirst($0.count)) } ?? String(trimmed)
        }
        return String(trimmed[trimmed.index(after: separator)...])
    }

    /// The path up to its last separator; a root keeps its separator (`/a` → `/`, `C:\a` → `C:\`), and a root
    /// or a bare name has no parent (empty text).
    static func parent(_ text: String) -> String {
        var trimmed = Substring(text)
        while trimmed.count > 1, let last = trimmed.last, isSeparator(last) { trimmed = trimmed.dropLast() }
        let drive = qualifier(String(trimmed)) ?? ""
        let body = trimmed.dropFirst(drive.count)
        if body.isEmpty || (body.count == 1 && body.first.map(isSeparator) == true) { return "" }
        guard let separator = body.lastIndex(where: isSeparator) else { return drive }
        if separator == body.startIndex { return drive + String(body[separator]) }
        var head = body[..<separator]
        while let last = head.last, isSeparator(last), head.count > 1 { head = head.dropLast() }
        return drive + String(head)
    }
}
