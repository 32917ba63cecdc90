import Foundation

/// The emulated world: vCenters with their SSO users and Trust Authority clusters, key providers
/// and key servers. All changes go through methods that validate first and then apply, so a
/// failed command leaves the lab as it was.
public final class Lab: @unchecked Sendable {
    public internal(set) var vCenters: [VCenter]
    public internal(set) var keyServers: [SimulatedKeyServer]
    /// Real KMIP servers the lab may contact (only these, only at their address and port).
    public internal(set) var liveKeyServers: [LiveKeyServer] = []
    public internal(set) var keyProviders: [KeyProvider] = []
    /// How long a provider's status stays as it was after a trust change (seconds); 0 = immediately.
    public var statusRefreshDelay: TimeInterval = 0

    public init(vCenters: [VCenter], keyServers: [SimulatedKeyServer]) {
        self.vCenters = vCenters
        self.keyServers = keyServers
    }

    /// The lab of the seed's example table: vCenter 192.168.210.22, `vTA Cluster`, key server
    /// 192.168.110.91:5696 holding keys `1` and `8`.
    public static func makeDefault() throws(CertificateError) -> Lab {
        let vCenter = VCenter(
            address: "192.168.210.22", ssoDomain: "vsphere.local",
            users: [
                SSOUser(name: "trustedadmin", password: "VMware1!", groups: ["TrustedAdmins", "Administrators"]),
                SSOUser(name: "administrator", password: "VMware1!", groups: ["Administrators"]),
            ],
            trustAuthorityClusters: [TrustAuthorityClusterRecord(id: "domain-c8", name: "vTA Cluster", enabled: true)])
        let server = try SimulatedKeyServer.make(address: "192.168.110.91", port: 5696, username: "vcqekmip", keyIds: ["1", "8"])
        return Lab(vCenters: [vCenter], keyServers: [server])
    }

    public func vCenter(at address: String) -> VCenter? {
        vCenters.first { $0.address.caseInsensitiveCompare(address) == .orderedSame }
    }

    public func keyServer(address: String, port: Int) -> SimulatedKeyServer? {
        keyServers.first { $0.address.caseInsensitiveCompare(address) == .orderedSame && $0.port == port }
    }

    public func liveKeyServer(address: String, port: Int) -> LiveKeyServer? {
        liveKeyServers.first { $0.address.caseInsensitiveCompare(address) == .orderedSame && $0.port == port }
    }

    /// The simulated key server named `ADDRESS` or `ADDRESS:PORT`.
    public func keyServerIndex(address: String) -> Int? {
        if let index = keyServers.firstIndex(where: { $0.address.caseInsensitiveCompare(address) == .orderedSame }) { return index }
        guard let (host, port) = Self.splitEndpoint(address) else { return nil }
        return keyServers.firstIndex { $0.address.caseInsensitiveCompare(host) == .orderedSame && $0.port == port }
    }

    func providerIndex(named name: String) -> Int? {
        keyProviders.firstIndex { $0.name.caseInsensitiveCompare(name) == .orderedSame }
    }

    public func provider(named name: String) -> KeyProvider? {
        providerIndex(named: name).map { keyProviders[$0] }
    }

    // MARK: - Changes

    public func addProvider(_ provider: KeyProvider) throws(LabError) {
        if providerIndex(named: provider.name) != nil { throw .providerExists(provider.name) }
        keyProviders.append(provider)
    }

    /// Replaces a provider after `change` succeeded on a copy (whole or not at all).
    public func updateProvider(named name: String, _ change: (inout KeyProvider) throws(LabError) -> Void) throws(LabError) {
        guard let index = providerIndex(named: name) else { throw .providerNotFound(name) }
        var copy = keyProviders[index]
        try change(&copy)
        copy.lastTrustChange = Date()
        keyProviders[index] = copy
    }

    public func removeProvider(named name: String) throws(LabError) {
        guard let index = providerIndex(named: name) else { throw .providerNotFound(name) }
        keyProviders.remove(at: index)
    }

    public func updateKeyServer(address: String, _ change: (inout SimulatedKeyServer) throws(LabError) -> Void) throws(LabError) {
        let index = try administeredKeyServerIndex(address)
        var copy = keyServers[index]
        try change(&copy)
        keyServers[index] = copy
    }
}

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

public struct SSOUser: Sendable {
    public var name: String
    public var password: String
    public var groups: [String]

    public init(name: String, password: String, groups: [String]) {
        self.name = name
        self.password = password
        self.groups = groups
    }

    public var isTrustedAdmin: Bool { groups.contains { $0.caseInsensitiveCompare("TrustedAdmins") == .orderedSame } }
}

public struct TrustAuthorityClusterRecord: Sendable {
    /// The cluster's MoID, e.g. `domain-c8`.
    public var id: String
    public var name: String
    public var enabled: Bool

    public init(id: String, name: String, enabled: Bool) {
        self.id = id
        self.name = name
        self.enabled = enabled
    }

    /// PowerCLI's id form: `TrustAuthorityCluster-domain-c8`.
    public var powerCLIId: String { "TrustAuthorityCluster-" + id }
}
