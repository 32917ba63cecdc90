/// A real KMIP server the lab names as live (for example a PyKMIP on 127.0.0.1). The lab contacts it
/// only at this address and port, and never manages its trust or keys: that is done on the server.
public struct LiveKeyServer: Sendable, Hashable, Codable {
    public var address: String
    public var port: Int

    public init(address: String, port: Int) {
        self.address = address
        self.port = port
    }
}
