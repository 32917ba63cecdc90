/// An HTTP proxy that tunnels the KMIP connection with CONNECT.
public struct HTTPProxy: Sendable, Hashable, Codable {
    public var host: String
    public var port: Int

    public init(host: String, port: Int) {
        self.host = host
        self.port = port
    }
}
