#if canImport(Glibc)
import Glibc
#endif
import Testing

@testable import LineEditor

extension InterruptFlagTests {
    /// Reads poll the process-wide interrupt flag, which InterruptSignalTests raise.
    @Suite struct StandardInputLinesTests {
        /// A pipe holding `text`, its write end closed; returns the read end.
        static func pipe(containing text: String) -> Int32 {
            var ends: [Int32] = [0, 0]
            guard Glibc.pipe(&ends) == 0 else { return -1 }
            let bytes = Array(text.utf8)
            _ = bytes.withUnsafeBytes { write(ends[1], $0.baseAddress, $0.count) }
            close(ends[1])
            return ends[0]
        }

        @Test func linesAreSplitOnNewlineAndCarriageReturnNewline() {
            let fd = Self.pipe(containing: "Get-Help\r\nif {\n}\nlast")
            defer { close(fd) }
            var input = StandardInputLines(descriptor: fd)
            let results = (0..<5).map { _ in input.next() }
            #expect(results == [.line("Get-Help"), .line("if {"), .line("}"), .line("last"), .endOfInput])
        }

        @Test func emptyLinesAndUTF8AreKept() {
            let fd = Self.pipe(containing: "\nGröße ✓\n")
            defer { close(fd) }
            var input = StandardInputLines(descriptor: fd)
            let results = (0..<3).map { _ in input.next() }
            #expect(results == [.line(""), .line("Größe ✓"), .endOfInput])
        }

        @Test func longLinesSpanSeveralReads() {
            let long = String(repeating: "x", count: 200_000)
            var ends: [Int32] = [0, 0]
            #expect(Glibc.pipe(&ends) == 0)
            var writer = pthread_t()
            let writeEnd = UnsafeMutablePointer<Int32>.allocate(capacity: 1)
            writeEnd.pointee = ends[1]
            _ = pthread_create(&writer, nil, { argument in
                guard let fd = argument?.assumingMemoryBound(to: Int32.self).pointee else { return nil }
                let bytes = Array((String(repeating: "x", count: 200_000) + "\nend\n").utf8)
                var offset = 0
                while offset < bytes.count {
                    let written = bytes[offset...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
                    if written <= 0 { break }
                    offset += written
                }
                close(fd)
                return nil
            }, writeEnd)
            var input = StandardInputLines(descriptor: ends[0])
            let first = input.next()
            let second = input.next()
            pthread_join(writer, nil)
            writeEnd.deallocate()
            close(ends[0])
            #expect(first == .line(long))
            #expect(second == .line("end"))
        }
    }
}
