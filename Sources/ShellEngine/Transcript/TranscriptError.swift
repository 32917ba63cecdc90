/// Why a file could not be read as a transcript; each case says what the user can do about it.
public enum TranscriptError: Error, Equatable, Sendable {
    case unreadable(path: String, reason: String)
    case tooLarge(path: String, bytes: Int, limit: Int)
    case binary(path: String, offset: Int)
    case noCommands(path: String)

    public var message: String {
        switch self {
        case .unreadable(let path, let reason):
            return "cannot read '\(path)': \(reason)"
        case .tooLarge(let path, let bytes, let limit):
            return "'\(path)' is \(Self.megabytes(bytes)) MB; a transcript may be at most \(Self.megabytes(limit)) MB. Split it into smaller transcripts."
        case .binary(let path, let offset):
            return "'\(path)' is not a text transcript (binary data at byte \(offset)). Give a console copy or a Start-Transcript file (UTF-8 or UTF-16 text)."
        case .noCommands(let path):
            return "'\(path)' holds no commands: expected prompt lines such as 'PS C:\\> Get-Date' or 'PS>Get-Date' (a console copy or a Start-Transcript file)."
        }
    }

    static func megabytes(_ bytes: Int) -> String {
        let tenths = (bytes / 1024 * 10 + 512) / 1024
        return "\(tenths / 10).\(tenths % 10)"
    }
}
