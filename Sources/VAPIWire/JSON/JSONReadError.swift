/// Why a request body is not JSON the endpoint can read; `offset` counts bytes from the start.
public struct JSONReadError: Error, Equatable, Sendable {
    public var reason: String
    public var offset: Int

    public var message: String { "The request body is not valid JSON: \(reason) at byte \(offset)." }
}
