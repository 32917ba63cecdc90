import Foundation
import ValueStorage

/// One key server entry of a key provider.
public struct KeyProviderServer: Sendable {
    public var name: String
    public var address: String
    public var port: Int

    public init(name: String, address: String, port: Int) {
        self.name = name
        self.address = address
        self.port = port
    }

    /// `domain-c8-clkp:192.168.110.91`.
    public func id(provider: KeyProvider) -> String { "\(provider.id):\(name)" }
}

extension KeyProviderServer: Codable, Hashable {}
