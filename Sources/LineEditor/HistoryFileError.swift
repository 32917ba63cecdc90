/// Why the history file could not be read or written; carries the path and the system's reason.
struct HistoryFileError: Error, Equatable, Sendable, CustomStringConvertible {
    enum Operation: String, Equatable, Sendable {
        case createDirectory = "create the directory for"
        case open = "open"
        case read = "read"
        case write = "write"
        case replace = "replace"
    }

    var operation: Operation
    var path: String
    var errno: Int32

    var description: String {
        "cannot \(operation.rawValue) history file \(path): \(SystemError.message(errno))"
    }
}
