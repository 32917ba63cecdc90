/// The response payload of operations that answer with the object's identifier: Activate, Revoke, Destroy.
public struct IdentifierResponsePayload: KMIPResponsePayload, Hashable {
    public var uniqueIdentifier: String

    public init(uniqueIdentifier: String) {
        self.uniqueIdentifier = uniqueIdentifier
    }

    public var ttlv: TTLVItem {
        .structure(.responsePayload, [TTLVItem(.uniqueIdentifier, .textString(uniqueIdentifier))])
    }

    public init(ttlv item: TTLVItem) throws(KMIPMessageError) {
        uniqueIdentifier = try StructureReader(item, expecting: .responsePayload).text(.uniqueIdentifier)
    }
}
