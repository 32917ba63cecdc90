/// The result of one operation. Error responses for unparsable or unauthenticated requests have no operation.
public struct ResponseBatchItem: Sendable, Hashable {
    public var operation: KMIPOperation?
    public var uniqueBatchItemID: [UInt8]?
    public var resultStatus: ResultStatus
    public var resultReason: ResultReason?
    public var resultMessage: String?
    /// The Response Payload structure (tag 0x42007C), absent on failures.
    public var payload: TTLVItem?

    public init(
        operation: KMIPOperation?,
        uniqueBatchItemID: [UInt8]? = nil,
        resultStatus: ResultStatus,
        resultReason: ResultReason? = nil,
        resultMessage: String? = nil,
        payload: TTLVItem? = nil
    ) {
        self.operation = operation
        self.uniqueBatchItemID = uniqueBatchItemID
        self.resultStatus = resultStatus
        self.resultReason = resultReason
        self.resultMessage = resultMessage
        self.payload = payload
    }

    /// A failed item, shaped as PyKMIP shapes it: status, reason, message and no payload.
    public static func failure(
        operation: KMIPOperation?, uniqueBatchItemID: [UInt8]? = nil, reason: ResultReason, message: String
    ) -> ResponseBatchItem {
        ResponseBatchItem(
            operation: operation, uniqueBatchItemID: uniqueBatchItemID, resultStatus: .operationFailed,
            resultReason: reason, resultMessage: message
        )
    }

    var ttlv: TTLVItem {
        var fields: [TTLVItem] = []
        if let operation { fields.append(TTLVItem(.operation, .enumeration(operation.rawValue))) }
        if let uniqueBatchItemID { fields.append(TTLVItem(.uniqueBatchItemID, .byteString(uniqueBatchItemID))) }
        fields.append(TTLVItem(.resultStatus, .enumeration(resultStatus.rawValue)))
        if let resultReason { fields.append(TTLVItem(.resultReason, .enumeration(resultReason.rawValue))) }
        if let resultMessage { fields.append(TTLVItem(.resultMessage, .textString(resultMessage))) }
        if let payload { fields.append(payload) }
        return .structure(.batchItem, fields)
    }

    init(ttlv item: TTLVItem) throws(KMIPMessageError) {
        let reader = try StructureReader(item, expecting: .batchItem)
        operation = try reader.optionalEnumeration(.operation).map(KMIPOperation.init(rawValue:))
        uniqueBatchItemID = try reader.optionalByteString(.uniqueBatchItemID)
        let status = try reader.enumeration(.resultStatus)
        guard let resultStatus = ResultStatus(rawValue: status) else {
            throw .invalidValue(.resultStatus, reason: "unknown result status \(status)")
        }
        self.resultStatus = resultStatus
        resultReason = try reader.optionalEnumeration(.resultReason).map(ResultReason.init(rawValue:))
        resultMessage = try reader.optionalText(.resultMessage)
        payload = reader.optionalItem(.responsePayload)
        if let payload, payload.value.type != .structure {
            throw .wrongType(.responsePayload, expected: .structure, found: payload.value.type)
        }
    }
}
