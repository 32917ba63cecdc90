/// One line a shell showed, with the stream it went to.
public struct HostLine: Equatable, Sendable {
    public enum Stream: String, Sendable {
        case output, error, warning, verbose, host
    }

    public var stream: Stream
    public var text: String

    public init(_ stream: Stream, _ text: String) {
        self.stream = stream
        self.text = text
    }
}
