/// The one-byte item type of a TTLV encoding (KMIP 1.1 §9.1.1.2).
public enum TTLVType: UInt8, Sendable, Hashable, CaseIterable {
    case structure = 0x01
    case integer = 0x02
    case longInteger = 0x03
    case bigInteger = 0x04
    case enumeration = 0x05
    case boolean = 0x06
    case textString = 0x07
    case byteString = 0x08
    case dateTime = 0x09
    case interval = 0x0A

    /// The value length every item of a fixed-size type must declare; nil for variable-length types.
    var fixedLength: UInt32? {
        switch self {
        case .integer, .enumeration, .interval: 4
        case .longInteger, .boolean, .dateTime: 8
        case .structure, .bigInteger, .textString, .byteString: nil
        }
    }
}

extension TTLVType: CustomStringConvertible {
    public var description: String {
        switch self {
        case .structure: "Structure"
        case .integer: "Integer"
        case .longInteger: "Long Integer"
        case .bigInteger: "Big Integer"
        case .enumeration: "Enumeration"
        case .boolean: "Boolean"
        case .textString: "Text String"
        case .byteString: "Byte String"
        case .dateTime: "Date-Time"
        case .interval: "Interval"
        }
    }
}
