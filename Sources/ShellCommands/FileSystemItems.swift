import ShellEngine
import ShellFormatting
import Foundation

/// FileInfo / DirectoryInfo stand-ins and their 5.1 table (`Mode  LastWriteTime  Length Name`,
/// grouped under `Directory: <parent>`).
enum FileSystemItems {
    static let fileType = "System.IO.FileInfo"
    static let directoryType = "System.IO.DirectoryInfo"

    static func item(atPath path: String) -> PSObject? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else { return nil }
        let isDirectory = (attributes[.type] as? FileAttributeType) == .typeDirectory
        let url = URL(fileURLWithPath: path)
        let modified = (attributes[.modificationDate] as? Date) ?? Date(timeIntervalSince1970: 0)
        let object = PSObject(typeNames: isDirectory ? [directoryType, "System.IO.FileSystemInfo", "System.Object"] : [fileType, "System.IO.FileSystemInfo", "System.Object"])
        let name = url.lastPathComponent
        object.setProperty("Name", .string(name))
        object.setProperty("FullName", .string(path))
        object.setProperty("Mode", .string(isDirectory ? "d-----" : "-a----"))
        object.setProperty("LastWriteTime", .date(modified))
        if !isDirectory {
            object.setProperty("Length", .int((attributes[.size] as? NSNumber)?.intValue ?? 0))
            object.setProperty("DirectoryName", .string(url.deletingLastPathComponent().path))
            let ext = url.pathExtension
            object.setProperty("Extension", .string(ext.isEmpty ? "" : "." + ext))
            object.setProperty("BaseName", .string(ext.isEmpty ? name : String(name.dropLast(ext.count + 1))))
        } else {
            object.setProperty("Parent", .string(url.deletingLastPathComponent().path))
            object.setProperty("Extension", .string(""))
            object.setProperty("BaseName", .string(name))
        }
        object.setProperty("PSIsContainer", .bool(isDirectory))
        object.setProperty("PSParentPath", .string(url.deletingLastPathComponent().path))
        object.stringValue = { isDirectory ? name : path }
        return object
    }

    static var views: [FormatView] {
        let columns = [
            TableColumn("Mode", width: 7, alignment: .left),
            TableColumn("LastWriteTime", width: 25, alignment: .right) { item in
                guard case .object(let object) = item, case .date(let date) = object["LastWriteTime"] else { return .null }
                let general = DateFormatting.general(date).split(separator: " ")
                let day = general.first.map(String.init) ?? ""
                let time = general.count >= 3 ? String(general[1].split(separator: ":").prefix(2).joined(separator: ":")) + " " + general[2] : ""
                return .string(CellText.pad(day, to: 10, right: true) + "  " + CellText.pad(time, to: 8, right: true))
            },
            TableColumn("Length", width: 14, alignment: .right),
            TableColumn("Name", alignment: .left),
        ]
        let group: (Value) -> [String] = { item in
            guard case .object(let object) = item else { return [] }
            return ["    Directory: " + LanguagePrimitives.toString(object["PSParentPath"]), ""]
        }
        return [
            FormatView(typeName: fileType, shape: .table(columns), groupBy: group),
            FormatView(typeName: directoryType, shape: .table(columns), groupBy: group),
        ]
    }

    static func notFound(_ path: String, _ context: CommandContext) -> ErrorRecord {
        context.errorRecord("Cannot find path '\(path)' because it does not exist.", id: "PathNotFound", category: .objectNotFound,
                            reason: "ItemNotFoundException", targetName: path, targetType: "String")
    }

    /// Paths matching a written path, expanding wildcards in the last component.
    static func expand(_ written: String, shell: Shell) -> [String] {
        let resolved = shell.resolvePath(written)
        let pattern = WildcardPattern((resolved as NSString).lastPathComponent)
        guard pattern.hasWildcards else { return FileManager.default.fileExists(atPath: resolved) ? [resolved] : [] }
        let directory = (resolved as NSString).deletingLastPathComponent
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.filter { pattern.matches($0) }.sorted { $0.lowercased() < $1.lowercased() }.map { (directory as NSString).appendingPathComponent($0) }
    }

    static func isDirectory(_ path: String) -> Bool {
        var flag: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &flag) && flag.boolValue
    }
}
