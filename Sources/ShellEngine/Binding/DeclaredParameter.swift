/// A `@Parameter` seen without its value type: what metadata derivation and binding need.
package protocol DeclaredParameter: AnyObject {
    var declaration: ParameterDeclaration { get }
    var hasDefault: Bool { get }
    var valueType: any ParameterValue.Type { get }
    /// Takes a value the binder converted to the parameter's type.
    func assign(_ value: Value)
    /// Forgets the bound value (before the next pipeline object is bound).
    func reset()
}
