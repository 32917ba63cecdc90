/// Locate result: the matching identifiers (PyKMIP lists the newest first).
public struct LocateResponsePayload: KMIPResponsePayload, Hashable {
    public var locatedItems: Int32?
    public var uniqueIdentifiers: [String]

    public init(locatedItems: Int32? = nil, uniqueIdentifiers: [String]) {
        self.locatedItems = locatedItems
        self.uniqueIdentifiers = uniqueIdentifiers
    }

    public var ttlv: TTLVItem {
        var fields: [TTLVItem] = []
        if let locatedItems { fields.append(TTLVItem(.locatedItems, .integer(locatedItems))) }
        fields += uniqueIdentifiers.map { TTLVItem(.uniqueIdentifier, .textString($0)) }
        return .structure(.responsePayload, fields)
    }

    public init(ttlv item: TTLVItem) throws(KMIPMessageError) {
        let reader = try StructureReader(item, expecting: .responsePayload)
        locatedItems = try reader.optionalInteger(.locatedItems)
        uniqueIdentifiers = try reader.allTexts(.uniqueIdentifier)
    }
}
