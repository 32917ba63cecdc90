/// A request whose values are not what the operation takes: the endpoint answers InvalidArgument with it.
public struct VAPIDecodingError: Error, Equatable, Sendable {
    public var message: String

    public init(_ message: String) {
        self.message = message
    }
}
