/// Get Attributes: the named attributes of one object; no names asks for all.
public struct GetAttributesRequestPayload: KMIPRequestPayload, Hashable {
    public typealias Response = GetAttributesResponsePayload
    public static let operation = KMIPOperation.getAttributes
    /// Nil means the ID placeholder (the object of the previous batch item).
    public var uniqueIdentifier: String?
    public var attributeNames: [String]

    public init(uniqueIdentifier: String?, attributeNames: [String] = []) {
        self.uniqueIdentifier = uniqueIdentifier
        self.attributeNames = attributeNames
    }

    public var ttlv: TTLVItem {
        var fields: [TTLVItem] = []
        if let uniqueIdentifier { fields.append(TTLVItem(.uniqueIdentifier, .textString(uniqueIdentifier))) }
        fields += attributeNames.map { TTLVItem(.attributeName, .textString($0)) }
        return .structure(.requestPayload, fields)
    }

    public init(ttlv item: TTLVItem) throws(KMIPMessageError) {
        let reader = try StructureReader(item, expecting: .requestPayload)
        uniqueIdentifier = try reader.optionalText(.uniqueIdentifier)
        attributeNames = try reader.allTexts(.attributeName)
    }
}
