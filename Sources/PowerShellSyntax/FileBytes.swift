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
        // A UTF-8 byte-order mark (Windows editors write one) is not part of the script.
        if count >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF, let base = buffer.baseAddress {
            base.update(from: base + 3, count: count - 3)
            count -= 3
        }
        return UnsafeMutableBufferPointer(rebasing: buffer[0..<count])
        #else
        return nil
        #endif
    }

    /// Files at least this long are mapped (a private copy) rather than read into memory.
    static let mappingThreshold = 1 << 20

    /// A large regular file's bytes as a read-only mapping of a private copy, so that the pages already
    /// parsed can be given back (``ScriptText/release(_:)``) and read again from the page cache when an
    /// error message needs them. The copy is unlinked at once: nothing else can truncate or change it (a
    /// mapping of the script itself would fault if the script were cut short while running).
    /// `nil` when the file is small, not regular, or no copy can be made (the caller reads it instead).
    static func mapCopy(path: String) -> UnsafeMutableBufferPointer<UInt8>? {
        #if canImport(Glibc) || canImport(Musl) || canImport(Darwin)
        let source = open(path, O_RDONLY)
        guard source >= 0 else { return nil }
        defer { close(source) }
        var status = stat()
        guard fstat(source, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG, Int(status.st_size) >= mappingThreshold else { return nil }
        guard let copy = privateFile() else { return nil }
        defer { close(copy) }
        let chunk = 1 << 20
        let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: chunk)
        defer { buffer.deallocate() }
        var count = 0
        while true {
            let got = readSome(source, buffer, chunk)
            if got < 0, errno == EINTR { continue }
            guard got >= 0 else { return nil }
            if got == 0 { break }
            // A byte-order mark at the start is left out of the copy, as `read` leaves it out.
            var written = count == 0 && got >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF ? 3 : 0
            let skipped = written
            while written < got {
                let wrote = writeSome(copy, buffer + written, got - written)
                if wrote < 0, errno == EINTR { continue }
                guard wrote > 0 else { return nil }
                written += wrote
            }
            count += got - skipped
        }
        guard count > 0 else { return nil }
        guard let base = mmap(nil, count, PROT_READ, MAP_PRIVATE, copy, 0), base != MAP_FAILED else { return nil }
        return UnsafeMutableBufferPointer(start: base.assumingMemoryBound(to: UInt8.self), count: count)
        #else
        return nil
        #endif
    }

    /// Gives back the pages wholly inside `range` of a mapping made by ``mapCopy(path:)``; reading them
    /// later faults them in again from the copy.
    static func release(_ mapping: UnsafeMutableBufferPointer<UInt8>, _ range: Range<Int>) {
        #if canImport(Glibc) || canImport(Musl) || canImport(Darwin)
        guard let base = mapping.baseAddress else { return }
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let start = (max(range.lowerBound, 0) + page - 1) / page * page
        let end = min(range.upperBound, mapping.count) / page * page
        guard end > start else { return }
        _ = madvise(UnsafeMutableRawPointer(base + start), end - start, MADV_DONTNEED)
        #endif
    }

    static func unmap(_ mapping: UnsafeMutableBufferPointer<UInt8>) {
        #if canImport(Glibc) || canImport(Musl) || canImport(Darwin)
        if let base = mapping.baseAddress { _ = munmap(UnsafeMutableRawPointer(base), mapping.count) }
        #endif
    }

    #if canImport(Glibc) || canImport(Musl) || canImport(Darwin)
    /// A new file only this process can reach (created 0600 and unlinked at once), in `$TMPDIR` or /tmp.
    private static func privateFile() -> Int32? {
        var folders: [String] = []
        if let tmp = getenv("TMPDIR").map({ String(cString: $0) }), !tmp.isEmpty { folders.append(tmp) }
        folders.append(contentsOf: ["/tmp", "/var/tmp"])
        for folder in folders {
            var template = Array("\(folder)/.vtash-script-XXXXXX".utf8CString)
            let previous = umask(0o077)
            let descriptor = mkstemp(&template)
            umask(previous)
            guard descriptor >= 0 else { continue }
            unlink(template)
            return descriptor
        }
        return nil
    }

    private static func writeSome(_ descriptor: Int32, _ from: UnsafeMutablePointer<UInt8>, _ count: Int) -> Int {
        #if canImport(Glibc)
        return Glibc.write(descriptor, from, count)
        #elseif canImport(Musl)
        return Musl.write(descriptor, from, count)
        #else
        return Darwin.write(descriptor, from, count)
        #endif
    }

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
