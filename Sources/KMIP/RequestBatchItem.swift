/// One operation in a request: the operation code, an optional batch item id, and the request payload.
public struct RequestBatchItem: Sendable, Hashable {
    public var operation: KMIPOperation
    public var uniqueBatchItemID: [UInt8]?
    /// The Request Payload structure (tag 0x420079), as built by a typed payload's `ttlv`.
    public var payload: TTLVItem

    public init(operation: KMIPOperation, uniqueBatchItemID: [UInt8]? = nil, payload: TTLVItem) {
        self.operation = operation
        self.uniqueBatchItemID = uniqueBatchItemID
        self.payload = payload
    }

    var ttlv: TTLVItem {
        var fields = [TTLVItem(.operation, .enumeration(operation.rawValue))]
        if let uniqueBatchItemID { fields.append(TTLVItem(.uniqueBatchItemID, .byteString(uniqueBatchItemID))) }
        fields.append(payload)
        return .structure(.batchItem, fields)
    }

    init(ttlv item: TTLVItem) throws(KMIPMessageError) {
        let reader = try StructureReader(item, expecting: .batchItem)
        operation = KMIPOperation(rawValue: try reader.enumeration(.operation))
        uniqueBatchItemID = try reader.optionalByteString(.uniqueBatchItemID)
        payload = try reader.item(.requestPayload)
        guard case .structure = payload.value else {
            throw .wrongType(.requestPayload, expected: .structure, found: payload.value.type)
        }
    }
}
