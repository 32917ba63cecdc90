#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why a private file could not be written, in the words .NET uses for the same failures, so that a
/// cmdlet can turn it into PowerShell's error record without reading `errno` itself.
public struct PrivateFileError: Error, Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        /// Something (a file, a directory, a link) is already at the path and the write may not replace it.
        case exists
        /// A folder of the path is missing (ENOENT, ENOTDIR).
        case directoryNotFound
        /// The folder may not be written, or the file not changed (EACCES, EPERM, EROFS).
        case accessDenied
        /// The path names a directory.
        case isDirectory
        /// Anything else (disk full, I/O error): `reason` says what.
        case other
    }

    public var kind: Kind
    public var path: String
    /// `strerror` of the failed call.
    public var reason: String

    init(_ code: Int32, path: String) {
        self.path = path
        self.reason = String(cString: strerror(code))
        switch code {
        case EEXIST: kind = .exists
        case ENOENT, ENOTDIR: kind = .directoryNotFound
        case EACCES, EPERM, EROFS: kind = .accessDenied
        case EISDIR: kind = .isDirectory
        default: kind = .other
        }
    }

    /// The message .NET's FileStream gives for the failure.
    public var message: String {
        switch kind {
        case .exists: return "The file '\(path)' already exists."
        case .directoryNotFound: return "Could not find a part of the path '\(path)'."
        case .accessDenied: return "Access to the path '\(path)' is denied."
        case .isDirectory: return "The path '\(path)' is a directory, not a file."
        case .other: return "The file '\(path)' could not be written: \(reason)."
        }
    }

    /// The .NET exception type of the failure, for the error record's reason.
    public var exceptionName: String {
        switch kind {
        case .exists, .other: return "IOException"
        case .directoryNotFound: return "DirectoryNotFoundException"
        case .accessDenied, .isDirectory: return "UnauthorizedAccessException"
        }
    }
}
