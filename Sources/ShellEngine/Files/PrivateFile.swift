#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Files that hold secrets (private keys, lab definitions with passwords, transcripts): born with mode
/// 0600 (owner read/write, narrowed further by the umask, never wider), never chmod-ed afterwards, so
/// no moment exists in which another user could open them.
///
/// - ``create(_:contents:)`` is one `open(O_CREAT|O_EXCL|O_NOFOLLOW, 0600)`: checking that nothing is
///   there and creating the file are the same system call.
/// - ``replace(_:contents:)`` writes a new 0600 file beside the target and renames it over the target,
///   so the result is 0600 whatever mode an existing file had, and readers see the old or the new
///   contents, never a mix.
public enum PrivateFile {
    public static let mode: mode_t = 0o600

    /// Creates `path` holding `contents`; fails with ``PrivateFileError/Kind/exists`` when anything
    /// (file, directory, symbolic link, even a dangling one) is already there.
    public static func create(_ path: String, contents: [UInt8]) throws(PrivateFileError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
        guard descriptor >= 0 else { throw PrivateFileError(errno, path: path) }
        do throws(PrivateFileError) {
            try write(contents, to: descriptor, path: path)
        } catch {
            close(descriptor)
            unlink(path)
            throw error
        }
        guard close(descriptor) == 0 else {
            let failure = PrivateFileError(errno, path: path)
            unlink(path)
            throw failure
        }
    }

    /// Writes `contents` to `path` through a new 0600 file in the same folder, renamed over `path`.
    /// An existing file is replaced (its old mode does not carry over); a directory is refused.
    public static func replace(_ path: String, contents: [UInt8]) throws(PrivateFileError) {
        let (descriptor, temporary) = try createTemporary(beside: path)
        do throws(PrivateFileError) {
            try write(contents, to: descriptor, path: path)
            guard fsync(descriptor) == 0 else { throw PrivateFileError(errno, path: path) }
        } catch {
            close(descriptor)
            unlink(temporary)
            throw error
        }
        close(descriptor)
        guard rename(temporary, path) == 0 else {
            let failure = PrivateFileError(errno, path: path)
            unlink(temporary)
            throw failure
        }
    }

    /// How ``openForWriting(_:_:)`` treats a file already at the path.
    public enum Opening: Sendable {
        /// Write after its end; it is made 0600 (`fchmod` on the open file) before the first byte.
        case append
        /// Refuse it (``PrivateFileError/Kind/exists``): one `open(O_CREAT|O_EXCL)`.
        case createNew
        /// Replace it with a new empty 0600 file (renamed over it).
        case replace
    }

    /// A descriptor to write a growing private file (a transcript) at `path`, for the caller to close.
    /// A missing file is created 0600 in every case.
    public static func openForWriting(_ path: String, _ opening: Opening) throws(PrivateFileError) -> Int32 {
        switch opening {
        case .createNew:
            let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
            guard descriptor >= 0 else { throw PrivateFileError(errno, path: path) }
            return descriptor
        case .append:
            let existing = open(path, O_WRONLY | O_APPEND | O_NOFOLLOW | O_CLOEXEC)
            guard existing >= 0 else {
                guard errno == ENOENT else { throw PrivateFileError(errno, path: path) }
                return try openForWriting(path, .createNew)
            }
            var status = stat()
            guard fstat(existing, &status) == 0, status.st_mode & S_IFMT == S_IFREG else {
                close(existing)
                throw PrivateFileError(EISDIR, path: path)
            }
            guard fchmod(existing, mode) == 0 else {
                let failure = PrivateFileError(errno, path: path)
                close(existing)
                throw failure
            }
            return existing
        case .replace:
            let (descriptor, temporary) = try createTemporary(beside: path)
            guard rename(temporary, path) == 0 else {
                let failure = PrivateFileError(errno, path: path)
                close(descriptor)
                unlink(temporary)
                throw failure
            }
            return descriptor
        }
    }

    /// Writes all of `bytes` at the descriptor's position.
    public static func write(_ bytes: [UInt8], to descriptor: Int32, path: String) throws(PrivateFileError) {
        var written = 0
        while written < bytes.count {
            let result = bytes[written...].withUnsafeBytes { systemWrite(descriptor, $0.baseAddress, $0.count) }
            if result < 0 {
                if errno == EINTR { continue }
                throw PrivateFileError(errno, path: path)
            }
            written += result
        }
    }

    private static func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
        #if canImport(Glibc)
        Glibc.write(descriptor, buffer, count)
        #else
        Darwin.write(descriptor, buffer, count)
        #endif
    }

    /// A new 0600 file next to `path` (same folder, so the rename stays on one file system).
    private static func createTemporary(beside path: String) throws(PrivateFileError) -> (Int32, String) {
        var status = stat()
        if lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFDIR { throw PrivateFileError(EISDIR, path: path) }
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { String(path[...$0]) } ?? ""
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<16 {
            let suffix = String(generator.next() & 0xFFFF_FFFF, radix: 36)
            let temporary = folder + "." + name + "." + suffix + ".tmp"
            let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
            if descriptor >= 0 { return (descriptor, temporary) }
            guard errno == EEXIST else { throw PrivateFileError(errno, path: path) }
        }
        throw PrivateFileError(EEXIST, path: path)
    }
}
