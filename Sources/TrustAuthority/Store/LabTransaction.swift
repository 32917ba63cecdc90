import Foundation
import GRDB

/// One read or one IMMEDIATE write transaction on the lab's store, with the typed reads and writes that
/// the lab's operations are made of. Every SQL statement of the lab lives in Store/; the operations in
/// Lab/ see only these methods, so they know nothing of SQLite.
struct LabTransaction {
    let db: Database

    // MARK: - Settings

    func setting(_ name: String) throws -> String? {
        try String.fetchOne(db, sql: "SELECT value FROM setting WHERE name = ?", arguments: [name])
    }

    func setSetting(_ name: String, _ value: String) throws {
        try db.execute(sql: "INSERT OR REPLACE INTO setting (name, value) VALUES (?, ?)", arguments: [name, value])
    }

    func isSeeded() throws -> Bool {
        try setting("createdAt") != nil
    }

    /// Empties every table (`vtash lab reset`), children before parents.
    func removeEverything() throws {
        for table in ["keyProviderServer", "keyProvider", "keyServer", "host", "trustAuthorityConfiguration",
                      "workloadConfiguration", "vcenterAuthority", "tpmManufacturer", "vcenter", "setting"] {
            try db.execute(sql: "DELETE FROM \(table)")
        }
    }

    /// Stores a whole lab: its definition's vCenters and everything made for it.
    func insert(_ definition: LabDefinition, material: LabMaterial) throws {
        // The same text as ISO8601DateFormatter gives, from the format style that needs no ICU formatter.
        try setSetting("createdAt", Date.ISO8601FormatStyle().format(Date()))
        try setSetting("statusRefreshDelay", String(definition.statusRefreshDelay))
        try setSetting(Self.inventoryRevision, UUID().uuidString)
        for vCenter in definition.vCenters {
            try db.execute(sql: "INSERT INTO vcenter (addressKey, body) VALUES (?, ?)",
                           arguments: [vCenter.address.lowercased(), try LabCoding.encode(vCenter)])
        }
        for server in material.keyServers { try insert(server) }
        for authority in material.authorities { try insert(authority) }
        for manufacturer in material.manufacturers {
            try db.execute(sql: "INSERT INTO tpmManufacturer (nameKey, body) VALUES (?, ?)",
                           arguments: [manufacturer.name.lowercased(), try LabCoding.encode(manufacturer)])
        }
        for host in material.hosts {
            try db.execute(sql: "INSERT INTO host (vcenterKey, hostId, clusterId, name, body) VALUES (?, ?, ?, ?, ?)",
                           arguments: [host.vCenter.lowercased(), host.id, host.clusterId, host.name, try LabCoding.encode(host)])
        }
        for configuration in material.trustAuthorityConfigurations { try save(configuration) }
        for configuration in material.workloadConfigurations { try save(configuration) }
    }

    // MARK: - vCenters (the topology) and what the lab made for them

    func topology() throws -> LabTopology {
        try LabTopology.load(db)
    }

    func vCenters() throws -> [VCenter] {
        let decoder = JSONDecoder()
        return try Data.fetchAll(db, sql: "SELECT body FROM vcenter ORDER BY position").map { try decoder.decode(VCenter.self, from: $0) }
    }

    /// Rewrites the stored vCenter with `vCenter`'s address (a cluster's state changed).
    func update(_ vCenter: VCenter) throws {
        try db.execute(sql: "UPDATE vcenter SET body = ? WHERE addressKey = ?",
                       arguments: [try LabCoding.encode(vCenter), vCenter.address.lowercased()])
    }

    func insert(_ authority: VCenterAuthority) throws {
        try db.execute(sql: "INSERT OR REPLACE INTO vcenterAuthority (addressKey, body) VALUES (?, ?)",
                       arguments: [authority.vCenter.lowercased(), try LabCoding.encode(authority)])
    }

    /// The key of the setting that changes whenever the inventory (hosts, manufacturers) is made anew.
    static let inventoryRevision = "inventoryRevision"

    func inventory() throws -> LabInventory {
        try LabInventory.load(db)
    }

    // MARK: - Key servers

    func insert(_ server: StoredKeyServer) throws {
        try db.execute(sql: "INSERT INTO keyServer (endpointKey, live, body) VALUES (?, ?, ?)",
                       arguments: [server.endpointKey, server.isLive, try server.body()])
    }

    func hasKeyServer(endpointKey: String) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT 1 FROM keyServer WHERE endpointKey = ?", arguments: [endpointKey]) != nil
    }

    func simulatedKeyServer(endpointKey: String) throws -> SimulatedKeyServer? {
        guard let body = try Data.fetchOne(db, sql: "SELECT body FROM keyServer WHERE endpointKey = ? AND NOT live",
                                           arguments: [endpointKey]) else { return nil }
        return try JSONDecoder().decode(SimulatedKeyServer.self, from: body)
    }

    func update(_ server: SimulatedKeyServer) throws {
        try db.execute(sql: "UPDATE keyServer SET body = ? WHERE endpointKey = ?",
                       arguments: [try StoredKeyServer.simulated(server).body(), server.endpointKey])
    }

    // MARK: - Key providers (see StoredKeyProvider)

    func providers() throws -> [KeyProvider] {
        try StoredKeyProvider.fetchAll(db)
    }

    func provider(named name: String) throws -> KeyProvider? {
        try StoredKeyProvider.fetch(named: name, db)
    }

    func providerInOneStatement(named name: String) throws -> KeyProvider? {
        try StoredKeyProvider.fetchInOneStatement(named: name, db)
    }

    func insert(_ provider: KeyProvider) throws {
        try StoredKeyProvider.insert(provider, db)
    }

    func update(providerNamed name: String, to provider: KeyProvider) throws {
        try StoredKeyProvider.update(named: name, to: provider, db)
    }

    /// False when there was no such provider.
    func deleteProvider(named name: String) throws -> Bool {
        try db.execute(sql: "DELETE FROM keyProvider WHERE nameKey = ?", arguments: [name.lowercased()])
        return db.changesCount > 0
    }

    func providerNames() throws -> [String] {
        try String.fetchAll(db, sql: "SELECT name FROM keyProvider ORDER BY position")
    }

    /// Names whose lower-cased form lies in [low, high), in creation order (a range over the name index).
    func providerNames(from low: String, below high: String) throws -> [String] {
        try String.fetchAll(db, sql: "SELECT name FROM keyProvider WHERE nameKey >= ? AND nameKey < ? ORDER BY position",
                            arguments: [low, high])
    }

    // MARK: - Trust Authority and workload configurations

    func trustAuthorityConfigurations() throws -> [TrustAuthorityConfiguration] {
        let decoder = JSONDecoder()
        return try Data.fetchAll(db, sql: "SELECT body FROM trustAuthorityConfiguration ORDER BY rowid").map {
            try decoder.decode(TrustAuthorityConfiguration.self, from: $0)
        }
    }

    func trustAuthorityConfiguration(vCenter: String, clusterId: String) throws -> TrustAuthorityConfiguration? {
        guard let body = try Data.fetchOne(db, sql: "SELECT body FROM trustAuthorityConfiguration WHERE vcenterKey = ? AND clusterKey = ?",
                                           arguments: [vCenter.lowercased(), clusterId.lowercased()]) else { return nil }
        return try JSONDecoder().decode(TrustAuthorityConfiguration.self, from: body)
    }

    func save(_ configuration: TrustAuthorityConfiguration) throws {
        try db.execute(sql: """
            INSERT INTO trustAuthorityConfiguration (vcenterKey, clusterKey, body) VALUES (?, ?, ?)
            ON CONFLICT (vcenterKey, clusterKey) DO UPDATE SET body = excluded.body
            """, arguments: [configuration.vCenter.lowercased(), configuration.clusterId.lowercased(), try LabCoding.encode(configuration)])
    }

    func workloadConfigurations() throws -> [WorkloadConfiguration] {
        let decoder = JSONDecoder()
        return try Data.fetchAll(db, sql: "SELECT body FROM workloadConfiguration ORDER BY rowid").map {
            try decoder.decode(WorkloadConfiguration.self, from: $0)
        }
    }

    func workloadConfiguration(vCenter: String) throws -> WorkloadConfiguration? {
        guard let body = try Data.fetchOne(db, sql: "SELECT body FROM workloadConfiguration WHERE vcenterKey = ?",
                                           arguments: [vCenter.lowercased()]) else { return nil }
        return try JSONDecoder().decode(WorkloadConfiguration.self, from: body)
    }

    func save(_ configuration: WorkloadConfiguration) throws {
        try db.execute(sql: """
            INSERT INTO workloadConfiguration (vcenterKey, body) VALUES (?, ?)
            ON CONFLICT (vcenterKey) DO UPDATE SET body = excluded.body
            """, arguments: [configuration.vCenter.lowercased(), try LabCoding.encode(configuration)])
    }

    // MARK: - The file itself

    func appliedMigrations() throws -> [String] {
        try LabSchema.migrator.appliedMigrations(db)
    }
}
