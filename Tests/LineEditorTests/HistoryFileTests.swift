#if canImport(Glibc)
import Glibc
#endif
import Testing

@testable import LineEditor

@Suite struct HistoryFileTests {
    /// A fresh directory under /tmp, removed by the caller through `removeTree`.
    static func temporaryDirectory() -> String {
        var template = Array("/tmp/lineeditor-test-XXXXXX".utf8CString)
        return template.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress, mkdtemp(base) != nil else { return "/tmp" }
            return String(cString: base)
        }
    }

    static func removeTree(_ path: String) {
        guard path.hasPrefix("/tmp/lineeditor-test-") else { return }
        _ = path.withCString { system("rm -rf '\(String(cString: $0))'") }
    }

    static func mode(_ path: String) -> mode_t? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        return status.st_mode & 0o777
    }

    static func contents(_ path: String) -> String {
        guard let file = fopen(path, "r") else { return "" }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        while case let c = fgetc(file), c != EOF { bytes.append(UInt8(truncatingIfNeeded: c)) }
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test func multiLineEntriesSurviveASecondSession() throws {
        let directory = Self.temporaryDirectory()
        defer { Self.removeTree(directory) }
        let path = directory + "/nested/vtash/history"
        var first = HistoryFile(path: path)
        try first.load()
        try first.append("Get-Help")
        try first.append("if ($x) {\n  Write-Host 'a\\b'\n}")
        var second = HistoryFile(path: path)
        try second.load()
        #expect(second.entries == ["Get-Help", "if ($x) {\n  Write-Host 'a\\b'\n}"])
        #expect(Self.mode(directory + "/nested/vtash") == 0o700)
    }

    @Test func newFileIsCreatedWithMode0600() throws {
        let directory = Self.temporaryDirectory()
        defer { Self.removeTree(directory) }
        let path = directory + "/history"
        let previous = umask(0)
        defer { umask(previous) }
        var file = HistoryFile(path: path)
        try file.load()
        #expect(Self.mode(path) == 0o600)
    }

    @Test func existingFileIsTightenedTo0600() throws {
        let directory = Self.temporaryDirectory()
        defer { Self.removeTree(directory) }
        let path = directory + "/history"
        let fd = open(path, O_WRONLY | O_CREAT, 0o644)
        close(fd)
        chmod(path, 0o644)
        var file = HistoryFile(path: path)
        try file.load()
        #expect(Self.mode(path) == 0o600)
    }

    @Test func consecutiveDuplicatesAreWrittenOnce() throws {
        let directory = Self.temporaryDirectory()
        defer { Self.removeTree(directory) }
        let path = directory + "/history"
        var file = HistoryFile(path: path)
        try file.load()
        for entry in ["a", "a", "b", "a", "a"] { try file.append(entry) }
        #expect(HistoryFileFormat.parse(Self.contents(path)) == ["a", "b", "a"])
    }

    @Test func historyIsCappedAt4096Entries() throws {
        let directory = Self.temporaryDirectory()
        defer { Self.removeTree(directory) }
        let path = directory + "/history"
        var file = HistoryFile(path: path)
        try file.load()
        for number in 0..<5000 { try file.append("Write-Output \(number)") }
        #expect(file.entries.count == 4096)
        #expect(file.entries.last == "Write-Output 4999")
        var reloaded = HistoryFile(path: path)
        try reloaded.load()
        #expect(reloaded.entries.count == 4096)
        #expect(reloaded.entries.first == "Write-Output 904")
        #expect(HistoryFileFormat.parse(Self.contents(path)).count == 4096)
    }

    @Test func fullHistoryIsOverCapacityOnlyAfterThisSessionAppends() throws {
        let directory = Self.temporaryDirectory()
        defer { Self.removeTree(directory) }
        let path = directory + "/history"
        var writer = HistoryFile(path: path, capacity: 10)
        try writer.load()
        for number in 0..<10 { try writer.append("e\(number)") }
        #expect(!writer.isOverCapacity)
        var next = HistoryFile(path: path, capacity: 10)
        try next.load()
        #expect(!next.isOverCapacity)
        try next.append("e10")
        #expect(next.isOverCapacity)
        try next.compact()
        #expect(!next.isOverCapacity)
        #expect(next.entries == (1...10).map { "e\($0)" })
    }

    @Test func oversizedFileIsCompactedOnLoad() throws {
        let directory = Self.temporaryDirectory()
        defer { Self.removeTree(directory) }
        let path = directory + "/history"
        var writer = HistoryFile(path: path, capacity: 100)
        try writer.load()
        for number in 0..<110 { try writer.append("e\(number)") }
        var reader = HistoryFile(path: path, capacity: 10)
        try reader.load()
        #expect(reader.entries == (100..<110).map { "e\($0)" })
        #expect(HistoryFileFormat.parse(Self.contents(path)) == reader.entries)
        #expect(Self.mode(path) == 0o600)
    }

    @Test func unwritableLocationReportsPathAndOperation() {
        var file = HistoryFile(path: "/proc/lineeditor-no-such/history")
        #expect(throws: HistoryFileError.self) { try file.load() }
        do {
            try file.load()
        } catch {
            #expect(error.path == "/proc/lineeditor-no-such/history")
            #expect(error.description.contains("/proc/lineeditor-no-such/history"))
        }
    }

    @Test func blankEntriesAreDroppedWhateverTheirWhitespace() {
        #expect(HistoryFile.isBlank(""))
        #expect(HistoryFile.isBlank(" \t\r\n"))
        #expect(HistoryFile.isBlank("\u{00A0}\u{2003}"))
        #expect(!HistoryFile.isBlank("  Get-Item"))
        #expect(!HistoryFile.isBlank("\u{00A0}Größe"))
        #expect(!HistoryFile.isBlank("✓"))
        #expect(HistoryFile.normalized(["a", " ", "a", "\u{2003}", "b", "b"], capacity: 10) == ["a", "b"])
    }
}
