/// Offers argument values for parameters a module knows about (lab object names, server
/// addresses). Register one with ``ArgumentCompleters/register(_:)``.
public protocol ArgumentCompleter: AnyObject {
    /// Values for `request`, unquoted, in the order to show them; only those matching
    /// `request.prefix` (case-insensitively) are kept, so returning a superset is fine.
    func completeArgument(_ request: ArgumentCompletionRequest) -> [String]
}
