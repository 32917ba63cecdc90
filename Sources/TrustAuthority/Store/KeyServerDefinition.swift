import Foundation
import KMIP

/// One key server of a lab file.
public struct KeyServerDefinition: Sendable, Equatable {
    public var address: String
    public var port: Int
    /// A live server is a real KMIP server the lab contacts; a simulated one lives inside the lab.
    public var live: Bool
    /// The KMIP user that owns the simulated server's keys.
    public var username: String
    public var keys: [KeyDefinition]

    public init(address: String, port: Int = 5696, live: Bool = false, username: String = "", keys: [KeyDefinition] = []) {
        self.address = address
        self.port = port
        self.live = live
        self.username = username
        self.keys = keys
    }
}
