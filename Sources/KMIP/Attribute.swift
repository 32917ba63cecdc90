/// A KMIP 1.x attribute: name, optional index, and a value that carries its own TTLV type.
public struct Attribute: Sendable, Hashable {
    public var name: String
    public var index: Int32?
    public var value: TTLVValue

    public init(name: String, index: Int32? = nil, value: TTLVValue) {
        self.name = name
        self.index = index
        self.value = value
    }

    var ttlv: TTLVItem {
        var fields = [TTLVItem(.attributeName, .textString(name))]
        if let index { fields.append(TTLVItem(.attributeIndex, .integer(index))) }
        fields.append(TTLVItem(.attributeValue, value))
        return .structure(.attribute, fields)
    }

    init(ttlv item: TTLVItem) throws(KMIPMessageError) {
        let reader = try StructureReader(item, expecting: .attribute)
        name = try reader.text(.attributeName)
        index = try reader.optionalInteger(.attributeIndex)
        value = try reader.item(.attributeValue).value
    }
}

extension Attribute {
    public static func cryptographicAlgorithm(_ algorithm: CryptographicAlgorithm) -> Attribute {
        Attribute(name: AttributeName.cryptographicAlgorithm, value: .enumeration(algorithm.rawValue))
    }

    public static func cryptographicLength(_ bits: Int32) -> Attribute {
        Attribute(name: AttributeName.cryptographicLength, value: .integer(bits))
    }

    public static func cryptographicUsageMask(_ mask: CryptographicUsageMask) -> Attribute {
        Attribute(name: AttributeName.cryptographicUsageMask, value: .integer(mask.rawValue))
    }

    public static func objectType(_ type: ObjectType) -> Attribute {
        Attribute(name: AttributeName.objectType, value: .enumeration(type.rawValue))
    }

    public static func state(_ state: KeyState) -> Attribute {
        Attribute(name: AttributeName.state, value: .enumeration(state.rawValue))
    }

    public static func operationPolicyName(_ policy: String) -> Attribute {
        Attribute(name: AttributeName.operationPolicyName, value: .textString(policy))
    }

    public static func uniqueIdentifier(_ identifier: String) -> Attribute {
        Attribute(name: AttributeName.uniqueIdentifier, value: .textString(identifier))
    }

    public static func initialDate(_ seconds: Int64) -> Attribute {
        Attribute(name: AttributeName.initialDate, value: .dateTime(seconds))
    }

    /// A Name attribute: a structure of Name Value and Name Type.
    public static func name(_ text: String, type: NameType = .uninterpretedTextString, index: Int32? = nil) -> Attribute {
        Attribute(name: AttributeName.name, index: index, value: .structure([
            TTLVItem(.nameValue, .textString(text)),
            TTLVItem(.nameType, .enumeration(type.rawValue)),
        ]))
    }

    /// The state, when this is a State attribute with a known value.
    public var stateValue: KeyState? {
        guard name == AttributeName.state, case .enumeration(let raw) = value else { return nil }
        return KeyState(rawValue: raw)
    }

    /// The Name Value, when this is a Name attribute.
    public var nameValue: String? {
        guard name == AttributeName.name else { return nil }
        return TTLVItem(.attributeValue, value).child(.nameValue)?.textValue
    }
}
