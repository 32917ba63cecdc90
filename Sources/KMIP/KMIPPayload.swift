/// A typed request payload: knows its operation and converts to and from the Request Payload structure.
public protocol KMIPRequestPayload: Sendable {
    associatedtype Response: KMIPResponsePayload
    static var operation: KMIPOperation { get }
    var ttlv: TTLVItem { get }
    init(ttlv: TTLVItem) throws(KMIPMessageError)
}
