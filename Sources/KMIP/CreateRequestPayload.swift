/// Create: make a new managed object (a symmetric key in practice) with the given template attributes.
public struct CreateRequestPayload: KMIPRequestPayload, Hashable {
    public typealias Response = CreateResponsePayload
    public static let operation = KMIPOperation.create
    public var objectType: ObjectType
    /// The attributes of the Template-Attribute structure.
    public var attributes: [Attribute]

    public init(objectType: ObjectType = .symmetricKey, attributes: [Attribute]) {
        self.objectType = objectType
        self.attributes = attributes
    }

    /// An AES (or other) key of `length` bits with the given usage and any extra attributes (Name, policy).
    public static func symmetricKey(
        algorithm: CryptographicAlgorithm = .aes, length: Int32 = 256,
        usageMask: CryptographicUsageMask = [.encrypt, .decrypt], extraAttributes: [Attribute] = []
    ) -> CreateRequestPayload {
        CreateRequestPayload(objectType: .symmetricKey, attributes: [
            .cryptographicAlgorithm(algorithm), .cryptographicLength(length), .cryptographicUsageMask(usageMask),
        ] + extraAttributes)
    }

    public var ttlv: TTLVItem {
        .structure(.requestPayload, [
            TTLVItem(.objectType, .enumeration(objectType.rawValue)),
            .structure(.templateAttribute, attributes.map(\.ttlv)),
        ])
    }

    public init(ttlv item: TTLVItem) throws(KMIPMessageError) {
        let reader = try StructureReader(item, expecting: .requestPayload)
        objectType = ObjectType(rawValue: try reader.enumeration(.objectType))
        var attributes: [Attribute] = []
        if let template = reader.optionalItem(.templateAttribute) {
            let templateReader = try StructureReader(template, expecting: .templateAttribute)
            if templateReader.optionalItem(.name) != nil {
                throw .invalidValue(.templateAttribute, reason: "named templates are not supported")
            }
            for attribute in templateReader.all(.attribute) {
                attributes.append(try Attribute(ttlv: attribute))
            }
        }
        self.attributes = attributes
    }
}
