/// The bound values of one cmdlet's `@Parameter` properties, in declaration order: one object per cmdlet,
/// shared by its property wrappers (each knows its index) and written by the binder. While a type's
/// metadata is derived it also keeps what each property declares.
public final class ParameterValues {
    /// `nil` while unbound; otherwise the value as the binder converted it.
    @usableFromInline @exclusivity(unchecked) package var values: [Value?] = []
    /// Only while deriving: each property's declaration, value type and whether it has a default.
    package private(set) var declarations: [ParameterDeclaration] = []
    package private(set) var valueTypes: [any ParameterValue.Type] = []
    package private(set) var hasDefaults: [Bool] = []
    let derives: Bool

    /// `capacity`: how many parameters the cmdlet declares, when known (Where-Object declares 35; growing
    /// the storage as each property took its place reallocated it twice per command).
    init(derives: Bool, capacity: Int = 16) {
        self.derives = derives
        values.reserveCapacity(capacity)
    }

    /// Adds the property being initialised and returns its index.
    @usableFromInline
    package func add(declare: () -> ParameterDeclaration, valueType: any ParameterValue.Type, hasDefault: Bool) -> Int {
        values.append(nil)
        if derives {
            declarations.append(declare())
            valueTypes.append(valueType)
            hasDefaults.append(hasDefault)
        }
        return values.count - 1
    }
}
