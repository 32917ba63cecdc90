/// Discover Versions: the versions the client offers, most preferred first; empty asks for all.
public struct DiscoverVersionsRequestPayload: KMIPRequestPayload, Hashable {
    public typealias Response = DiscoverVersionsResponsePayload
    public static let operation = KMIPOperation.discoverVersions
    public var versions: [ProtocolVersion]

    public init(versions: [ProtocolVersion] = []) {
        self.versions = versions
    }

    public var ttlv: TTLVItem {
        .structure(.requestPayload, versions.map(\.ttlv))
    }

    public init(ttlv item: TTLVItem) throws(KMIPMessageError) {
        let reader = try StructureReader(item, expecting: .requestPayload)
        var versions: [ProtocolVersion] = []
        for version in reader.all(.protocolVersion) {
            versions.append(try ProtocolVersion(ttlv: version))
        }
        self.versions = versions
    }
}
