/// Fields held in one shared box until a copy changes them: a value type with many fields then copies as
/// one retain, not one per field. The engine's command metadata and the domain's key providers are copied
/// often (every command of a script, every provider of a listing) and changed rarely.
///
/// Inlinable, so that each use is specialised for its fields across modules: read through `fields`, a
/// field costs what reading a stored property costs (the box is borrowed, not copied).
@frozen
public struct CopyOnWriteBox<Fields> {
    /// Changed only while uniquely referenced (see `fields`' modify accessor), so sharing it between threads is safe.
    /// No run-time exclusivity checks: the box is reached only through the struct, whose own accesses the compiler
    /// checks statically, and a uniquely referenced box has no second accessor.
    @usableFromInline
    final class Box {
        @usableFromInline @exclusivity(unchecked) var fields: Fields
        @inlinable init(_ fields: Fields) { self.fields = fields }
    }

    @usableFromInline var box: Box

    @inlinable
    public init(_ fields: Fields) {
        box = Box(fields)
    }

    @inlinable
    public var fields: Fields {
        _read { yield box.fields }
        _modify {
            if !isKnownUniquelyReferenced(&box) { box = Box(box.fields) }
            yield &box.fields
        }
    }
}

extension CopyOnWriteBox: @unchecked Sendable where Fields: Sendable {}
