import Foundation

/// A vCenter Server of the lab.
public struct VCenter: Sendable {
    public var address: String
    public var ssoDomain: String
    public var users: [SSOUser]
    public var trustAuthorityClusters: [TrustAuthorityClusterRecord]

    public init(address: String, ssoDomain: String, users: [SSOUser], trustAuthorityClusters: [TrustAuthorityClusterRecord]) {
        self.address = address
        self.ssoDomain = ssoDomain
        self.users = users
        self.trustAuthorityClusters = trustAuthorityClusters
    }

    /// Finds a user written as `name@domain`, `DOMAIN\name` or `name`.
    public func user(_ written: String) -> SSOUser? {
        var name = written
        if let at = written.firstIndex(of: "@") {
            guard written[written.index(after: at)...].lowercased() == ssoDomain.lowercased() else { return nil }
            name = String(written[..<at])
        } else if let slash = written.firstIndex(of: "\\") {
            name = String(written[written.index(after: slash)...])
        }
        return users.first { $0.name.lowercased() == name.lowercased() }
    }
}

extension VCenter: Codable, Equatable {}
