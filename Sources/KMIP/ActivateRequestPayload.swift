/// Activate: move a Pre-Active object to Active.
public struct ActivateRequestPayload: KMIPRequestPayload, Hashable {
    public typealias Response = IdentifierResponsePayload
    public static let operation = KMIPOperation.activate
    public var uniqueIdentifier: String?

    public init(uniqueIdentifier: String?) {
        self.uniqueIdentifier = uniqueIdentifier
    }

    public var ttlv: TTLVItem { IdentifierRequestPayload(uniqueIdentifier: uniqueIdentifier).ttlv }

    public init(ttlv item: TTLVItem) throws(KMIPMessageError) {
        uniqueIdentifier = try IdentifierRequestPayload(ttlv: item).uniqueIdentifier
    }
}
