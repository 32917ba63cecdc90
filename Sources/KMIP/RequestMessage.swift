/// A complete KMIP request message.
public struct RequestMessage: Sendable, Hashable {
    public var header: RequestHeader
    public var batchItems: [RequestBatchItem]

    public init(header: RequestHeader = RequestHeader(), batchItems: [RequestBatchItem]) {
        self.header = header
        self.batchItems = batchItems
    }

    public var ttlv: TTLVItem {
        .structure(.requestMessage, [header.ttlv(batchCount: batchItems.count)] + batchItems.map(\.ttlv))
    }

    public func encoded() throws(TTLVError) -> [UInt8] {
        try TTLVEncoder().encode(ttlv)
    }

    public init(ttlv item: TTLVItem) throws(KMIPMessageError) {
        let reader = try StructureReader(item, expecting: .requestMessage)
        let (header, batchCount) = try RequestHeader.decode(try reader.item(.requestHeader))
        var items: [RequestBatchItem] = []
        for batchItem in reader.all(.batchItem) {
            items.append(try RequestBatchItem(ttlv: batchItem))
        }
        guard Int(batchCount) == items.count else {
            throw .invalidValue(.batchCount, reason: "declares \(batchCount) batch items, message holds \(items.count)")
        }
        self.header = header
        self.batchItems = items
    }

    public init(bytes: [UInt8]) throws(KMIPMessageError) {
        let item: TTLVItem
        do {
            item = try TTLVDecoder().decode(bytes)
        } catch {
            throw .ttlv(error)
        }
        try self.init(ttlv: item)
    }
}
