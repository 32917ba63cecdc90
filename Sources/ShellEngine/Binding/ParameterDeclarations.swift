/// What each `@Parameter` property of a cmdlet declares, in initialisation order: collected once per type, while
/// its metadata is derived (``ParameterCollector``).
final class ParameterDeclarations {
    private(set) var declarations: [ParameterDeclaration] = []
    private(set) var valueTypes: [any ParameterValue.Type] = []
    private(set) var hasDefaults: [Bool] = []

    /// Adds the property being initialised and returns its place in initialisation order.
    func add(_ declaration: ParameterDeclaration, valueType: any ParameterValue.Type, hasDefault: Bool) -> Int {
        declarations.append(declaration)
        valueTypes.append(valueType)
        hasDefaults.append(hasDefault)
        return declarations.count - 1
    }
}
