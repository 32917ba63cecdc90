/// A complete KMIP response message.
public struct ResponseMessage: Sendable, Hashable {
    public var header: ResponseHeader
    public var batchItems: [ResponseBatchItem]

    public init(header: ResponseHeader, batchItems: [ResponseBatchItem]) {
        self.header = header
        self.batchItems = batchItems
    }

    public var ttlv: TTLVItem {
        .structure(.responseMessage, [header.ttlv(batchCount: batchItems.count)] + batchItems.map(\.ttlv))
    }

    public func encoded() throws(TTLVError) -> [UInt8] {
        try TTLVEncoder().encode(ttlv)
    }

    public init(ttlv item: TTLVItem) throws(KMIPMessageError) {
        let reader = try StructureReader(item, expecting: .responseMessage)
        let (header, batchCount) = try ResponseHeader.decode(try reader.item(.responseHeader))
        var items: [ResponseBatchItem] = []
        for batchItem in reader.all(.batchItem) {
            items.append(try ResponseBatchItem(ttlv: batchItem))
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
