/// The request payload of operations that name just one object: Activate and Destroy.
public struct IdentifierRequestPayload: Sendable, Hashable {
    /// Nil means the ID placeholder.
    public var uniqueIdentifier: String?

    public init(uniqueIdentifier: String?) {
        self.uniqueIdentifier = uniqueIdentifier
    }

    public var ttlv: TTLVItem {
        .structure(.requestPayload, uniqueIdentifier.map { [TTLVItem(.uniqueIdentifier, .textString($0))] } ?? [])
    }

    public init(ttlv item: TTLVItem) throws(KMIPMessageError) {
        uniqueIdentifier = try StructureReader(item, expecting: .requestPayload).optionalText(.uniqueIdentifier)
    }
}
