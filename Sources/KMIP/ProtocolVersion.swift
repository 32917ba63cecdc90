/// A KMIP protocol version (major.minor), ordered so that 1.4 < 2.0.
public struct ProtocolVersion: Sendable, Hashable, Codable {
    public var major: Int32
    public var minor: Int32

    public init(_ major: Int32, _ minor: Int32) {
        self.major = major
        self.minor = minor
    }

    public static let v1_0 = ProtocolVersion(1, 0)
    public static let v1_1 = ProtocolVersion(1, 1)
    public static let v1_2 = ProtocolVersion(1, 2)
    public static let v1_3 = ProtocolVersion(1, 3)
    public static let v1_4 = ProtocolVersion(1, 4)
    public static let v2_0 = ProtocolVersion(2, 0)

    var ttlv: TTLVItem {
        .structure(.protocolVersion, [
            TTLVItem(.protocolVersionMajor, .integer(major)),
            TTLVItem(.protocolVersionMinor, .integer(minor)),
        ])
    }

    init(ttlv item: TTLVItem) throws(KMIPMessageError) {
        let reader = try StructureReader(item, expecting: .protocolVersion)
        major = try reader.integer(.protocolVersionMajor)
        minor = try reader.integer(.protocolVersionMinor)
    }
}

extension ProtocolVersion: Comparable {
    public static func < (lhs: ProtocolVersion, rhs: ProtocolVersion) -> Bool {
        (lhs.major, lhs.minor) < (rhs.major, rhs.minor)
    }
}

extension ProtocolVersion: CustomStringConvertible {
    public var description: String { "\(major).\(minor)" }
}
