/// The UTF-8 text of a script, held once: the parser reads it in place and the engine slices it for error
/// positions, so a script file costs one copy of its bytes, not one per stage (file data, `String`, tokens).
///
/// A large script file is not held in memory at all: its bytes are a mapping of a private copy, and the
/// parser gives back the pages it has passed (``release(_:)``), so memory stays flat however long the
/// script is; an error message that needs an early line reads it again from the page cache.
///
/// The bytes are valid UTF-8: invalid sequences are replaced by U+FFFD, as `String(decoding:as:)` does.
public final class ScriptText: @unchecked Sendable {
    // @unchecked: the storage is written once in `init` and only read afterwards (giving pages back does
    // not change what reading them returns).
    private let storage: UnsafeMutableBufferPointer<UInt8>
    /// True when `storage` is a file mapping (``FileBytes/mapCopy(path:)``), false when it is allocated.
    private let isMapped: Bool
    /// True when every byte is ASCII (then scalar `i` is byte `i`).
    public let isASCII: Bool
    /// Pages of a mapping are given back in steps of this many bytes.
    static let releaseStep = 4 << 20

    /// Takes the bytes of a script, repairing invalid UTF-8.
    public convenience init(utf8 bytes: [UInt8]) {
        self.init(adopting: ScriptText.copy(bytes), mapped: false)
    }

    /// Takes ownership of `buffer` (allocated with `allocate(capacity:)`, or a mapping when `mapped`),
    /// repairing invalid UTF-8.
    private init(adopting buffer: UnsafeMutableBufferPointer<UInt8>, mapped: Bool) {
        let scan = ScriptText.scan(UnsafeBufferPointer(buffer), releasing: mapped ? buffer : nil)
        if scan.isValid {
            self.storage = buffer
            self.isMapped = mapped
        } else {
            self.storage = ScriptText.copy(Array(String(decoding: buffer, as: UTF8.self).utf8))
            self.isMapped = false
            if mapped { FileBytes.unmap(buffer) } else { buffer.deallocate() }
        }
        self.isASCII = scan.isASCII
    }

    /// Reads a script file (a large one is mapped); `nil` when it cannot be opened or read.
    public static func read(path: String) -> ScriptText? {
        if let mapping = FileBytes.mapCopy(path: path) { return ScriptText(adopting: mapping, mapped: true) }
        guard let buffer = FileBytes.read(path: path) else { return nil }
        return ScriptText(adopting: buffer, mapped: false)
    }

    /// True when the text is a mapping whose passed pages can be given back (for tests).
    public var isFileMapped: Bool { isMapped }

    /// Gives back the memory of bytes `range` when the text is a mapping; reading them again still works.
    /// A hint only: any thread may call it for text it has passed.
    public func release(_ range: Range<Int>) {
        if isMapped { FileBytes.release(storage, range) }
    }

    public convenience init(_ text: String) {
        self.init(utf8: Array(text.utf8))
    }

    deinit {
        if isMapped { FileBytes.unmap(storage) } else { storage.deallocate() }
    }

    /// How many UTF-8 bytes the text has.
    public var count: Int { storage.count }

    /// The bytes, valid for the life of this object.
    var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(storage) }

    /// The text of bytes `start..<end` (clamped to the text).
    public func slice(_ start: Int, _ end: Int) -> String {
        let start = min(max(start, 0), storage.count)
        let end = min(max(end, start), storage.count)
        return String(decoding: UnsafeBufferPointer(rebasing: storage[start..<end]), as: UTF8.self)
    }

    /// The whole line that byte `offset` is on, without its line break.
    public func line(containing offset: Int) -> String {
        var start = min(max(offset, 0), storage.count)
        while start > 0, storage[start - 1] != 0x0A, storage[start - 1] != 0x0D { start -= 1 }
        var end = start
        while end < storage.count, storage[end] != 0x0A, storage[end] != 0x0D { end += 1 }
        return slice(start, end)
    }

    /// The whole text as a `String` (a copy).
    public var string: String { slice(0, storage.count) }

    private static func copy(_ bytes: [UInt8]) -> UnsafeMutableBufferPointer<UInt8> {
        let storage = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(bytes.count, 1))
        _ = storage.initialize(from: bytes)
        return UnsafeMutableBufferPointer(rebasing: storage[0..<bytes.count])
    }

    /// Whether `bytes` is valid UTF-8 and whether it is all ASCII, in one pass; the pages of `mapping`
    /// are given back as the pass leaves them.
    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>, releasing mapping: UnsafeMutableBufferPointer<UInt8>?) -> (isValid: Bool, isASCII: Bool) {
        var index = 0
        let count = bytes.count
        var released = 0
        // ASCII first, eight bytes at a time where possible: nearly every script is ASCII.
        let raw = UnsafeRawBufferPointer(bytes)
        while index + 8 <= count {
            guard raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 else { break }
            index += 8
            if let mapping, index - released >= releaseStep {
                FileBytes.release(mapping, released..<index)
                released = index
            }
        }
        while index < count, bytes[index] < 0x80 { index += 1 }
        if index == count {
            if let mapping { FileBytes.release(mapping, released..<count) }
            return (true, true)
        }
        var decoder = UTF8()
        var iterator = bytes[index...].makeIterator()
        defer { if let mapping { FileBytes.release(mapping, released..<count) } }
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue: continue
            case .emptyInput: return (true, false)
            case .error: return (false, false)
            }
        }
    }
}
