/// Query result: supported operations and object types, and the vendor's identification.
public struct QueryResponsePayload: KMIPResponsePayload, Hashable {
    public var operations: [KMIPOperation]
    public var objectTypes: [ObjectType]
    public var vendorIdentification: String?
    /// Server Information is vendor-defined; kept as its raw structure.
    public var serverInformation: TTLVItem?

    public init(
        operations: [KMIPOperation] = [], objectTypes: [ObjectType] = [],
        vendorIdentification: String? = nil, serverInformation: TTLVItem? = nil
    ) {
        self.operations = operations
        self.objectTypes = objectTypes
        self.vendorIdentification = vendorIdentification
        self.serverInformation = serverInformation
    }

    public var ttlv: TTLVItem {
        var fields = operations.map { TTLVItem(.operation, .enumeration($0.rawValue)) }
        fields += objectTypes.map { TTLVItem(.objectType, .enumeration($0.rawValue)) }
        if let vendorIdentification { fields.append(TTLVItem(.vendorIdentification, .textString(vendorIdentification))) }
        if let serverInformation { fields.append(serverInformation) }
        return .structure(.responsePayload, fields)
    }

    public init(ttlv item: TTLVItem) throws(KMIPMessageError) {
        let reader = try StructureReader(item, expecting: .responsePayload)
        operations = try reader.allEnumerations(.operation).map(KMIPOperation.init(rawValue:))
        objectTypes = try reader.allEnumerations(.objectType).map(ObjectType.init(rawValue:))
        vendorIdentification = try reader.optionalText(.vendorIdentification)
        serverInformation = reader.optionalItem(.serverInformation)
    }
}
