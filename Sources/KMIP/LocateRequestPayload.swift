/// Locate: identifiers of the objects that match all given attributes.
public struct LocateRequestPayload: KMIPRequestPayload, Hashable {
    public typealias Response = LocateResponsePayload
    public static let operation = KMIPOperation.locate
    public var maximumItems: Int32?
    public var attributes: [Attribute]

    public init(maximumItems: Int32? = nil, attributes: [Attribute] = []) {
        self.maximumItems = maximumItems
        self.attributes = attributes
    }

    public var ttlv: TTLVItem {
        var fields: [TTLVItem] = []
        if let maximumItems { fields.append(TTLVItem(.maximumItems, .integer(maximumItems))) }
        fields += attributes.map(\.ttlv)
        return .structure(.requestPayload, fields)
    }

    public init(ttlv item: TTLVItem) throws(KMIPMessageError) {
        let reader = try StructureReader(item, expecting: .requestPayload)
        maximumItems = try reader.optionalInteger(.maximumItems)
        var attributes: [Attribute] = []
        for attribute in reader.all(.attribute) {
            attributes.append(try Attribute(ttlv: attribute))
        }
        self.attributes = attributes
    }
}
