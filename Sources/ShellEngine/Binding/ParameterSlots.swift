/// Writes the bound values of a cmdlet's `@Parameter` properties by slot (their declaration order). Each property
/// keeps its value itself; a slot is where that value sits in the cmdlet instance, read once per type from its
/// field records (``DerivedMetadata``), so making a cmdlet for each command of a script registers nothing.
///
/// Valid while the cmdlet lives (its stage holds it).
struct ParameterSlots {
    /// Where each property's bound value sits in instances of one cmdlet class.
    struct Layout: Sendable {
        /// The class the offsets are of: an instance of another class gets no slots.
        let type: ObjectIdentifier?
        let offsets: [Int]

        static let none = Layout(type: nil, offsets: [])
    }

    private let base: UnsafeMutableRawPointer
    private let offsets: [Int]

    /// The slots of `cmdlet` as `layout` places them; none when `layout` is of another class.
    init(of cmdlet: any Cmdlet, layout: Layout) {
        base = Unmanaged.passUnretained(cmdlet as AnyObject).toOpaque()
        offsets = layout.type == ObjectIdentifier(type(of: cmdlet)) ? layout.offsets : []
    }

    var count: Int { offsets.count }

    /// The value in slot `index`, `nil` when unbound; out-of-range slots read as unbound and ignore writes.
    subscript(index: Int) -> Value? {
        get {
            guard index >= 0, index < offsets.count else { return nil }
            return (base + offsets[index]).assumingMemoryBound(to: Value?.self).pointee
        }
        nonmutating set {
            guard index >= 0, index < offsets.count else { return }
            (base + offsets[index]).assumingMemoryBound(to: Value?.self).pointee = newValue
        }
    }
}
