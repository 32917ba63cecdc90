import Foundation

/// A tar archive (POSIX ustar). Writes what `tar tzf` lists; reads ustar, pax and GNU archives as
/// `tar czf` makes them (pax `path`/`size` records and GNU long names are honoured).
struct TarArchive: Sendable, Equatable {
    struct Entry: Sendable, Equatable {
        enum Kind: Sendable, Equatable {
            case file
            case directory
            /// Links, devices and the like: listed, their content ignored.
            case other(UInt8)
        }

        var path: String
        var kind: Kind
        var bytes: [UInt8]
        var mode: Int

        static func file(_ path: String, _ text: String, mode: Int = 0o644) -> Entry {
            Entry(path: path, kind: .file, bytes: Array(text.utf8), mode: mode)
        }

        static func directory(_ path: String) -> Entry {
            Entry(path: path.hasSuffix("/") ? path : path + "/", kind: .directory, bytes: [], mode: 0o755)
        }
    }

    var entries: [Entry]

    private static let block = 512

    // MARK: - Writing

    /// The archive's bytes; `modified` is every entry's mtime (fixed, so an export is reproducible).
    func bytes(modified: Date) -> [UInt8] {
        var output: [UInt8] = []
        let mtime = Int(max(0, modified.timeIntervalSince1970))
        for entry in entries {
            output += Self.header(entry, mtime: mtime)
            output += entry.bytes
            let padding = (Self.block - entry.bytes.count % Self.block) % Self.block
            output += [UInt8](repeating: 0, count: padding)
        }
        output += [UInt8](repeating: 0, count: Self.block * 2)
        return output
    }

    private static func header(_ entry: Entry, mtime: Int) -> [UInt8] {
        var header = [UInt8](repeating: 0, count: block)
        let (prefix, name) = splitPath(entry.path)
        put(name, at: 0, width: 100, in: &header)
        put(octal(entry.mode, width: 8), at: 100, width: 8, in: &header)
        put(octal(0, width: 8), at: 108, width: 8, in: &header)
        put(octal(0, width: 8), at: 116, width: 8, in: &header)
        put(octal(entry.bytes.count, width: 12), at: 124, width: 12, in: &header)
        put(octal(mtime, width: 12), at: 136, width: 12, in: &header)
        switch entry.kind {
        case .file: header[156] = UInt8(ascii: "0")
        case .directory: header[156] = UInt8(ascii: "5")
        case .other(let flag): header[156] = flag
        }
        put("ustar", at: 257, width: 6, in: &header)
        put("00", at: 263, width: 2, in: &header)
        put("root", at: 265, width: 32, in: &header)
        put("root", at: 297, width: 32, in: &header)
        put(prefix, at: 345, width: 155, in: &header)
        // The checksum is computed with its own field read as eight spaces.
        for index in 148..<156 { header[index] = UInt8(ascii: " ") }
        let sum = header.reduce(0) { $0 + Int($1) }
        put(String(sum, radix: 8).leftPadded(to: 6) + "\0 ", at: 148, width: 8, in: &header)
        return header
    }

    /// ustar keeps names up to 100 bytes, longer ones split at a slash into a 155-byte prefix.
    private static func splitPath(_ path: String) -> (String, String) {
        let bytes = Array(path.utf8)
        guard bytes.count > 100 else { return ("", path) }
        for index in stride(from: min(bytes.count - 1, 155), to: 0, by: -1) where bytes[index] == UInt8(ascii: "/") {
            if bytes.count - index - 1 <= 100 {
                return (String(decoding: bytes[..<index], as: UTF8.self), String(decoding: bytes[(index + 1)...], as: UTF8.self))
            }
        }
        return ("", String(decoding: bytes.prefix(100), as: UTF8.self))
    }

    private static func octal(_ value: Int, width: Int) -> String {
        String(value, radix: 8).leftPadded(to: width - 1)
    }

    private static func put(_ text: String, at offset: Int, width: Int, in header: inout [UInt8]) {
        for (index, byte) in text.utf8.prefix(width).enumerated() { header[offset + index] = byte }
    }

    // MARK: - Reading

    init(entries: [Entry]) {
        self.entries = entries
    }

    init(bytes: [UInt8], source: String) throws(ArtifactError) {
        var entries: [Entry] = []
        var offset = 0
        var longName: String?
        var paxPath: String?
        var paxSize: Int?
        while offset + Self.block <= bytes.count {
            let header = bytes[offset..<(offset + Self.block)]
            if header.allSatisfy({ $0 == 0 }) { break }  // the end-of-archive blocks
            try Self.checkChecksum(header, at: offset, source: source)
            let flag = header[header.startIndex + 156]
            var size = try Self.number(header, 124, 12, at: offset, source: source)
            if let paxSize { size = paxSize }
            if flag == UInt8(ascii: "5") { size = 0 }
            let dataStart = offset + Self.block
            guard size >= 0, size <= bytes.count - dataStart else {
                throw .damagedTar(source: source, detail: "the entry at byte \(offset) claims \(size) bytes, more than the archive holds")
            }
            let data = Array(bytes[dataStart..<(dataStart + size)])
            offset = dataStart + (size + Self.block - 1) / Self.block * Self.block
            switch flag {
            case UInt8(ascii: "x"):
                (paxPath, paxSize) = try Self.paxRecords(data, source: source)
                continue
            case UInt8(ascii: "g"):
                continue
            case UInt8(ascii: "L"):
                longName = String(decoding: data.prefix { $0 != 0 }, as: UTF8.self)
                continue
            case UInt8(ascii: "K"):
                continue
            default:
                break
            }
            var path = Self.text(header, 0, 100)
            let magic = Self.text(header, 257, 5)
            if magic == "ustar" {
                let prefix = Self.text(header, 345, 155)
                if !prefix.isEmpty { path = prefix + "/" + path }
            }
            path = paxPath ?? longName ?? path
            longName = nil
            paxPath = nil
            paxSize = nil
            let kind: Entry.Kind
            switch flag {
            case 0, UInt8(ascii: "0"), UInt8(ascii: "7"): kind = path.hasSuffix("/") ? .directory : .file
            case UInt8(ascii: "5"): kind = .directory
            default: kind = .other(flag)
            }
            let mode = (try? Self.number(header, 100, 8, at: offset, source: source)) ?? 0o644
            entries.append(Entry(path: path, kind: kind, bytes: kind == .file ? data : [], mode: mode))
        }
        if entries.isEmpty && offset == 0 {
            throw .damagedTar(source: source, detail: bytes.count < Self.block ? "it is shorter than one tar block" : "it holds no entries")
        }
        self.entries = entries
    }

    private static func checkChecksum(_ header: ArraySlice<UInt8>, at offset: Int, source: String) throws(ArtifactError) {
        let stored = try number(header, 148, 8, at: offset, source: source)
        var unsigned = 0
        var signed = 0
        for (index, byte) in header.enumerated() {
            let value = (148..<156).contains(index) ? UInt8(ascii: " ") : byte
            unsigned += Int(value)
            signed += Int(Int8(bitPattern: value))
        }
        guard stored == unsigned || stored == signed else {
            throw .damagedTar(source: source, detail: "the header at byte \(offset) has a wrong checksum")
        }
    }

    /// An octal field, or GNU's base-256 form (top bit of the first byte set) for large values.
    private static func number(_ header: ArraySlice<UInt8>, _ start: Int, _ width: Int, at offset: Int,
                               source: String) throws(ArtifactError) -> Int {
        let field = header[(header.startIndex + start)..<(header.startIndex + start + width)]
        if let first = field.first, first & 0x80 != 0 {
            var value = Int(first & 0x7F)
            for byte in field.dropFirst() {
                guard value < (Int.max >> 8) else { throw .damagedTar(source: source, detail: "a number at byte \(offset) is too large") }
                value = value << 8 | Int(byte)
            }
            return value
        }
        let digits = field.prefix { $0 != 0 && $0 != UInt8(ascii: " ") }.drop { $0 == UInt8(ascii: " ") }
        if digits.isEmpty { return 0 }
        guard let value = Int(String(decoding: digits, as: UTF8.self), radix: 8) else {
            throw .damagedTar(source: source, detail: "the header at byte \(offset) holds a number that is not octal")
        }
        return value
    }

    private static func text(_ header: ArraySlice<UInt8>, _ start: Int, _ width: Int) -> String {
        let field = header[(header.startIndex + start)..<(header.startIndex + start + width)]
        return String(decoding: field.prefix { $0 != 0 }, as: UTF8.self)
    }

    /// pax records: `LENGTH key=value\n`; only `path` and `size` matter here.
    private static func paxRecords(_ data: [UInt8], source: String) throws(ArtifactError) -> (String?, Int?) {
        var path: String?
        var size: Int?
        var index = 0
        while index < data.count {
            guard let space = data[index...].firstIndex(of: UInt8(ascii: " ")),
                  let length = Int(String(decoding: data[index..<space], as: UTF8.self)), length > 0,
                  index + length <= data.count else {
                throw .damagedTar(source: source, detail: "a pax extended header is damaged")
            }
            let record = String(decoding: data[(space + 1)..<(index + length)], as: UTF8.self)
            let body = record.hasSuffix("\n") ? String(record.dropLast()) : record
            if let equals = body.firstIndex(of: "=") {
                let key = body[..<equals]
                let value = String(body[body.index(after: equals)...])
                if key == "path" { path = value }
                if key == "size" { size = Int(value) }
            }
            index += length
        }
        return (path, size)
    }
}

extension String {
    /// Zeros in front up to `width` characters (tar's numeric fields).
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
