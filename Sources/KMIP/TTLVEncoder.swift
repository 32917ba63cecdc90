/// Writes TTLV items: 3-byte tag, type byte, 4-byte big-endian length, value zero-padded to 8 bytes.
public struct TTLVEncoder: Sendable {
    /// Structures deeper than this are refused, so encoding a hostile tree cannot exhaust the stack.
    public var maximumDepth: Int

    public init(maximumDepth: Int = TTLVDecoder.defaultMaximumDepth) {
        self.maximumDepth = maximumDepth
    }

    public func encode(_ item: TTLVItem) throws(TTLVError) -> [UInt8] {
        var output: [UInt8] = []
        try append(item, to: &output, depth: 1)
        return output
    }

    private func append(_ item: TTLVItem, to output: inout [UInt8], depth: Int) throws(TTLVError) {
        guard depth <= maximumDepth else {
            throw .nestingTooDeep(offset: output.count, limit: maximumDepth)
        }
        let tag = item.tag.rawValue
        output.append(UInt8(truncatingIfNeeded: tag >> 16))
        output.append(UInt8(truncatingIfNeeded: tag >> 8))
        output.append(UInt8(truncatingIfNeeded: tag))
        output.append(item.value.type.rawValue)
        let lengthOffset = output.count
        output.append(contentsOf: [0, 0, 0, 0])
        let valueOffset = output.count
        switch item.value {
        case .structure(let children):
            for child in children {
                try append(child, to: &output, depth: depth + 1)
            }
        case .integer(let number):
            appendBigEndian(UInt64(UInt32(bitPattern: number)), bytes: 4, to: &output)
        case .enumeration(let number):
            appendBigEndian(UInt64(number), bytes: 4, to: &output)
        case .interval(let number):
            appendBigEndian(UInt64(number), bytes: 4, to: &output)
        case .longInteger(let number):
            appendBigEndian(UInt64(bitPattern: number), bytes: 8, to: &output)
        case .dateTime(let seconds):
            appendBigEndian(UInt64(bitPattern: seconds), bytes: 8, to: &output)
        case .boolean(let flag):
            appendBigEndian(flag ? 1 : 0, bytes: 8, to: &output)
        case .bigInteger(let bytes):
            // Sign-extend to a multiple of 8 bytes, as the encoding requires.
            let fill: UInt8 = (bytes.first ?? 0) & 0x80 != 0 ? 0xFF : 0x00
            let extra = (8 - bytes.count % 8) % 8
            output.append(contentsOf: repeatElement(fill, count: extra))
            output.append(contentsOf: bytes)
        case .textString(let text):
            output.append(contentsOf: Array(text.utf8))
        case .byteString(let bytes):
            output.append(contentsOf: bytes)
        }
        let length = output.count - valueOffset
        guard let length32 = UInt32(exactly: length) else {
            throw .valueTooLong(tag: item.tag, length: length)
        }
        output[lengthOffset] = UInt8(truncatingIfNeeded: length32 >> 24)
        output[lengthOffset + 1] = UInt8(truncatingIfNeeded: length32 >> 16)
        output[lengthOffset + 2] = UInt8(truncatingIfNeeded: length32 >> 8)
        output[lengthOffset + 3] = UInt8(truncatingIfNeeded: length32)
        // Fixed-size values of 4 bytes and all strings are padded; a structure's children are already aligned.
        let padding = (8 - length % 8) % 8
        output.append(contentsOf: repeatElement(0, count: padding))
    }

    private func appendBigEndian(_ value: UInt64, bytes: Int, to output: inout [UInt8]) {
        for index in stride(from: bytes - 1, through: 0, by: -1) {
            output.append(UInt8(truncatingIfNeeded: value >> (UInt64(index) * 8)))
        }
    }
}
