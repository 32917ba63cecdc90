/// System.IO.Path's string operations as .NET does them on Unix (`/` the separator): on the text alone, never
/// against the current folder (learn.microsoft.com/dotnet/api/system.io.path.combine, .getfilename,
/// .getdirectoryname, .getextension, .getfilenamewithoutextension).
enum PathText {
    /// `Combine(a, b, ...)`: a rooted part starts the path again; an empty part is skipped; a separator joins
    /// parts unless the path so far ends with one.
    static func combine(_ parts: [String]) -> String {
        var path = ""
        for part in parts where !part.isEmpty {
            if part.hasPrefix("/") || path.isEmpty {
                path = part
            } else {
                path += (path.hasSuffix("/") ? "" : "/") + part
            }
        }
        return path
    }

    /// `GetFileName`: what follows the last separator (empty when the path ends with one).
    static func fileName(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }

    /// `GetDirectoryName`: what precedes the last separator; `nil` for an empty path or the root; empty for a
    /// bare name.
    static func directoryName(_ path: String) -> String? {
        guard !path.isEmpty, path != "/" else { return nil }
        guard let slash = path.lastIndex(of: "/") else { return "" }
        if slash == path.startIndex { return "/" }
        var directory = path[..<slash]
        while directory.count > 1, directory.hasSuffix("/") { directory = directory.dropLast() }
        return String(directory)
    }

    /// `GetExtension`: from the file name's last dot, the dot included; empty when the dot ends the name or there is none.
    static func extensionText(_ path: String) -> String {
        let name = fileName(path)
        guard let dot = name.lastIndex(of: "."), name.index(after: dot) != name.endIndex else { return "" }
        return String(name[dot...])
    }

    /// `GetFileNameWithoutExtension`: the file name up to its last dot (`.profile` gives an empty name).
    static func fileNameWithoutExtension(_ path: String) -> String {
        let name = fileName(path)
        guard let dot = name.lastIndex(of: ".") else { return name }
        return String(name[..<dot])
    }
}
