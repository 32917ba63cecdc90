/// Get Attributes result: the object's identifier and the attributes found, in the server's order.
public struct GetAttributesResponsePayload: KMIPResponsePayload, Hashable {
    public var uniqueIdentifier: String
    public var attributes: [Attribute]

    public init(uniqueIdentifier: String, attributes: [Attribute]) {
        self.uniqueIdentifier = uniqueIdentifier
        self.attributes = attributes
    }

    /// The first attribute with this name.
    public func attribute(named name: String) -> Attribute? {
        attributes.first { $0.name == name }
    }

    /// The State attribute, when present and known.
    public var state: KeyState? {
        attribute(named: AttributeName.state)?.stateValue
    }

    public var ttlv: TTLVItem {
        .structure(.responsePayload, [TTLVItem(.uniqueIdentifier, .textString(uniqueIdentifier))] + attributes.map(\.ttlv))
    }

    public init(ttlv item: TTLVItem) throws(KMIPMessageError) {
        let reader = try StructureReader(item, expecting: .responsePayload)
        uniqueIdentifier = try reader.text(.uniqueIdentifier)
        var attributes: [Attribute] = []
        for attribute in reader.all(.attribute) {
            attributes.append(try Attribute(ttlv: attribute))
        }
        self.attributes = attributes
    }
}
