/// Reads TTLV bytes into items. Every malformation is reported as a `TTLVError`; nothing traps.
public struct TTLVDecoder: Sendable {
    /// KMIP messages nest about 8 levels deep; 64 leaves room for vendor extensions and bounds the recursion.
    public static let defaultMaximumDepth = 64

    public var maximumDepth: Int

    public init(maximumDepth: Int = TTLVDecoder.defaultMaximumDepth) {
        self.maximumDepth = maximumDepth
    }

    /// Decodes exactly one item that spans all of `bytes`.
    public func decode(_ bytes: [UInt8]) throws(TTLVError) -> TTLVItem {
        var cursor = 0
        let item = try readItem(bytes, at: &cursor, end: bytes.count, depth: 1)
        guard cursor == bytes.count else {
            throw .trailingBytes(offset: cursor, count: bytes.count - cursor)
        }
        return item
    }

    /// The total size of a message whose first 8 bytes (tag, type, length) are given, for framing a stream.
    /// Returns nil when fewer than 8 bytes are given.
    public static func messageLength(header: some Collection<UInt8>) -> Int? {
        let prefix = Array(header.prefix(8))
        guard prefix.count == 8 else { return nil }
        let length = prefix[4...7].reduce(UInt32(0)) { ($0 << 8) | UInt32($1) }
        let padded = (Int(length) + 7) / 8 * 8
        return 8 + padded
    }

    private func readItem(_ bytes: [UInt8], at cursor: inout Int, end: Int, depth: Int) throws(TTLVError) -> TTLVItem {
        let start = cursor
        guard end - start >= 8 else {
            throw .truncated(offset: start, needed: 8, available: max(0, end - start))
        }
        let tag = TTLVTag((UInt32(bytes[start]) << 16) | (UInt32(bytes[start + 1]) << 8) | UInt32(bytes[start + 2]))
        guard let type = TTLVType(rawValue: bytes[start + 3]) else {
            throw .unknownType(offset: start + 3, byte: bytes[start + 3])
        }
        let declared = readUInt(bytes, at: start + 4, count: 4)
        let length32 = UInt32(truncatingIfNeeded: declared)
        if let fixed = type.fixedLength, fixed != length32 {
            throw .invalidLength(offset: start + 4, type: type, declared: length32)
        }
        if type == .bigInteger, length32 % 8 != 0 {
            throw .invalidLength(offset: start + 4, type: type, declared: length32)
        }
        let valueStart = start + 8
        let available = end - valueStart
        // Compare in UInt64 so a 0xFFFFFFFF length cannot overflow on any platform.
        let length = Int(length32)
        let padded = (UInt64(length32) + 7) / 8 * 8
        guard padded <= UInt64(available) else {
            throw .lengthPastEnd(offset: start + 4, declared: length32, available: available)
        }
        let valueEnd = valueStart + length
        let paddedEnd = valueStart + Int(padded)
        for index in valueEnd..<paddedEnd where bytes[index] != 0 {
            throw .nonZeroPadding(offset: index)
        }
        let value: TTLVValue
        switch type {
        case .structure:
            guard depth < maximumDepth else {
                throw .nestingTooDeep(offset: start, limit: maximumDepth)
            }
            var children: [TTLVItem] = []
            var inner = valueStart
            while inner < valueEnd {
                children.append(try readItem(bytes, at: &inner, end: valueEnd, depth: depth + 1))
            }
            value = .structure(children)
        case .integer:
            value = .integer(Int32(bitPattern: UInt32(truncatingIfNeeded: readUInt(bytes, at: valueStart, count: 4))))
        case .enumeration:
            value = .enumeration(UInt32(truncatingIfNeeded: readUInt(bytes, at: valueStart, count: 4)))
        case .interval:
            value = .interval(UInt32(truncatingIfNeeded: readUInt(bytes, at: valueStart, count: 4)))
        case .longInteger:
            value = .longInteger(Int64(bitPattern: readUInt(bytes, at: valueStart, count: 8)))
        case .dateTime:
            value = .dateTime(Int64(bitPattern: readUInt(bytes, at: valueStart, count: 8)))
        case .boolean:
            let raw = readUInt(bytes, at: valueStart, count: 8)
            guard raw <= 1 else { throw .invalidBoolean(offset: valueStart, value: raw) }
            value = .boolean(raw == 1)
        case .bigInteger:
            value = .bigInteger(Array(bytes[valueStart..<valueEnd]))
        case .textString:
            // Decoding repairs invalid sequences with U+FFFD; a repaired string no longer matches its bytes.
            let raw = bytes[valueStart..<valueEnd]
            let text = String(decoding: raw, as: UTF8.self)
            guard text.utf8.elementsEqual(raw) else { throw .invalidUTF8(offset: valueStart) }
            value = .textString(text)
        case .byteString:
            value = .byteString(Array(bytes[valueStart..<valueEnd]))
        }
        cursor = paddedEnd
        return TTLVItem(tag, value)
    }

    private func readUInt(_ bytes: [UInt8], at offset: Int, count: Int) -> UInt64 {
        var result: UInt64 = 0
        for index in offset..<(offset + count) {
            result = (result << 8) | UInt64(bytes[index])
        }
        return result
    }
}
