/// A typed response payload, converted to and from the Response Payload structure.
public protocol KMIPResponsePayload: Sendable {
    var ttlv: TTLVItem { get }
    init(ttlv: TTLVItem) throws(KMIPMessageError)
}
