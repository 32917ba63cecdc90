import ShellEngine
import Foundation

/// A parsed transcript: its commands and the text around them, kept so `--update` can rewrite the file.
public struct TranscriptDocument: Equatable, Sendable {
    /// The file name used in reports.
    public var name: String
    public var format: TranscriptFormat
    public var blocks: [TranscriptBlock]

    /// Larger files are refused: a transcript is typed by people, a 32 MB one is a mistake or not a transcript.
    public static let sizeLimit = 32 * 1024 * 1024

    public init(name: String, format: TranscriptFormat, blocks: [TranscriptBlock]) {
        self.name = name
        self.format = format
        self.blocks = blocks
    }

    /// Every command, in order, including the ones replay skips.
    public var commands: [TranscriptCommand] {
        blocks.compactMap { block in
            if case .command(let command) = block { return command }
            return nil
        }
    }

    /// Reads and parses a transcript file.
    public static func read(path: String, sizeLimit: Int = TranscriptDocument.sizeLimit) throws(TranscriptError) -> TranscriptDocument {
        let attributes: [FileAttributeKey: Any]
        do {
            attributes = try FileManager.default.attributesOfItem(atPath: path)
        } catch {
            throw .unreadable(path: path, reason: "no such file")
        }
        if let type = attributes[.type] as? FileAttributeType, type == .typeDirectory {
            throw .unreadable(path: path, reason: "it is a directory")
        }
        if let size = (attributes[.size] as? NSNumber)?.intValue, size > sizeLimit {
            throw .tooLarge(path: path, bytes: size, limit: sizeLimit)
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .unreadable(path: path, reason: "permission denied or not a regular file")
        }
        return try parse(Array(data), name: path, sizeLimit: sizeLimit)
    }

    /// Parses transcript bytes (UTF-8, with or without BOM, or UTF-16 with BOM).
    public static func parse(_ bytes: [UInt8], name: String, sizeLimit: Int = TranscriptDocument.sizeLimit) throws(TranscriptError) -> TranscriptDocument {
        guard bytes.count <= sizeLimit else { throw .tooLarge(path: name, bytes: bytes.count, limit: sizeLimit) }
        let text = try decode(bytes, name: name)
        var parser = TranscriptParser(lines: splitLines(text), name: name)
        let document = parser.parse()
        guard document.commands.contains(where: { !$0.text.trimmingCharacters(in: .whitespaces).isEmpty }) else {
            throw .noCommands(path: name)
        }
        return document
    }

    /// Parses transcript text.
    public static func parse(_ text: String, name: String) throws(TranscriptError) -> TranscriptDocument {
        try parse(Array(text.utf8), name: name, sizeLimit: Int.max)
    }

    static func decode(_ bytes: [UInt8], name: String) throws(TranscriptError) -> [UInt8] {
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            let encoding: String.Encoding = bytes[0] == 0xFF ? .utf16LittleEndian : .utf16BigEndian
            guard bytes.count % 2 == 0, let text = String(data: Data(bytes[2...]), encoding: encoding) else {
                throw .binary(path: name, offset: 0)
            }
            let utf8 = Array(text.utf8)
            if let zero = utf8.firstIndex(of: 0) { throw .binary(path: name, offset: zero) }
            return utf8
        }
        let body = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? Array(bytes[3...]) : bytes
        if let bad = UTF8Validation.firstInvalidOffset(body) {
            throw .binary(path: name, offset: bad + (body.count == bytes.count ? 0 : 3))
        }
        return body
    }

    /// Splits on LF, dropping a CR before it; VT escape sequences are kept (comparison removes them).
    static func splitLines(_ bytes: [UInt8]) -> [String] {
        var lines: [String] = []
        var start = 0
        var index = 0
        while index < bytes.count {
            if bytes[index] == 0x0A {
                let end = index > start && bytes[index - 1] == 0x0D ? index - 1 : index
                lines.append(String(decoding: bytes[start..<end], as: UTF8.self))
                start = index + 1
            }
            index += 1
        }
        if start < bytes.count {
            let end = bytes[bytes.count - 1] == 0x0D ? bytes.count - 1 : bytes.count
            lines.append(String(decoding: bytes[start..<max(start, end)], as: UTF8.self))
        }
        return lines
    }

    /// The transcript with each command's output replaced by `outputs[commandIndex]` (commands without an
    /// entry keep theirs); used by `vtash replay --update`.
    public func rendered(replacingOutputs outputs: [Int: [String]]) -> String {
        var lines: [String] = []
        var commandIndex = 0
        for block in blocks {
            switch block {
            case .verbatim(let text):
                lines.append(contentsOf: text.map(\.text))
            case .command(let command):
                lines.append(contentsOf: command.inputLines.map(\.text))
                if let output = outputs[commandIndex] {
                    lines.append(contentsOf: output)
                } else {
                    lines.append(contentsOf: command.expectedOutput.map(\.text))
                }
                commandIndex += 1
            }
        }
        return lines.map { $0 + "\n" }.joined()
    }
}
