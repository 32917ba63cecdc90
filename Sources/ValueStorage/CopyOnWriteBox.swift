/// Fields held in one shared box until a copy changes them: a value type with many fields then copies as
/// one retain, not one per field. The engine's command metadata and the domain's key providers are copied
/// often (every command of a script, every provider of a listing) and changed rarely.
@dynamicMemberLookup
public struct CopyOnWriteBox<Fields> {
    /// Changed only while uniquely referenced (see `makeUnique`), so sharing it between threads is safe.
    private final class Box {
        var fields: Fields
        init(_ fields: Fields) { self.fields = fields }
    }

    private var box: Box

    public init(_ fields: Fields) {
        box = Box(fields)
    }

    public var fields: Fields {
        get { box.fields }
        set {
            makeUnique()
            box.fields = newValue
        }
    }

    public subscript<T>(dynamicMember keyPath: WritableKeyPath<Fields, T>) -> T {
        get { box.fields[keyPath: keyPath] }
        set {
            makeUnique()
            box.fields[keyPath: keyPath] = newValue
        }
    }

    private mutating func makeUnique() {
        if !isKnownUniquelyReferenced(&box) { box = Box(box.fields) }
    }
}

extension CopyOnWriteBox: @unchecked Sendable where Fields: Sendable {}
