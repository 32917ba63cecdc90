/// One run of output being formatted.
public protocol OutputWriting: AnyObject {
    func write(_ value: Value)
    /// Ends a pending group when the statement that wrote it is done (a table is printed per statement).
    func flushIfPending()
    func finish()
}
