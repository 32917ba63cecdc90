/// Discover Versions result: the versions the server supports, in the server's (or the client's) order.
public struct DiscoverVersionsResponsePayload: KMIPResponsePayload, Hashable {
    public var versions: [ProtocolVersion]

    public init(versions: [ProtocolVersion]) {
        self.versions = versions
    }

    public var ttlv: TTLVItem {
        .structure(.responsePayload, versions.map(\.ttlv))
    }

    public init(ttlv item: TTLVItem) throws(KMIPMessageError) {
        let reader = try StructureReader(item, expecting: .responsePayload)
        var versions: [ProtocolVersion] = []
        for version in reader.all(.protocolVersion) {
            versions.append(try ProtocolVersion(ttlv: version))
        }
        self.versions = versions
    }
}
