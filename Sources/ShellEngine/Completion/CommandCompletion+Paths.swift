import Foundation

/// File and directory names, relative to the shell's location.
extension CommandCompletion {
    /// Paths starting with `typed` (unquoted): the directory part is kept as typed, the last
    /// component matched case-insensitively; directories end with `/`. Hidden entries appear
    /// only when the typed name starts with a dot.
    func paths(_ typed: String) -> [String] {
        if typed == "~" { return ["~/"] }
        let slash = typed.lastIndex(of: "/")
        let directoryPart = slash.map { String(typed[...$0]) } ?? ""
        let namePart = slash.map { String(typed[typed.index(after: $0)...]) } ?? typed
        let directory = directoryPart.isEmpty ? shell.location : shell.resolvePath(directoryPart)
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return [] }
        let showHidden = namePart.hasPrefix(".")
        let matching = entries
            .filter { (showHidden || !$0.hasPrefix(".")) && NameMatcher.hasPrefix($0, namePart) }
            .sorted { $0.lowercased() < $1.lowercased() }
            .prefix(maximumCandidates)
        let base = URL(fileURLWithPath: directory)
        return matching.map { name in
            var isDirectory: ObjCBool = false
            let full = base.appendingPathComponent(name).path
            let directorySuffix = FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory) && isDirectory.boolValue ? "/" : ""
            return directoryPart + name + directorySuffix
        }
    }
}
