import Foundation
import Testing
@testable import PowerShellSyntax

/// A large script file is a mapping of a private copy whose passed pages are given back: what it reads
/// must be exactly what a file read into memory gives, before and after pages are given back, and a change
/// to the script file while it runs must not reach it.
@Suite struct ScriptTextTests {
    /// A script of about 2.5 MB (above the mapping threshold), ASCII, with a parse error on its last line
    /// when `brokenEnd` is set.
    static func bigScript(brokenEnd: Bool = false, bytes: Int = FileBytes.mappingThreshold * 5 / 2) -> String {
        var lines: [String] = []
        var size = 0
        var index = 0
        while size < bytes {
            let line = "$kp\(index) = Get-TrustAuthorityKeyProvider -Name 'clkp\(index)' | Select-Object -First 1"
            lines.append(line)
            size += line.utf8.count + 1
            index += 1
        }
        if brokenEnd { lines.append("$x = (1 +") }
        return lines.joined(separator: "\n") + "\n"
    }

    static func write(_ text: String) throws -> String {
        let path = NSTemporaryDirectory() + "vtash-scripttext-\(UUID().uuidString).ps1"
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func aLargeScriptFileIsMappedAndReadsAsTheFileDoes() throws {
        let text = Self.bigScript()
        let path = try Self.write(text)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let script = try #require(ScriptText.read(path: path))
        #expect(script.isFileMapped)
        #expect(script.isASCII)
        #expect(script.count == text.utf8.count)
        #expect(script.string == text)
    }

    @Test func aSmallScriptFileIsReadIntoMemory() throws {
        let path = try Self.write("'small'\n")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let script = try #require(ScriptText.read(path: path))
        #expect(!script.isFileMapped)
        #expect(script.string == "'small'\n")
    }

    @Test func givenBackPagesReadTheSameBytesAgain() throws {
        let text = Self.bigScript()
        let path = try Self.write(text)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let script = try #require(ScriptText.read(path: path))
        let firstLine = String(text.prefix { $0 != "\n" })
        script.release(0..<script.count)
        #expect(script.line(containing: 3) == firstLine)
        #expect(script.slice(0, script.count) == text)
    }

    /// Resident kilobytes of the mapping that starts at `base`, from /proc/self/smaps (Linux).
    static func residentKilobytes(ofMappingAt base: UnsafeRawPointer) throws -> Int? {
        // /proc files report size 0: read to the end rather than by size.
        let handle = try #require(FileHandle(forReadingAtPath: "/proc/self/smaps"))
        defer { try? handle.close() }
        let smaps = String(decoding: handle.readDataToEndOfFile(), as: UTF8.self)
        let start = String(UInt(bitPattern: base), radix: 16)
        var inMapping = false
        for line in smaps.split(separator: "\n") {
            if let dash = line.firstIndex(of: "-"), line[..<dash].allSatisfy(\.isHexDigit) {
                inMapping = line[..<dash].drop { $0 == "0" } == Substring(start)
            } else if inMapping, line.hasPrefix("Rss:") {
                return Int(line.split(separator: " ")[1])
            }
        }
        return nil
    }

    @Test func givingBackPagesEmptiesTheMappingButItsLastPartialPage() throws {
        let text = Self.bigScript()
        let path = try Self.write(text)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let script = try #require(ScriptText.read(path: path))
        let base = UnsafeRawPointer(try #require(script.bytes.baseAddress))
        #expect(script.string == text)
        let touched = try #require(try Self.residentKilobytes(ofMappingAt: base))
        #expect(touched * 1024 >= text.utf8.count - 4096, "resident after reading: \(touched) KB")
        script.release(0..<script.count)
        #expect(try #require(try Self.residentKilobytes(ofMappingAt: base)) <= 4)
    }

    @Test func parsingALongMappedScriptGivesBackWhatItHasPassed() throws {
        // Three release steps long: each pass gives back all but the step it ends in.
        let text = Self.bigScript(bytes: ScriptText.releaseStep * 3)
        let path = try Self.write(text)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let script = try #require(ScriptText.read(path: path))
        let base = UnsafeRawPointer(try #require(script.bytes.baseAddress))
        let stream = try ScriptStatementStream(parsing: script)
        var statements = 0
        while try stream.next() != nil { statements += 1 }
        #expect(statements == text.split(separator: "\n").count)
        let left = try #require(try Self.residentKilobytes(ofMappingAt: base))
        #expect(left * 1024 <= text.utf8.count - ScriptText.releaseStep, "resident after parsing: \(left) KB of \(text.utf8.count / 1024) KB")
    }

    @Test func cuttingTheScriptFileShortWhileItIsHeldChangesNothing() throws {
        let text = Self.bigScript()
        let path = try Self.write(text)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let script = try #require(ScriptText.read(path: path))
        script.release(0..<script.count)
        // A mapping of the script itself would fault on the pages past the new end.
        try Data("'other'\n".utf8).write(to: URL(fileURLWithPath: path))
        #expect(script.count == text.utf8.count)
        #expect(script.slice(script.count - 200, script.count) == String(decoding: Array(text.utf8.suffix(200)), as: UTF8.self))
    }

    @Test func invalidUtf8InALargeFileIsRepairedAsInMemory() throws {
        var bytes = Array(Self.bigScript().utf8)
        bytes.insert(contentsOf: [0x27, 0xFF, 0xFE, 0x27, 0x0A], at: bytes.count / 2)
        let path = NSTemporaryDirectory() + "vtash-scripttext-\(UUID().uuidString).ps1"
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let script = try #require(ScriptText.read(path: path))
        #expect(script.string == String(decoding: bytes, as: UTF8.self))
        #expect(script.string.contains("'\u{FFFD}\u{FFFD}'"))
    }

    @Test func aMappedScriptStreamsTheStatementsOfTheWholeParse() throws {
        let text = Self.bigScript()
        let path = try Self.write(text)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let script = try #require(ScriptText.read(path: path))
        let stream = try ScriptStatementStream(parsing: script)
        var streamed: [Statement] = []
        while let statement = try stream.next() { streamed.append(statement) }
        #expect(streamed == (try Parser.parse(text)).endBlock)
    }

    @Test func aParseErrorAtTheEndOfAMappedScriptHasItsLineAndText() throws {
        let text = Self.bigScript(brokenEnd: true)
        let path = try Self.write(text)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let script = try #require(ScriptText.read(path: path))
        let lineCount = text.split(separator: "\n").count
        do {
            _ = try ScriptStatementStream(parsing: script)
            Issue.record("the broken last line parsed")
        } catch {
            #expect(error.span.line == lineCount)
            #expect(script.line(containing: error.span.start) == "$x = (1 +")
            // The first lines were given back long before; they read as before.
            #expect(script.line(containing: 0) == String(text.prefix { $0 != "\n" }))
        }
    }
}
