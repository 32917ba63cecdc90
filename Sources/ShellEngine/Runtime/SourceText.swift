import PowerShellSyntax

/// The text a script or an interactive input was parsed from, with the file it came from.
/// Error records use it to print `At line:1 char:5` and the source line with `~~~` markers.
public final class SourceText: Sendable {
    public let text: String
    /// The script path for `-File` and dot-sourced scripts; `nil` for interactive input.
    public let fileName: String?

    public init(_ text: String, fileName: String? = nil) {
        var text = text
        // Native contiguous UTF-8, so the views below slice it without a copy of the whole script.
        text.makeContiguousUTF8()
        self.text = text
        self.fileName = fileName
    }

    /// The text covered by `span`.
    public func slice(_ span: SourceSpan) -> String {
        withBytes { bytes in
            let start = max(0, min(span.start, bytes.count))
            let end = max(start, min(span.end, bytes.count))
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        }
    }

    /// The whole line `span` starts on, without its line break.
    public func lineText(containing span: SourceSpan) -> String {
        withBytes { bytes in
            var start = max(0, min(span.start, bytes.count))
            while start > 0, bytes[start - 1] != 0x0A, bytes[start - 1] != 0x0D { start -= 1 }
            var end = start
            while end < bytes.count, bytes[end] != 0x0A, bytes[end] != 0x0D { end += 1 }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        }
    }

    /// The UTF-8 bytes of the text, read in place (a copy only if the string is not contiguous, which
    /// `init` rules out).
    private func withBytes(_ body: (UnsafeBufferPointer<UInt8>) -> String) -> String {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(text.utf8).withUnsafeBufferPointer(body)
    }
}
