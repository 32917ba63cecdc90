import NIOCore

/// One request written through the pipeline, with the promise its response completes. An empty request
/// with no promise writes nothing and completes its write promise once the TLS handshake is done.
struct KMIPExchange: Sendable {
    var request: [UInt8]
    var response: EventLoopPromise<[UInt8]>?
}
