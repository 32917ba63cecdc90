import CLineEditorSupport

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Line reading from file descriptor 0 with read(2) and an own buffer.
///
/// Not `Swift.readLine`: its runtime stub retries getline while errno is EINTR, and once a
/// SIGINT handler without SA_RESTART interrupts the read, getline fails at once on every retry,
/// so Ctrl+C made it spin at 100% CPU (seen here with Swift 6.3.1 / glibc 2.36). Reading the
/// descriptor directly lets Ctrl+C surface as ``LineReadResult/interrupted`` (with the handler
/// from ``InterruptSignal/install()``; without it, Ctrl+C ends the process as usual).
struct StandardInputLines {
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    private var atEnd = false

    init(descriptor: Int32 = STDIN_FILENO) {
        self.descriptor = descriptor
    }

    /// The next line without its `\n` or `\r\n`; the last line may lack a newline.
    mutating func next() -> LineReadResult {
        var searchFrom = 0
        while true {
            if let newline = buffer[searchFrom...].firstIndex(of: UInt8(ascii: "\n")) {
                var line = buffer[..<newline]
                if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
                let text = String(decoding: line, as: UTF8.self)
                buffer.removeSubrange(...newline)
                return .line(text)
            }
            searchFrom = buffer.count
            if atEnd {
                guard !buffer.isEmpty else { return .endOfInput }
                let text = String(decoding: buffer, as: UTF8.self)
                buffer.removeAll()
                return .line(text)
            }
            // Wait with SIGINT atomically unblocked: a Ctrl+C just before read() still counts.
            switch les_wait_readable(descriptor) {
            case 0:
                _ = InterruptSignal.takePending()
                return .interrupted
            case -2:
                continue
            default:
                break
            }
            var chunk = [UInt8](repeating: 0, count: 65536)
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count > 0 {
                buffer.append(contentsOf: chunk[..<count])
            } else if count == 0 {
                atEnd = true
            } else if errno == EINTR {
                if InterruptSignal.takePending() { return .interrupted }
            } else {
                atEnd = true
            }
        }
    }
}
