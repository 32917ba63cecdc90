/// A failed connection attempt: the classified failure, and the certificate chain the server presented
/// (DER, leaf first) if the handshake got that far, so the caller can show or trust it.
public struct TLSConnectionError: Error, Sendable, Hashable {
    public var failure: TLSFailure
    public var presentedChain: [[UInt8]]

    public init(failure: TLSFailure, presentedChain: [[UInt8]]) {
        self.failure = failure
        self.presentedChain = presentedChain
    }
}

extension TLSConnectionError: CustomStringConvertible {
    public var description: String { failure.description }
}
