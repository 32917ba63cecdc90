/// What a parameter of a module's object type receives: one of its objects, or, for parameters that look
/// objects up by name (PowerCLI's "object by name"), the name to look up.
public enum ObjectArgument<Kind: ObjectKind>: ParameterValue {
    case object(PSObject)
    case name(String)

    public static var parameterType: ParameterType { .object(typeName: Kind.typeName, acceptsName: Kind.acceptsName) }
    public static var unboundValue: ObjectArgument<Kind> { .name("") }
    @inlinable public static func unwrap(_ bound: Value) -> ObjectArgument<Kind>? {
        switch bound {
        case .object(let object): return .object(object)
        case .string(let name) where Kind.acceptsName: return .name(name)
        default: return nil
        }
    }

    /// The argument as the shell value it was given as.
    public var value: Value {
        switch self {
        case .object(let object): return .object(object)
        case .name(let name): return .string(name)
        }
    }
}
