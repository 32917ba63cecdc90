import CZlib
import Foundation

/// The files of a .zip archive (stored or deflated entries), for TPM CA certificate bundles that
/// vendors ship as `<name>-00.crt … <name>-09.crt` inside one zip.
enum ZipArchive {
    struct File: Sendable, Equatable {
        var path: String
        var bytes: [UInt8]
    }

    static func isZip(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 4 && bytes[0] == 0x50 && bytes[1] == 0x4B && bytes[2] == 0x03 && bytes[3] == 0x04
    }

    /// The archive's files (directories left out), in the central directory's order.
    static func files(_ bytes: [UInt8], source: String) throws(ArtifactError) -> [File] {
        // The end of central directory record is in the last 22 + 65535 bytes.
        let searchStart = max(0, bytes.count - 22 - 65_535)
        guard bytes.count >= 22,
              let end = stride(from: bytes.count - 22, through: searchStart, by: -1).first(where: { signature(bytes, $0) == 0x0605_4B50 })
        else {
            throw .damagedZip(source: source, detail: "the end of the central directory is missing")
        }
        let count = Int(uint16(bytes, end + 10))
        var offset = Int(uint32(bytes, end + 16))
        var files: [File] = []
        for _ in 0..<count {
            guard offset + 46 <= bytes.count, signature(bytes, offset) == 0x0201_4B50 else {
                throw .damagedZip(source: source, detail: "a central directory entry is damaged")
            }
            let method = uint16(bytes, offset + 10)
            let compressedSize = Int(uint32(bytes, offset + 20))
            let size = Int(uint32(bytes, offset + 24))
            let nameLength = Int(uint16(bytes, offset + 28))
            let extraLength = Int(uint16(bytes, offset + 30))
            let commentLength = Int(uint16(bytes, offset + 32))
            let localOffset = Int(uint32(bytes, offset + 42))
            guard offset + 46 + nameLength <= bytes.count else { throw .damagedZip(source: source, detail: "a file name is cut off") }
            let path = String(decoding: bytes[(offset + 46)..<(offset + 46 + nameLength)], as: UTF8.self)
            offset += 46 + nameLength + extraLength + commentLength
            if path.hasSuffix("/") { continue }
            guard localOffset + 30 <= bytes.count, signature(bytes, localOffset) == 0x0403_4B50 else {
                throw .damagedZip(source: source, detail: "the entry '\(path)' is damaged")
            }
            let dataStart = localOffset + 30 + Int(uint16(bytes, localOffset + 26)) + Int(uint16(bytes, localOffset + 28))
            guard dataStart + compressedSize <= bytes.count, size <= Gzip.unpackedLimit else {
                throw .damagedZip(source: source, detail: "the entry '\(path)' is cut off")
            }
            let data = Array(bytes[dataStart..<(dataStart + compressedSize)])
            switch method {
            case 0: files.append(File(path: path, bytes: data))
            case 8: files.append(File(path: path, bytes: try inflateRaw(data, size: size, path: path, source: source)))
            default: throw .damagedZip(source: source, detail: "the entry '\(path)' uses compression method \(method), not stored or deflate")
            }
        }
        return files
    }

    private static func inflateRaw(_ data: [UInt8], size: Int, path: String, source: String) throws(ArtifactError) -> [UInt8] {
        var stream = z_stream()
        // Negative window bits: raw deflate data, as zip stores it.
        guard inflateInit2_(&stream, -15, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw .damagedZip(source: source, detail: "zlib could not start")
        }
        defer { inflateEnd(&stream) }
        var input = data.isEmpty ? [0] : data
        var output = [UInt8](repeating: 0, count: max(size, 1))
        let status: Int32 = input.withUnsafeMutableBufferPointer { inputBuffer in
            output.withUnsafeMutableBufferPointer { outputBuffer in
                stream.next_in = inputBuffer.baseAddress
                stream.avail_in = uInt(data.count)
                stream.next_out = outputBuffer.baseAddress
                stream.avail_out = uInt(outputBuffer.count)
                return inflate(&stream, Z_FINISH)
            }
        }
        guard status == Z_STREAM_END, Int(stream.total_out) == size else {
            throw .damagedZip(source: source, detail: "the entry '\(path)' cannot be inflated")
        }
        return Array(output.prefix(size))
    }

    private static func signature(_ bytes: [UInt8], _ offset: Int) -> UInt32 {
        offset + 4 <= bytes.count ? uint32(bytes, offset) : 0
    }

    private static func uint16(_ bytes: [UInt8], _ offset: Int) -> UInt16 {
        guard offset + 2 <= bytes.count else { return 0 }
        return UInt16(bytes[offset]) | UInt16(bytes[offset + 1]) << 8
    }

    private static func uint32(_ bytes: [UInt8], _ offset: Int) -> UInt32 {
        guard offset + 4 <= bytes.count else { return 0 }
        return UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8 | UInt32(bytes[offset + 2]) << 16 | UInt32(bytes[offset + 3]) << 24
    }
}
