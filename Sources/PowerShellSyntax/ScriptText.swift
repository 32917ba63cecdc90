/// The UTF-8 text of a script, held once: the parser reads it in place and the engine slices it for error
/// positions, so a script file costs one copy of its bytes, not one per stage (file data, `String`, tokens).
///
/// The bytes are valid UTF-8: invalid sequences are replaced by U+FFFD, as `String(decoding:as:)` does.
public final class ScriptText: @unchecked Sendable {
    // @unchecked: the storage is written once in `init` and only read afterwards.
    private let storage: UnsafeMutableBufferPointer<UInt8>
    /// True when every byte is ASCII (then scalar `i` is byte `i`).
    public let isASCII: Bool

    /// Takes the bytes of a script, repairing invalid UTF-8.
    public convenience init(utf8 bytes: [UInt8]) {
        self.init(adopting: ScriptText.copy(bytes))
    }

    /// Takes ownership of `buffer` (allocated with `allocate(capacity:)`), repairing invalid UTF-8.
    private init(adopting buffer: UnsafeMutableBufferPointer<UInt8>) {
        let scan = ScriptText.scan(UnsafeBufferPointer(buffer))
        if scan.isValid {
            self.storage = buffer
        } else {
            self.storage = ScriptText.copy(Array(String(decoding: buffer, as: UTF8.self).utf8))
            buffer.deallocate()
        }
        self.isASCII = scan.isASCII
    }

    /// Reads a script file into one buffer; `nil` when it cannot be opened or read.
    public static func read(path: String) -> ScriptText? {
        guard let buffer = FileBytes.read(path: path) else { return nil }
        return ScriptText(adopting: buffer)
    }

    public convenience init(_ text: String) {
        self.init(utf8: Array(text.utf8))
    }

    deinit {
        storage.deallocate()
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

    /// Whether `bytes` is valid UTF-8 and whether it is all ASCII, in one pass.
    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> (isValid: Bool, isASCII: Bool) {
        var index = 0
        let count = bytes.count
        // ASCII first, eight bytes at a time where possible: nearly every script is ASCII.
        let raw = UnsafeRawBufferPointer(bytes)
        while index + 8 <= count, raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
            index += 8
        }
        while index < count, bytes[index] < 0x80 { index += 1 }
        if index == count { return (true, true) }
        var decoder = UTF8()
        var iterator = bytes[index...].makeIterator()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue: continue
            case .emptyInput: return (true, false)
            case .error: return (false, false)
            }
        }
    }
}
