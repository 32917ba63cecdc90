/// Create result: the new object's type and unique identifier.
public struct CreateResponsePayload: KMIPResponsePayload, Hashable {
    public var objectType: ObjectType
    public var uniqueIdentifier: String
    /// Attributes the server set implicitly, if it reports them.
    public var attributes: [Attribute]

    public init(objectType: ObjectType, uniqueIdentifier: String, attributes: [Attribute] = []) {
        self.objectType = objectType
        self.uniqueIdentifier = uniqueIdentifier
        self.attributes = attributes
    }

    public var ttlv: TTLVItem {
        var fields = [
            TTLVItem(.objectType, .enumeration(objectType.rawValue)),
            TTLVItem(.uniqueIdentifier, .textString(uniqueIdentifier)),
        ]
        if !attributes.isEmpty { fields.append(.structure(.templateAttribute, attributes.map(\.ttlv))) }
        return .structure(.responsePayload, fields)
    }

    public init(ttlv item: TTLVItem) throws(KMIPMessageError) {
        let reader = try StructureReader(item, expecting: .responsePayload)
        objectType = ObjectType(rawValue: try reader.enumeration(.objectType))
        uniqueIdentifier = try reader.text(.uniqueIdentifier)
        var attributes: [Attribute] = []
        if let template = reader.optionalItem(.templateAttribute) {
            for attribute in try StructureReader(template, expecting: .templateAttribute).all(.attribute) {
                attributes.append(try Attribute(ttlv: attribute))
            }
        }
        self.attributes = attributes
    }
}
