import CZlib
import Foundation

/// gzip (RFC 1952) through the system zlib: what `tar czf` writes and `tar tzf` reads.
enum Gzip {
    /// A file that unpacks to more than this is refused, so a crafted archive cannot exhaust memory.
    static let unpackedLimit = 256 * 1_048_576

    static func compress(_ bytes: [UInt8]) -> [UInt8] {
        var stream = z_stream()
        // 15 window bits + 16: a gzip header and trailer instead of zlib's.
        guard deflateInit2_(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY,
                            ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else { return [] }
        defer { deflateEnd(&stream) }
        var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, uLong(bytes.count))) + 32)
        var input = bytes
        let produced: Int = input.withUnsafeMutableBufferPointer { source in
            output.withUnsafeMutableBufferPointer { target in
                stream.next_in = source.baseAddress
                stream.avail_in = uInt(source.count)
                stream.next_out = target.baseAddress
                stream.avail_out = uInt(target.count)
                // deflateBound leaves room for everything, so one Z_FINISH call ends the stream.
                guard deflate(&stream, Z_FINISH) == Z_STREAM_END else { return -1 }
                return target.count - Int(stream.avail_out)
            }
        }
        guard produced >= 0 else { return [] }
        return Array(output.prefix(produced))
    }

    /// Every member of a gzip file, concatenated (a file may hold several members, RFC 1952 §2.2).
    static func decompress(_ bytes: [UInt8], source: String) throws(ArtifactError) -> [UInt8] {
        guard bytes.count >= 18, bytes[0] == 0x1F, bytes[1] == 0x8B else { throw .notGzip(source: source) }
        var output: [UInt8] = []
        var offset = 0
        while offset < bytes.count {
            // Padding after the last member (some tools write zeros) ends the file.
            if bytes[offset...].allSatisfy({ $0 == 0 }) { break }
            guard bytes.count - offset >= 2, bytes[offset] == 0x1F, bytes[offset + 1] == 0x8B else {
                throw .damagedGzip(source: source, detail: "unexpected data after member at byte \(offset)")
            }
            offset += try inflateMember(bytes, from: offset, into: &output, source: source)
        }
        return output
    }

    /// Inflates the member that starts at `start`; returns how many input bytes it took.
    private static func inflateMember(_ bytes: [UInt8], from start: Int, into output: inout [UInt8],
                                      source: String) throws(ArtifactError) -> Int {
        var stream = z_stream()
        guard inflateInit2_(&stream, 15 + 16, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw .damagedGzip(source: source, detail: "zlib could not start")
        }
        defer { inflateEnd(&stream) }
        var chunk = [UInt8](repeating: 0, count: 65_536)
        var input = Array(bytes[start...])
        var status: Int32 = Z_OK
        var failure: String?
        input.withUnsafeMutableBufferPointer { buffer in
            stream.next_in = buffer.baseAddress
            stream.avail_in = uInt(buffer.count)
            while status == Z_OK {
                let produced: Int = chunk.withUnsafeMutableBufferPointer { target in
                    stream.next_out = target.baseAddress
                    stream.avail_out = uInt(target.count)
                    status = inflate(&stream, Z_NO_FLUSH)
                    return target.count - Int(stream.avail_out)
                }
                output += chunk.prefix(produced)
                if output.count > unpackedLimit { failure = "limit"; return }
                if status == Z_BUF_ERROR && stream.avail_in == 0 { failure = "the file ends inside the compressed data"; return }
            }
            if status != Z_STREAM_END {
                failure = stream.msg.map { String(cString: $0) } ?? "zlib error \(status)"
            }
        }
        if failure == "limit" { throw .tooLarge(source: source, limit: unpackedLimit) }
        if let failure { throw .damagedGzip(source: source, detail: failure) }
        return Int(stream.total_in)
    }
}
