/// Get: the object itself (key material included).
public struct GetRequestPayload: KMIPRequestPayload, Hashable {
    public typealias Response = GetResponsePayload
    public static let operation = KMIPOperation.get
    /// Nil means the ID placeholder.
    public var uniqueIdentifier: String?
    public var keyFormatType: KeyFormatType?

    public init(uniqueIdentifier: String?, keyFormatType: KeyFormatType? = nil) {
        self.uniqueIdentifier = uniqueIdentifier
        self.keyFormatType = keyFormatType
    }

    public var ttlv: TTLVItem {
        var fields: [TTLVItem] = []
        if let uniqueIdentifier { fields.append(TTLVItem(.uniqueIdentifier, .textString(uniqueIdentifier))) }
        if let keyFormatType { fields.append(TTLVItem(.keyFormatType, .enumeration(keyFormatType.rawValue))) }
        return .structure(.requestPayload, fields)
    }

    public init(ttlv item: TTLVItem) throws(KMIPMessageError) {
        let reader = try StructureReader(item, expecting: .requestPayload)
        uniqueIdentifier = try reader.optionalText(.uniqueIdentifier)
        keyFormatType = try reader.optionalEnumeration(.keyFormatType).map(KeyFormatType.init(rawValue:))
    }
}
