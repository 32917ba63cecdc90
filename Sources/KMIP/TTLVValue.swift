/// The typed value of a TTLV item. Integer-like cases keep the wire width so that encoding is exact.
public enum TTLVValue: Sendable, Hashable {
    case structure([TTLVItem])
    case integer(Int32)
    case longInteger(Int64)
    /// Two's-complement big-endian bytes; the encoding length is a multiple of 8.
    case bigInteger([UInt8])
    case enumeration(UInt32)
    case boolean(Bool)
    case textString(String)
    case byteString([UInt8])
    /// Seconds since the Unix epoch.
    case dateTime(Int64)
    /// Seconds.
    case interval(UInt32)

    public var type: TTLVType {
        switch self {
        case .structure: .structure
        case .integer: .integer
        case .longInteger: .longInteger
        case .bigInteger: .bigInteger
        case .enumeration: .enumeration
        case .boolean: .boolean
        case .textString: .textString
        case .byteString: .byteString
        case .dateTime: .dateTime
        case .interval: .interval
        }
    }
}
