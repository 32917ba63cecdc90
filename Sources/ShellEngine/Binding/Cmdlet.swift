/// A command implemented in Swift. One instance serves one pipeline invocation:
/// `begin` once, `process` once per input object (once without input when first in the pipeline),
/// `end` once. Its parameters are its `@Parameter` properties, which the binder fills before each call.
public protocol Cmdlet: AnyObject {
    /// Name, class, help text: everything but the parameters.
    static var command: CommandDescription { get }
    /// Derived from ``command`` and the `@Parameter` properties; a cmdlet does not write it.
    static var metadata: CommandMetadata { get }
    init()
    func begin(_ context: CommandContext) throws
    func process(_ context: CommandContext) throws
    func end(_ context: CommandContext) throws
}

extension Cmdlet {
    public static var metadata: CommandMetadata { DerivedMetadata.metadata(for: Self.self) }
    public func begin(_ context: CommandContext) throws {}
    public func process(_ context: CommandContext) throws {}
    public func end(_ context: CommandContext) throws {}
}
