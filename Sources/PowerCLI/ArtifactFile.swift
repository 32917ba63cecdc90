import Foundation
import ShellEngine

/// The files the workload Export- cmdlets write (principal JSON, image database `.tgz`, PEM/DER
/// certificates): refused when the file exists unless `-Force`, which also creates missing folders;
/// written whole; the output is the written file as a `System.IO.FileInfo`.
enum ArtifactFile {
    static func write(_ bytes: [UInt8], to path: String, force: Bool, _ context: CommandContext) throws -> PSObject {
        let resolved = context.shell.resolvePath(path)
        if ObjectResolution.isExistingFile(resolved) && !force {
            throw context.failure("The file '\(resolved)' already exists. Use the Force parameter to overwrite it.", id: "Core_ExportCmdletBase_FileAlreadyExists",
                                  category: .resourceExists, reason: "ViError", targetName: path, targetType: "String")
        }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: resolved, isDirectory: &isDirectory), isDirectory.boolValue {
            throw context.failure("Access to the path '\(resolved)' is denied.", id: "UnauthorizedAccess", category: .permissionDenied,
                                  reason: "UnauthorizedAccessException", targetName: resolved, targetType: "String")
        }
        if force {
            try? FileManager.default.createDirectory(atPath: (resolved as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        }
        // Written to a temporary file beside it and moved into place: a failed write leaves no half file.
        let url = URL(fileURLWithPath: resolved)
        do {
            try Data(bytes).write(to: url, options: .atomic)
        } catch {
            throw ObjectResolution.writeFailure(resolved, context)
        }
        return fileInfo(resolved)
    }

    /// `System.IO.FileInfo` of a written file (the FileInfo view prints it as Get-Item does).
    static func fileInfo(_ path: String) -> PSObject {
        let url = URL(fileURLWithPath: path)
        let attributes = (try? FileManager.default.attributesOfItem(atPath: path)) ?? [:]
        let object = PSObject(typeNames: ["System.IO.FileInfo", "System.IO.FileSystemInfo", "System.Object"])
        let name = url.lastPathComponent
        let ext = url.pathExtension
        object.setProperty("Name", .string(name))
        object.setProperty("FullName", .string(path))
        object.setProperty("Mode", .string("-a----"))
        object.setProperty("LastWriteTime", .date((attributes[.modificationDate] as? Date) ?? Date()))
        object.setProperty("Length", .int((attributes[.size] as? NSNumber)?.intValue ?? 0))
        object.setProperty("DirectoryName", .string(url.deletingLastPathComponent().path))
        object.setProperty("Extension", .string(ext.isEmpty ? "" : "." + ext))
        object.setProperty("BaseName", .string(ext.isEmpty ? name : String(name.dropLast(ext.count + 1))))
        object.setProperty("PSIsContainer", .bool(false))
        object.setProperty("PSParentPath", .string(url.deletingLastPathComponent().path))
        object.stringValue = { path }
        return object
    }
}
