/// The header of a response message. Batch Count is written from the number of batch items.
public struct ResponseHeader: Sendable, Hashable {
    public var protocolVersion: ProtocolVersion
    /// Seconds since the Unix epoch when the server built the response.
    public var timeStamp: Int64

    public init(protocolVersion: ProtocolVersion, timeStamp: Int64) {
        self.protocolVersion = protocolVersion
        self.timeStamp = timeStamp
    }

    func ttlv(batchCount: Int) -> TTLVItem {
        .structure(.responseHeader, [
            protocolVersion.ttlv,
            TTLVItem(.timeStamp, .dateTime(timeStamp)),
            TTLVItem(.batchCount, .integer(Int32(clamping: batchCount))),
        ])
    }

    static func decode(_ item: TTLVItem) throws(KMIPMessageError) -> (ResponseHeader, Int32) {
        let reader = try StructureReader(item, expecting: .responseHeader)
        let header = ResponseHeader(
            protocolVersion: try ProtocolVersion(ttlv: try reader.item(.protocolVersion)),
            timeStamp: try reader.dateTime(.timeStamp)
        )
        return (header, try reader.integer(.batchCount))
    }
}
