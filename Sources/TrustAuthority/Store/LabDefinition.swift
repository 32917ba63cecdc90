import Foundation
import KMIP

/// What a lab file describes: the vCenters (SSO users, Trust Authority clusters), the key servers
/// (simulated with their keys, or live at an address and port) and the status refresh delay. Key
/// providers and certificates are not part of it: they are what operators create in the lab.
public struct LabDefinition: Sendable, Equatable {
    public var vCenters: [VCenter]
    public var keyServers: [KeyServerDefinition]
    /// Seconds `$kp.Status` keeps showing the state from before a trust change.
    public var statusRefreshDelay: Double

    public init(vCenters: [VCenter], keyServers: [KeyServerDefinition], statusRefreshDelay: Double = 0) {
        self.vCenters = vCenters
        self.keyServers = keyServers
        self.statusRefreshDelay = statusRefreshDelay
    }

    /// The seed's example lab: vCenter 192.168.210.22 with `vTA Cluster`, key server 192.168.110.91:5696
    /// (user vcqekmip) holding keys `1` and `8`. docs/labs/default.yaml is this lab written out.
    public static let `default` = LabDefinition(
        vCenters: [
            VCenter(
                address: "192.168.210.22", ssoDomain: "vsphere.local",
                users: [
                    SSOUser(name: "trustedadmin", password: "VMware1!", groups: ["TrustedAdmins", "Administrators"]),
                    SSOUser(name: "administrator", password: "VMware1!", groups: ["Administrators"]),
                ],
                trustAuthorityClusters: [ClusterRecord(id: "domain-c8", name: "vTA Cluster", enabled: true)]),
        ],
        keyServers: [
            KeyServerDefinition(address: "192.168.110.91", port: 5696, username: "vcqekmip",
                                keys: [KeyDefinition(id: "1"), KeyDefinition(id: "8")]),
        ])
}

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

/// A key a simulated key server holds when the lab is made.
public struct KeyDefinition: Sendable, Equatable {
    public var id: String
    public var state: KeyState

    public init(id: String, state: KeyState = .active) {
        self.id = id
        self.state = state
    }
}
