/// Get result: object type, identifier and the object.
public struct GetResponsePayload: KMIPResponsePayload, Hashable {
    public var objectType: ObjectType
    public var uniqueIdentifier: String
    public var object: ManagedObject

    public init(objectType: ObjectType, uniqueIdentifier: String, object: ManagedObject) {
        self.objectType = objectType
        self.uniqueIdentifier = uniqueIdentifier
        self.object = object
    }

    public var ttlv: TTLVItem {
        .structure(.responsePayload, [
            TTLVItem(.objectType, .enumeration(objectType.rawValue)),
            TTLVItem(.uniqueIdentifier, .textString(uniqueIdentifier)),
            object.ttlv,
        ])
    }

    public init(ttlv item: TTLVItem) throws(KMIPMessageError) {
        let reader = try StructureReader(item, expecting: .responsePayload)
        objectType = ObjectType(rawValue: try reader.enumeration(.objectType))
        uniqueIdentifier = try reader.text(.uniqueIdentifier)
        guard let objectItem = reader.fields.first(where: { $0.tag != .objectType && $0.tag != .uniqueIdentifier }) else {
            throw .missingField(.symmetricKey, in: .responsePayload)
        }
        object = ManagedObject(ttlv: objectItem)
    }
}
