/// Carries one encoded request message to a key server and returns the encoded response message.
public protocol KMIPTransport: Sendable {
    func roundTrip(_ request: [UInt8]) async throws(TLSFailure) -> [UInt8]
}
