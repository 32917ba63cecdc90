/// Carries one encoded request message to a key server and returns the encoded response, on the calling
/// thread. For synchronous callers (vtash's cmdlets): an implementation never needs a thread of Swift
/// concurrency's shared pool, so callers may run anywhere except on a NIO event loop thread.
public protocol KMIPBlockingTransport: Sendable {
    func exchange(_ request: [UInt8]) throws(TLSFailure) -> [UInt8]
}
