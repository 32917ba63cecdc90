import Foundation

/// Files the endpoint writes next to the lab; a key file is created 0600 from the start (never widened
/// and then narrowed), and replaced whole through a rename.
enum SecretFiles {
    static func makeFolder(_ path: String) throws(ServeError) {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) {
            guard isFolder.boolValue else { throw .identityFiles(path: path, detail: "a file of that name is in the way") }
            return
        }
        guard mkdir(path, 0o700) == 0 || errno == EEXIST else {
            throw .identityFiles(path: path, detail: String(cString: strerror(errno)))
        }
    }

    static func write(_ text: String, to path: String, secret: Bool) throws(ServeError) {
        let temporary = path + ".new-\(getpid())"
        unlink(temporary)
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, secret ? 0o600 : 0o644)
        guard descriptor >= 0 else { throw .identityFiles(path: path, detail: String(cString: strerror(errno))) }
        let bytes = Array(text.utf8)
        let written = bytes.withUnsafeBytes { buffer in Foundation.write(descriptor, buffer.baseAddress, buffer.count) }
        let synced = fsync(descriptor) == 0
        close(descriptor)
        guard written == bytes.count, synced, rename(temporary, path) == 0 else {
            unlink(temporary)
            throw .identityFiles(path: path, detail: String(cString: strerror(errno)))
        }
    }
}
