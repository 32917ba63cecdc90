import Foundation
import GRDB

/// The slowly changing part of a lab, read as one: vCenters with their certificate authorities, TPM
/// manufacturers, key servers and settings.
struct LabTopology {
    var vCenters: [VCenter] = []
    /// Simulated and live servers in the order they were added.
    var serverOrder: [StoredKeyServer] = [] {
        // Split once here, not on every lookup: each provider's status looks its servers up.
        didSet {
            keyServers = serverOrder.compactMap { if case .simulated(let server) = $0 { server } else { nil } }
            liveKeyServers = serverOrder.compactMap { if case .live(let server) = $0 { server } else { nil } }
        }
    }
    var statusRefreshDelay: TimeInterval = 0
    /// Each vCenter's CA and token signing certificate, by lower-cased address.
    var authorities: [String: VCenterAuthority] = [:]
    /// The simulated TPM manufacturers, in the lab file's order.
    var manufacturers: [TPMManufacturer] = []

    private(set) var keyServers: [SimulatedKeyServer] = []
    private(set) var liveKeyServers: [LiveKeyServer] = []

    static func load(_ db: Database) throws -> LabTopology {
        let decoder = JSONDecoder()
        var topology = LabTopology()
        topology.vCenters = try Data.fetchAll(db, sql: "SELECT body FROM vcenter ORDER BY position").map {
            try decoder.decode(VCenter.self, from: $0)
        }
        var servers: [StoredKeyServer] = []
        for row in try Row.fetchAll(db, sql: "SELECT live, body FROM keyServer ORDER BY position") {
            servers.append(try StoredKeyServer.decode(body: row["body"], live: row["live"]))
        }
        topology.serverOrder = servers
        for body in try Data.fetchAll(db, sql: "SELECT body FROM vcenterAuthority") {
            let authority = try decoder.decode(VCenterAuthority.self, from: body)
            topology.authorities[authority.vCenter.lowercased()] = authority
        }
        topology.manufacturers = try Data.fetchAll(db, sql: "SELECT body FROM tpmManufacturer ORDER BY position").map {
            try decoder.decode(TPMManufacturer.self, from: $0)
        }
        if let delay = try String.fetchOne(db, sql: "SELECT value FROM setting WHERE name = 'statusRefreshDelay'") {
            topology.statusRefreshDelay = TimeInterval(delay) ?? 0
        }
        return topology
    }
}
