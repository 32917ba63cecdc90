/// Why a call to a served lab did not get an answer from the lab: no connection, a TLS failure, an
/// answer that is not the vAPI, or an error of the endpoint itself (session expired, not logged in).
public struct RemoteError: Error, Equatable, Sendable {
    public var message: String

    public init(_ message: String) {
        self.message = message
    }
}
