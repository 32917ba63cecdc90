/// Typed access to the fields of one TTLV structure, with errors that name the missing or mistyped field.
struct StructureReader {
    let tag: TTLVTag
    let fields: [TTLVItem]

    init(_ item: TTLVItem, expecting expected: TTLVTag) throws(KMIPMessageError) {
        guard item.tag == expected else { throw .unexpectedTag(expected: expected, found: item.tag) }
        guard case .structure(let children) = item.value else {
            throw .wrongType(item.tag, expected: .structure, found: item.value.type)
        }
        tag = item.tag
        fields = children
    }

    func optionalItem(_ field: TTLVTag) -> TTLVItem? {
        fields.first { $0.tag == field }
    }

    func item(_ field: TTLVTag) throws(KMIPMessageError) -> TTLVItem {
        guard let found = optionalItem(field) else { throw .missingField(field, in: tag) }
        return found
    }

    func all(_ field: TTLVTag) -> [TTLVItem] {
        fields.filter { $0.tag == field }
    }

    func integer(_ field: TTLVTag) throws(KMIPMessageError) -> Int32 {
        try Self.integer(try item(field))
    }

    func optionalInteger(_ field: TTLVTag) throws(KMIPMessageError) -> Int32? {
        guard let found = optionalItem(field) else { return nil }
        return try Self.integer(found)
    }

    func enumeration(_ field: TTLVTag) throws(KMIPMessageError) -> UInt32 {
        try Self.enumeration(try item(field))
    }

    func optionalEnumeration(_ field: TTLVTag) throws(KMIPMessageError) -> UInt32? {
        guard let found = optionalItem(field) else { return nil }
        return try Self.enumeration(found)
    }

    func allEnumerations(_ field: TTLVTag) throws(KMIPMessageError) -> [UInt32] {
        var values: [UInt32] = []
        for found in all(field) {
            values.append(try Self.enumeration(found))
        }
        return values
    }

    func text(_ field: TTLVTag) throws(KMIPMessageError) -> String {
        try Self.text(try item(field))
    }

    func optionalText(_ field: TTLVTag) throws(KMIPMessageError) -> String? {
        guard let found = optionalItem(field) else { return nil }
        return try Self.text(found)
    }

    func allTexts(_ field: TTLVTag) throws(KMIPMessageError) -> [String] {
        var values: [String] = []
        for found in all(field) {
            values.append(try Self.text(found))
        }
        return values
    }

    func optionalByteString(_ field: TTLVTag) throws(KMIPMessageError) -> [UInt8]? {
        guard let found = optionalItem(field) else { return nil }
        guard case .byteString(let bytes) = found.value else {
            throw .wrongType(field, expected: .byteString, found: found.value.type)
        }
        return bytes
    }

    func dateTime(_ field: TTLVTag) throws(KMIPMessageError) -> Int64 {
        let found = try item(field)
        guard case .dateTime(let seconds) = found.value else {
            throw .wrongType(field, expected: .dateTime, found: found.value.type)
        }
        return seconds
    }

    func optionalDateTime(_ field: TTLVTag) throws(KMIPMessageError) -> Int64? {
        guard optionalItem(field) != nil else { return nil }
        return try dateTime(field)
    }

    func optionalBoolean(_ field: TTLVTag) throws(KMIPMessageError) -> Bool? {
        guard let found = optionalItem(field) else { return nil }
        guard case .boolean(let flag) = found.value else {
            throw .wrongType(field, expected: .boolean, found: found.value.type)
        }
        return flag
    }

    static func integer(_ item: TTLVItem) throws(KMIPMessageError) -> Int32 {
        guard case .integer(let number) = item.value else {
            throw .wrongType(item.tag, expected: .integer, found: item.value.type)
        }
        return number
    }

    static func enumeration(_ item: TTLVItem) throws(KMIPMessageError) -> UInt32 {
        guard case .enumeration(let number) = item.value else {
            throw .wrongType(item.tag, expected: .enumeration, found: item.value.type)
        }
        return number
    }

    static func text(_ item: TTLVItem) throws(KMIPMessageError) -> String {
        guard case .textString(let text) = item.value else {
            throw .wrongType(item.tag, expected: .textString, found: item.value.type)
        }
        return text
    }
}
