/// A command implemented in Swift. One instance serves one pipeline invocation:
/// `begin` once, `process` once per input object (once without input when first in the pipeline),
/// `end` once.
public protocol Cmdlet: AnyObject {
    static var metadata: CommandMetadata { get }
    init()
    func begin(_ context: CommandContext) throws
    func process(_ context: CommandContext) throws
    func end(_ context: CommandContext) throws
}

extension Cmdlet {
    public func begin(_ context: CommandContext) throws {}
    public func process(_ context: CommandContext) throws {}
    public func end(_ context: CommandContext) throws {}
}
