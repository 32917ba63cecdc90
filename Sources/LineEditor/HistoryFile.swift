#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The persisted history: loaded at start, appended to as entries are accepted, compacted
/// (rewritten through a temporary file and rename) when it grows past its capacity.
///
/// The file and its directory are private to the user (0600/0700), since commands can contain
/// host names and user names even when the sensitive ones are filtered out.
struct HistoryFile: Sendable {
    let path: String
    let capacity: Int
    /// Entries believed to be in the file, oldest first, at most `capacity`.
    private(set) var entries: [String] = []
    /// Entry lines in the file, including the duplicates and overflow not in `entries`.
    private var linesInFile = 0

    /// The file has more entry lines than it keeps (this session appended past the cap).
    var isOverCapacity: Bool { linesInFile > capacity }

    init(path: String, capacity: Int = 4096) {
        self.path = path
        self.capacity = max(1, capacity)
    }

    /// Creates the directory and file if needed, forces mode 0600 and reads the entries.
    mutating func load() throws(HistoryFileError) {
        try createParentDirectories()
        let fd = open(path, O_RDONLY | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw HistoryFileError(operation: .open, path: path, errno: errno) }
        defer { close(fd) }
        _ = fchmod(fd, 0o600)
        let raw = HistoryFileFormat.parse(try readAll(fd))
        entries = Self.normalized(raw, capacity: capacity)
        linesInFile = raw.count
        if raw.count != entries.count { try compact() }
    }

    /// Appends `entry` unless it repeats the newest persisted entry.
    mutating func append(_ entry: String) throws(HistoryFileError) {
        if entries.last == entry { return }
        try createParentDirectories()
        let fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw HistoryFileError(operation: .open, path: path, errno: errno) }
        defer { close(fd) }
        _ = fchmod(fd, 0o600)
        var status = stat()
        let isEmpty = fstat(fd, &status) == 0 && status.st_size == 0
        let line = HistoryFileFormat.encode(entry) + "\n"
        // One write(2) per entry: concurrent sessions interleave whole lines under O_APPEND.
        try writeAll(fd, isEmpty ? HistoryFileFormat.header + "\n" + line : line, operation: .write)
        entries.append(entry)
        if entries.count > capacity { entries.removeFirst(entries.count - capacity) }
        linesInFile &+= 1
        if linesInFile > capacity &+ capacity / 4 { try compact() }
    }

    /// Rewrites the file with its newest `capacity` entries. Re-reads it first so entries that
    /// other sessions appended meanwhile survive.
    mutating func compact() throws(HistoryFileError) {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        var current = entries
        if fd >= 0 {
            defer { close(fd) }
            current = Self.normalized(HistoryFileFormat.parse(try readAll(fd)), capacity: capacity)
        }
        let temporary = "\(path).tmp-\(getpid())"
        let out = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard out >= 0 else { throw HistoryFileError(operation: .replace, path: path, errno: errno) }
        do {
            _ = fchmod(out, 0o600)
            try writeAll(out, HistoryFileFormat.render(current), operation: .replace)
        } catch {
            close(out)
            unlink(temporary)
            throw error
        }
        close(out)
        guard rename(temporary, path) == 0 else {
            let code = errno
            unlink(temporary)
            throw HistoryFileError(operation: .replace, path: path, errno: code)
        }
        entries = current
        linesInFile = current.count
    }

    /// Drops consecutive duplicates and keeps the newest `capacity` entries.
    static func normalized(_ raw: [String], capacity: Int) -> [String] {
        var kept: [String] = []
        kept.reserveCapacity(min(raw.count, capacity))
        for entry in raw where kept.last != entry && !isBlank(entry) {
            kept.append(entry)
        }
        return kept.count > capacity ? Array(kept.suffix(capacity)) : kept
    }

    /// Only whitespace. Decided on the first ASCII byte that is not a space for almost every entry:
    /// walking a full history by `Character` cost milliseconds before the first prompt.
    static func isBlank(_ entry: String) -> Bool {
        for byte in entry.utf8 where byte < 0x80 && byte != 0x20 && !(0x09...0x0D).contains(byte) {
            return false
        }
        return entry.allSatisfy(\.isWhitespace)
    }

    // MARK: - POSIX helpers

    private func createParentDirectories() throws(HistoryFileError) {
        var components = path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        guard !components.isEmpty else { return }
        components.removeLast()
        var current = path.hasPrefix("/") ? "" : "."
        for component in components {
            current += "/" + component
            if mkdir(current, 0o700) != 0, errno != EEXIST {
                throw HistoryFileError(operation: .createDirectory, path: path, errno: errno)
            }
        }
    }

    private func readAll(_ fd: Int32) throws(HistoryFileError) -> String {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count == 0 { break }
            if count < 0 {
                if errno == EINTR { continue }
                throw HistoryFileError(operation: .read, path: path, errno: errno)
            }
            bytes.append(contentsOf: chunk[..<count])
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private func writeAll(_ fd: Int32, _ text: String, operation: HistoryFileError.Operation)
        throws(HistoryFileError)
    {
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                throw HistoryFileError(operation: operation, path: path, errno: errno)
            }
            offset += written
        }
    }
}
