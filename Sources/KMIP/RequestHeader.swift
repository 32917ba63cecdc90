/// The header of a request message. Batch Count is written from the number of batch items.
public struct RequestHeader: Sendable, Hashable {
    public var protocolVersion: ProtocolVersion
    public var maximumResponseSize: Int32?
    public var asynchronousIndicator: Bool?
    public var timeStamp: Int64?

    public init(
        protocolVersion: ProtocolVersion = .v1_1,
        maximumResponseSize: Int32? = nil,
        asynchronousIndicator: Bool? = nil,
        timeStamp: Int64? = nil
    ) {
        self.protocolVersion = protocolVersion
        self.maximumResponseSize = maximumResponseSize
        self.asynchronousIndicator = asynchronousIndicator
        self.timeStamp = timeStamp
    }

    func ttlv(batchCount: Int) -> TTLVItem {
        var fields = [protocolVersion.ttlv]
        if let maximumResponseSize { fields.append(TTLVItem(.maximumResponseSize, .integer(maximumResponseSize))) }
        if let asynchronousIndicator { fields.append(TTLVItem(.asynchronousIndicator, .boolean(asynchronousIndicator))) }
        if let timeStamp { fields.append(TTLVItem(.timeStamp, .dateTime(timeStamp))) }
        fields.append(TTLVItem(.batchCount, .integer(Int32(clamping: batchCount))))
        return .structure(.requestHeader, fields)
    }

    /// Decodes the header; returns it with the declared Batch Count.
    static func decode(_ item: TTLVItem) throws(KMIPMessageError) -> (RequestHeader, Int32) {
        let reader = try StructureReader(item, expecting: .requestHeader)
        let header = RequestHeader(
            protocolVersion: try ProtocolVersion(ttlv: try reader.item(.protocolVersion)),
            maximumResponseSize: try reader.optionalInteger(.maximumResponseSize),
            asynchronousIndicator: try reader.optionalBoolean(.asynchronousIndicator),
            timeStamp: try reader.optionalDateTime(.timeStamp)
        )
        return (header, try reader.integer(.batchCount))
    }
}
