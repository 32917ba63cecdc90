/// Why bytes could not be read as TTLV, or an item could not be written. Offsets are byte positions in the input.
public enum TTLVError: Error, Sendable, Hashable {
    /// The input ended inside an item header or value.
    case truncated(offset: Int, needed: Int, available: Int)
    /// An item declares a length that runs past the end of its enclosing structure or message.
    case lengthPastEnd(offset: Int, declared: UInt32, available: Int)
    /// The type byte is not one of the ten TTLV types.
    case unknownType(offset: Int, byte: UInt8)
    /// A fixed-size type declares the wrong length, or a Big Integer is not a multiple of 8 bytes.
    case invalidLength(offset: Int, type: TTLVType, declared: UInt32)
    /// A Text String is not valid UTF-8.
    case invalidUTF8(offset: Int)
    /// Padding bytes after a value are not zero.
    case nonZeroPadding(offset: Int)
    /// A Boolean holds something other than 0 or 1.
    case invalidBoolean(offset: Int, value: UInt64)
    /// Structures are nested deeper than the limit.
    case nestingTooDeep(offset: Int, limit: Int)
    /// Bytes remain after the single top-level item.
    case trailingBytes(offset: Int, count: Int)
    /// A value is too long for a 32-bit length field.
    case valueTooLong(tag: TTLVTag, length: Int)
}

extension TTLVError: CustomStringConvertible {
    public var description: String {
        switch self {
        case .truncated(let offset, let needed, let available):
            "TTLV input truncated at byte \(offset): needed \(needed) bytes, \(available) available"
        case .lengthPastEnd(let offset, let declared, let available):
            "TTLV item at byte \(offset) declares length \(declared) but only \(available) bytes remain"
        case .unknownType(let offset, let byte):
            "TTLV item at byte \(offset) has unknown type 0x\(String(byte, radix: 16))"
        case .invalidLength(let offset, let type, let declared):
            "TTLV \(type) at byte \(offset) has invalid length \(declared)"
        case .invalidUTF8(let offset):
            "TTLV Text String at byte \(offset) is not valid UTF-8"
        case .nonZeroPadding(let offset):
            "TTLV padding at byte \(offset) is not zero"
        case .invalidBoolean(let offset, let value):
            "TTLV Boolean at byte \(offset) holds \(value), expected 0 or 1"
        case .nestingTooDeep(let offset, let limit):
            "TTLV structures nested deeper than \(limit) levels at byte \(offset)"
        case .trailingBytes(let offset, let count):
            "\(count) unexpected bytes after the TTLV message at byte \(offset)"
        case .valueTooLong(let tag, let length):
            "TTLV value of \(tag) is \(length) bytes, more than a 32-bit length allows"
        }
    }
}
