/// A module's object type, as a parameter declares it: the type name its objects carry and whether a name
/// may be given instead.
public protocol ObjectKind {
    static var typeName: String { get }
    static var acceptsName: Bool { get }
}
