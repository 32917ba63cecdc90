import PowerShellSyntax

/// The text a script or an interactive input was parsed from, with the file it came from.
/// Error records use it to print `At line:1 char:5` and the source line with `~~~` markers.
public final class SourceText: Sendable {
    public let text: String
    /// The script path for `-File` and dot-sourced scripts; `nil` for interactive input.
    public let fileName: String?
    private let bytes: [UInt8]

    public init(_ text: String, fileName: String? = nil) {
        self.text = text
        self.fileName = fileName
        self.bytes = Array(text.utf8)
    }

    /// The text covered by `span`.
    public func slice(_ span: SourceSpan) -> String {
        let start = max(0, min(span.start, bytes.count))
        let end = max(start, min(span.end, bytes.count))
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// The whole line `span` starts on, without its line break.
    public func lineText(containing span: SourceSpan) -> String {
        var start = max(0, min(span.start, bytes.count))
        while start > 0, bytes[start - 1] != 0x0A, bytes[start - 1] != 0x0D { start -= 1 }
        var end = start
        while end < bytes.count, bytes[end] != 0x0A, bytes[end] != 0x0D { end += 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }
}
