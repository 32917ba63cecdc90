/// The object a Get returns: a symmetric key's block, or any other object kept as its raw structure.
public enum ManagedObject: Sendable, Hashable {
    case symmetricKey(KeyBlock)
    case other(TTLVItem)

    var ttlv: TTLVItem {
        switch self {
        case .symmetricKey(let block): .structure(.symmetricKey, [block.ttlv])
        case .other(let item): item
        }
    }

    init(ttlv item: TTLVItem) {
        if item.tag == .symmetricKey, let blockItem = item.child(.keyBlock), let block = try? KeyBlock(ttlv: blockItem),
            item.children.count == 1
        {
            self = .symmetricKey(block)
        } else {
            self = .other(item)
        }
    }

    /// The key block, for a symmetric key.
    public var keyBlock: KeyBlock? {
        if case .symmetricKey(let block) = self { return block }
        return nil
    }
}
