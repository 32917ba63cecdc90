/// One Tag-Type-Length-Value item: the unit of every KMIP message.
public struct TTLVItem: Sendable, Hashable {
    public var tag: TTLVTag
    public var value: TTLVValue

    public init(_ tag: TTLVTag, _ value: TTLVValue) {
        self.tag = tag
        self.value = value
    }

    /// A structure item with the given children.
    public static func structure(_ tag: TTLVTag, _ children: [TTLVItem]) -> TTLVItem {
        TTLVItem(tag, .structure(children))
    }

    /// The children of a structure; empty for any other type.
    public var children: [TTLVItem] {
        if case .structure(let items) = value { return items }
        return []
    }

    /// The first child with this tag.
    public func child(_ tag: TTLVTag) -> TTLVItem? {
        children.first { $0.tag == tag }
    }

    /// All children with this tag, in order.
    public func children(_ tag: TTLVTag) -> [TTLVItem] {
        children.filter { $0.tag == tag }
    }

    public var textValue: String? {
        if case .textString(let text) = value { return text }
        return nil
    }

    public var integerValue: Int32? {
        if case .integer(let number) = value { return number }
        return nil
    }

    public var enumerationValue: UInt32? {
        if case .enumeration(let number) = value { return number }
        return nil
    }

    public var byteStringValue: [UInt8]? {
        if case .byteString(let bytes) = value { return bytes }
        return nil
    }

    public var dateTimeValue: Int64? {
        if case .dateTime(let seconds) = value { return seconds }
        return nil
    }

    public var longIntegerValue: Int64? {
        if case .longInteger(let number) = value { return number }
        return nil
    }

    public var booleanValue: Bool? {
        if case .boolean(let flag) = value { return flag }
        return nil
    }
}
