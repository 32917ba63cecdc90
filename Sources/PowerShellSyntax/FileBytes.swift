#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a whole file into one allocated buffer, without the intermediate copies of `Data` and `String`.
enum FileBytes {
    /// The file's bytes in a buffer the caller owns (`deallocate()` it); `nil` when it cannot be read.
    static func read(path: String) -> UnsafeMutableBufferPointer<UInt8>? {
        #if canImport(Glibc) || canImport(Musl) || canImport(Darwin)
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) != S_IFDIR else { return nil }
        // The size is a hint: the file may change while it is read, and some files report 0.
        var capacity = max(Int(status.st_size), 0) + 1
        var buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: capacity)
        var count = 0
        while true {
            if count == capacity {
                let (doubled, overflow) = capacity.multipliedReportingOverflow(by: 2)
                guard !overflow else {
                    buffer.deallocate()
                    return nil
                }
                let larger = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: doubled)
                _ = larger.initialize(from: buffer[0..<count])
                buffer.deallocate()
                buffer = larger
                capacity = doubled
            }
            guard let base = buffer.baseAddress else { return nil }
            let got = readSome(descriptor, base + count, capacity - count)
            if got < 0 {
                if errno == EINTR { continue }
                buffer.deallocate()
                return nil
            }
            if got == 0 { break }
            count += got
        }
        return UnsafeMutableBufferPointer(rebasing: buffer[0..<count])
        #else
        return nil
        #endif
    }

    #if canImport(Glibc) || canImport(Musl) || canImport(Darwin)
    private static func readSome(_ descriptor: Int32, _ into: UnsafeMutablePointer<UInt8>, _ count: Int) -> Int {
        #if canImport(Glibc)
        return Glibc.read(descriptor, into, count)
        #elseif canImport(Musl)
        return Musl.read(descriptor, into, count)
        #else
        return Darwin.read(descriptor, into, count)
        #endif
    }
    #endif
}
