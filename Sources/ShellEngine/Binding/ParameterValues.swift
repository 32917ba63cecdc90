/// The bound values of one cmdlet's `@Parameter` properties, in declaration order: one object per cmdlet,
/// shared by its property wrappers (each knows its index) and written by the binder. While a type's
/// metadata is derived it also keeps what each property declares.
///
/// The values sit in memory of this object's own, not in an `Array`: a stage is made and dropped for every
/// command of a script, and an array of optional values is made and destroyed through the type's generic value
/// witnesses, element by element (Where-Object declares 35 parameters and binds one or two).
public final class ParameterValues {
    /// Slots `0 ..< count` are initialised: `nil` while unbound, otherwise the value as the binder converted it.
    @usableFromInline let buffer: UnsafeMutablePointer<Value?>
    @usableFromInline @exclusivity(unchecked) package private(set) var count: Int
    @usableFromInline let capacity: Int
    /// Slots for properties beyond `capacity` (a cmdlet that places more properties than it was sized for).
    private var overflow: [Value?] = []
    /// How many properties have taken their index so far.
    @exclusivity(unchecked) private var placed = 0
    /// Only while deriving: what each property declares. One optional object, not three arrays, so that the
    /// storage of every stage releases one reference where it released three.
    private let derivation: Derivation?

    final class Derivation {
        var declarations: [ParameterDeclaration] = []
        var valueTypes: [any ParameterValue.Type] = []
        var hasDefaults: [Bool] = []
    }

    package var declarations: [ParameterDeclaration] { derivation?.declarations ?? [] }
    package var valueTypes: [any ParameterValue.Type] { derivation?.valueTypes ?? [] }
    package var hasDefaults: [Bool] { derivation?.hasDefaults ?? [] }

    /// `slots`: how many parameters the cmdlet declares, when known. They are made unbound at once, so that each
    /// property only takes the next index as the cmdlet is initialised. A cmdlet that places more properties than
    /// that gets more slots; one that places fewer leaves the rest unbound.
    init(derives: Bool, slots: Int = 0) {
        derivation = derives ? Derivation() : nil
        capacity = max(slots, 0)
        buffer = .allocate(capacity: capacity)
        buffer.initialize(repeating: nil, count: capacity)
        count = capacity
    }

    deinit {
        // Unbound slots hold nothing to release.
        for index in 0..<capacity where buffer[index] != nil { (buffer + index).deinitialize(count: 1) }
        buffer.deallocate()
    }

    /// The value in slot `index`; `nil` when unbound (or when there is no such slot).
    @inlinable
    package subscript(index: Int) -> Value? {
        get {
            if index >= 0 && index < capacity { return buffer[index] }
            return index >= capacity && index < count ? overflowValue(at: index) : nil
        }
        set {
            precondition(index >= 0 && index < count, "parameter slot \(index) of \(count)")
            if index < capacity { buffer[index] = newValue } else { setOverflow(newValue, at: index) }
        }
    }

    @usableFromInline func overflowValue(at index: Int) -> Value? { overflow[index - capacity] }
    @usableFromInline func setOverflow(_ value: Value?, at index: Int) { overflow[index - capacity] = value }

    /// Adds the property being initialised and returns its index.
    @usableFromInline
    package func add(declare: () -> ParameterDeclaration, valueType: any ParameterValue.Type, hasDefault: Bool) -> Int {
        let index = placed
        placed += 1
        if index >= count {
            overflow.append(nil)
            count += 1
        }
        if let derivation {
            derivation.declarations.append(declare())
            derivation.valueTypes.append(valueType)
            derivation.hasDefaults.append(hasDefault)
        }
        return index
    }
}
