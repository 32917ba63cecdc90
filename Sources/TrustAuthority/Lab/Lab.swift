import Foundation
import GRDB

/// The emulated world: vCenters with their SSO users and Trust Authority clusters, key providers
/// and key servers, kept in the lab's SQLite store. Every change validates first and is then written
/// in one transaction, so a failed command leaves the lab as it was, and a second vtash on the same
/// lab sees each committed change.
public final class Lab: @unchecked Sendable {
    let store: LabStore
    /// vCenters and key servers change rarely: they are read once and read again only when another
    /// process committed to the lab (SQLite's data_version) or this one changed them.
    private var cachedTopology: LabTopology?
    private var cachedVersion: Int?
    /// Inside `withSteadyView`: the topology is not checked against the store again.
    private var steadyViewDepth = 0
    /// Bumped whenever the topology is read again, so remembered statuses of simulated servers expire.
    private(set) var topologyGeneration = 0
    /// Statuses computed against simulated key servers, by what they depend on (see `ProviderStatus`).
    var statusMemo = StatusMemo()
    /// Changes this process committed; with SQLite's data_version (changes of others) it says whether
    /// the decoded providers below are still what the store holds.
    private var localWrites = 0
    private var decodedProviders: (version: Int, localWrites: Int, all: [KeyProvider], byName: [String: Int])?

    init(store: LabStore) {
        self.store = store
    }

    /// The lab's file; nil for a throw-away lab held in memory.
    public var path: String? { store.path }

    // MARK: - Opening

    /// A throw-away lab of the seed's example table (see `LabDefinition.default`).
    public static func makeDefault() throws(LabError) -> Lab {
        try inMemory(.default)
    }

    /// A throw-away lab (`--new-lab`, replays): it lives in memory and is gone at exit.
    public static func inMemory(_ definition: LabDefinition = .default) throws(LabError) -> Lab {
        let lab = Lab(store: try LabStore.inMemory())
        try lab.seedIfEmpty(definition)
        return lab
    }

    /// The lab stored at `path`; a new file starts as `definition`.
    public static func open(path: String, creatingFrom definition: LabDefinition = .default) throws(LabError) -> Lab {
        let lab = Lab(store: try LabStore.open(path: path))
        try lab.seedIfEmpty(definition)
        return lab
    }

    /// `vtash lab init`: a new lab at `path`; refuses to overwrite a lab that is already there.
    public static func create(path: String, from definition: LabDefinition) throws(LabError) -> Lab {
        let lab = Lab(store: try LabStore.open(path: path))
        guard try lab.seedIfEmpty(definition) else { throw .labExists(path) }
        return lab
    }

    /// `vtash lab reset`: everything the operators made is removed and the lab is `definition` again.
    public func reset(to definition: LabDefinition = .default) throws(LabError) {
        let servers = try Self.makeKeyServers(definition)
        try write { db in
            for table in ["keyProviderServer", "keyProvider", "keyServer", "vcenter", "setting"] { try db.execute(sql: "DELETE FROM \(table)") }
            try Self.insert(definition, servers: servers, into: db)
        }
        invalidate()
    }

    /// Fills an empty store; false when it already held a lab (another process may have made it first).
    @discardableResult
    private func seedIfEmpty(_ definition: LabDefinition) throws(LabError) -> Bool {
        if try store.read({ db in try Self.isSeeded(db) }) { return false }
        // Key generation happens outside the transaction; only the insert holds the write lock.
        let servers = try Self.makeKeyServers(definition)
        let seeded = try write { db -> Bool in
            if try Self.isSeeded(db) { return false }
            try Self.insert(definition, servers: servers, into: db)
            return true
        }
        invalidate()
        return seeded
    }

    private static func isSeeded(_ db: Database) throws -> Bool {
        try String.fetchOne(db, sql: "SELECT value FROM setting WHERE name = 'createdAt'") != nil
    }

    private static func makeKeyServers(_ definition: LabDefinition) throws(LabError) -> [StoredKeyServer] {
        var servers: [StoredKeyServer] = []
        for server in definition.keyServers {
            if server.live {
                servers.append(.live(LiveKeyServer(address: server.address, port: server.port)))
                continue
            }
            do {
                servers.append(.simulated(try SimulatedKeyServer.make(address: server.address, port: server.port,
                                                                      username: server.username, keys: server.keys)))
            } catch {
                throw .certificate(error)
            }
        }
        return servers
    }

    private static func insert(_ definition: LabDefinition, servers: [StoredKeyServer], into db: Database) throws {
        try db.execute(sql: "INSERT INTO setting (name, value) VALUES ('createdAt', ?), ('statusRefreshDelay', ?)",
                       arguments: [ISO8601DateFormatter().string(from: Date()), String(definition.statusRefreshDelay)])
        for vCenter in definition.vCenters {
            try db.execute(sql: "INSERT INTO vcenter (addressKey, body) VALUES (?, ?)",
                           arguments: [vCenter.address.lowercased(), try LabCoding.encode(vCenter)])
        }
        for server in servers { try insert(server, into: db) }
    }

    static func insert(_ server: StoredKeyServer, into db: Database) throws {
        try db.execute(sql: "INSERT INTO keyServer (endpointKey, live, body) VALUES (?, ?, ?)",
                       arguments: [server.endpointKey, server.isLive, try server.body()])
    }

    // MARK: - The topology (vCenters, key servers, settings)

    /// Runs `body` seeing the vCenters and key servers as they are when it starts: a cmdlet that builds
    /// many objects (10,000 providers with their status) asks the store once, not once per object.
    public func withSteadyView<Value>(_ body: () throws -> Value) rethrows -> Value {
        steadyViewDepth += 1
        defer { steadyViewDepth -= 1 }
        return try body()
    }

    private var topology: LabTopology {
        if steadyViewDepth > 0, let cachedTopology { return cachedTopology }
        let version = store.dataVersion()
        if let cachedTopology, version != nil, version == cachedVersion { return cachedTopology }
        do {
            let loaded = try store.read { db in try LabTopology.load(db) }
            topologyGeneration &+= 1
            cachedTopology = loaded
            cachedVersion = version
            return loaded
        } catch {
            // An unreadable store keeps the last state this process saw rather than an empty world.
            return cachedTopology ?? LabTopology()
        }
    }

    /// Every change goes through here, so the caches know this process wrote.
    func write<Value>(_ body: (Database) throws -> Value) throws(LabError) -> Value {
        defer { localWrites &+= 1 }
        return try store.write(body)
    }

    /// After this process wrote: read the topology again on next use.
    func invalidate() {
        cachedTopology = nil
        cachedVersion = nil
    }

    public var vCenters: [VCenter] { topology.vCenters }
    public var keyServers: [SimulatedKeyServer] { topology.keyServers }
    /// Real KMIP servers the lab may contact (only these, only at their address and port).
    public var liveKeyServers: [LiveKeyServer] { topology.liveKeyServers }

    /// How long a provider's status stays as it was after a trust change (seconds); 0 = immediately.
    public var statusRefreshDelay: TimeInterval { topology.statusRefreshDelay }

    public func setStatusRefreshDelay(_ seconds: TimeInterval) throws(LabError) {
        try write { db in
            try db.execute(sql: "INSERT OR REPLACE INTO setting (name, value) VALUES ('statusRefreshDelay', ?)", arguments: [String(seconds)])
        }
        invalidate()
    }

    /// The lab file that describes this lab (`vtash lab export`).
    public var definition: LabDefinition {
        let topology = self.topology
        var servers: [KeyServerDefinition] = []
        for entry in topology.serverOrder {
            switch entry {
            case .simulated(let server):
                servers.append(KeyServerDefinition(
                    address: server.address, port: server.port, username: server.username,
                    keys: server.engine.keys.map { KeyDefinition(id: $0.uniqueIdentifier, state: $0.state) }))
            case .live(let server):
                servers.append(KeyServerDefinition(address: server.address, port: server.port, live: true))
            }
        }
        return LabDefinition(vCenters: topology.vCenters, keyServers: servers, statusRefreshDelay: topology.statusRefreshDelay)
    }

    /// The newest schema migration the lab's file has (`vtash lab show`); nil if the store cannot be read.
    public var schemaVersion: String? {
        try? store.read { db in try LabSchema.migrator.appliedMigrations(db).last }
    }

    /// `PRAGMA integrity_check` of the lab's file: `["ok"]` when it is sound.
    public func integrityCheck() throws(LabError) -> [String] {
        try store.integrityCheck()
    }

    public func vCenter(at address: String) -> VCenter? {
        vCenters.first { $0.address.equalsIgnoringCase(address) }
    }

    /// The Trust Authority clusters of the vCenter at `address` (none when the lab has no such vCenter),
    /// without copying the vCenter's other records: every Trust Authority cmdlet asks.
    public func trustAuthorityClusters(at address: String) -> [ClusterRecord] {
        let all = vCenters
        guard let index = all.firstIndex(where: { $0.address.equalsIgnoringCase(address) }) else { return [] }
        return all[index].trustAuthorityClusters
    }

    public func keyServer(address: String, port: Int) -> SimulatedKeyServer? {
        keyServers.first { $0.address.equalsIgnoringCase(address) && $0.port == port }
    }

    public func liveKeyServer(address: String, port: Int) -> LiveKeyServer? {
        liveKeyServers.first { $0.address.equalsIgnoringCase(address) && $0.port == port }
    }

    /// The simulated key server named `ADDRESS` or `ADDRESS:PORT`.
    public func keyServerIndex(address: String) -> Int? {
        let servers = keyServers
        if let index = servers.firstIndex(where: { $0.address.equalsIgnoringCase(address) }) { return index }
        guard let (host, port) = Self.splitEndpoint(address) else { return nil }
        return servers.firstIndex { $0.address.equalsIgnoringCase(host) && $0.port == port }
    }

    // MARK: - Key providers (read from the store each time: they are many and change often)

    /// Every key provider, in creation order; empty if the store cannot be read (see `providers()`).
    public var keyProviders: [KeyProvider] { (try? providers()) ?? [] }

    public func providers() throws(LabError) -> [KeyProvider] {
        try currentProviders().all
    }

    /// The providers as decoded last time, unless this process or another one has written since: a
    /// script that reads `$kp` again and again does not decode the lab each time.
    private func currentProviders() throws(LabError) -> (all: [KeyProvider], byName: [String: Int]) {
        let version = store.dataVersion()
        if let cached = decodedProviders, let version, cached.version == version, cached.localWrites == localWrites {
            return (cached.all, cached.byName)
        }
        let writes = localWrites
        let all = try store.read { db in try StoredKeyProvider.fetchAll(db) }
        var byName: [String: Int] = [:]
        for (index, provider) in all.enumerated() { byName[provider.name.lowercased()] = index }
        if let version { decodedProviders = (version, writes, all, byName) }
        return (all, byName)
    }

    /// The providers' names in creation order, without reading the providers themselves (completion).
    public func providerNames() -> [String] {
        (try? store.read { db in try String.fetchAll(db, sql: "SELECT name FROM keyProvider ORDER BY position") }) ?? []
    }

    /// The names that start with `prefix` (any case), in creation order: a range over the name index, for Tab.
    public func providerNames(startingWith prefix: String) -> [String] {
        if prefix.isEmpty { return providerNames() }
        let low = prefix.lowercased()
        // U+10FFFF sorts after every character in SQLite's byte order, so [low, low+max) is every extension of low.
        let high = low + "\u{10FFFF}"
        return (try? store.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM keyProvider WHERE nameKey >= ? AND nameKey < ? ORDER BY position",
                                arguments: [low, high])
        }) ?? []
    }

    public func provider(named name: String) -> KeyProvider? {
        (try? findProvider(named: name)) ?? nil
    }

    public func findProvider(named name: String) throws(LabError) -> KeyProvider? {
        if let cached = decodedProviders, let version = store.dataVersion(), cached.version == version, cached.localWrites == localWrites {
            return cached.byName[name.lowercased()].map { cached.all[$0] }
        }
        return try store.read { db in try Self.fetchProvider(named: name, db) }
    }

    private static func fetchProvider(named name: String, _ db: Database) throws -> KeyProvider? {
        try StoredKeyProvider.fetch(named: name, db)
    }

    /// The provider whose trust `$kp.Status` reports at `date`: with a status refresh delay, the state
    /// from before the latest changes until the delay has passed (vCenter refreshes the status later).
    public func statusSubject(_ provider: KeyProvider, at date: Date = Date()) -> KeyProvider {
        guard let before = provider.stateBeforeChange.first,
              date.timeIntervalSince(provider.lastTrustChange) < statusRefreshDelay else { return provider }
        return before
    }

    // MARK: - Changes

    public func addProvider(_ provider: KeyProvider) throws(LabError) {
        try write { db in
            if try Self.fetchProvider(named: provider.name, db) != nil { throw LabError.providerExists(provider.name) }
            try StoredKeyProvider.insert(provider, db)
        }
    }

    /// Replaces a provider after `change` succeeded on a copy (whole or not at all).
    public func updateProvider(named name: String, _ change: (inout KeyProvider) throws(LabError) -> Void) throws(LabError) {
        try write { db in
            guard let stored = try Self.fetchProvider(named: name, db) else { throw LabError.providerNotFound(name) }
            var copy = stored
            try change(&copy)
            let now = Date()
            let delay = try TimeInterval(String.fetchOne(db, sql: "SELECT value FROM setting WHERE name = 'statusRefreshDelay'") ?? "0") ?? 0
            if delay > 0 {
                // The first change of a delay window remembers the state the status keeps showing.
                let windowOpen = now.timeIntervalSince(stored.lastTrustChange) < delay && !stored.stateBeforeChange.isEmpty
                var before = stored
                before.stateBeforeChange = []
                copy.stateBeforeChange = windowOpen ? stored.stateBeforeChange : [before]
            } else {
                copy.stateBeforeChange = []
            }
            copy.lastTrustChange = now
            try StoredKeyProvider.update(named: name, to: copy, db)
        }
    }

    public func removeProvider(named name: String) throws(LabError) {
        try write { db in
            try db.execute(sql: "DELETE FROM keyProvider WHERE nameKey = ?", arguments: [name.lowercased()])
            if db.changesCount == 0 { throw LabError.providerNotFound(name) }
        }
    }

    /// Changes a simulated key server (its trust store, its keys) in one transaction and returns what
    /// `change` returned.
    @discardableResult
    public func updateKeyServer<Value>(address: String, _ change: (inout SimulatedKeyServer) throws(LabError) -> Value) throws(LabError) -> Value {
        let endpointKey = try administeredKeyServer(address).endpointKey
        let value = try write { db -> Value in
            guard let body = try Data.fetchOne(db, sql: "SELECT body FROM keyServer WHERE endpointKey = ? AND NOT live",
                                               arguments: [endpointKey]) else { throw LabError.keyServerNotFound(address) }
            var server = try JSONDecoder().decode(SimulatedKeyServer.self, from: body)
            let value = try change(&server)
            try db.execute(sql: "UPDATE keyServer SET body = ? WHERE endpointKey = ?",
                           arguments: [try StoredKeyServer.simulated(server).body(), endpointKey])
            return value
        }
        invalidate()
        return value
    }
}
