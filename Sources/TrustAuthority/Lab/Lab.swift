import Foundation

/// The emulated world: vCenters with their SSO users, inventory and Trust Authority clusters, key
/// providers and key servers, the Trust Authority configuration of both sides, kept in the lab's store. Every change validates first and is then written
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
    /// The hosts, kept until the inventory is made anew (its revision setting changes).
    private var cachedInventory: (revision: String, checkedVersion: Int?, inventory: LabInventory)?
    /// Trust Authority and workload configurations as decoded last time (see `currentProviders`).
    private var decodedConfigurations: (version: Int, localWrites: Int, value: LabConfigurations)?
    /// Signature checks of attestation, remembered per certificate (see `SignatureMemo`).
    let signatureMemo = SignatureMemo()
    /// The served lab a shell is connected to (`Connect-VIServer` to a `vtash serve` endpoint): while set, the
    /// Trust Authority key-provider operations below go there (see `LabEndpoint`); nil for the local store.
    public var endpoint: (any LabEndpoint)?

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
    /// For a process about to exit without tearing its objects down: the lab's file is left whole (see
    /// `LabStore.closeDatabase`). The lab answers nothing after this.
    public func closeForExit() {
        if store.path != nil { store.closeDatabase() }
    }

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
        let material = try LabMaterial.make(for: definition)
        try write { store in
            try store.removeEverything()
            try store.insert(definition, material: material)
        }
        invalidate()
    }

    /// Fills an empty store; false when it already held a lab (another process may have made it first).
    @discardableResult
    private func seedIfEmpty(_ definition: LabDefinition) throws(LabError) -> Bool {
        if try store.read({ store in try store.isSeeded() }) { return false }
        // Key generation happens outside the transaction; only the insert holds the write lock.
        let material = try LabMaterial.make(for: definition)
        let seeded = try write { store -> Bool in
            if try store.isSeeded() { return false }
            try store.insert(definition, material: material)
            return true
        }
        invalidate()
        return seeded
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
            let loaded = try store.read { store in try store.topology() }
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
    func write<Value>(_ body: (LabTransaction) throws -> Value) throws(LabError) -> Value {
        defer { localWrites &+= 1 }
        return try store.write(body)
    }

    /// After this process wrote: read the topology (and the inventory) again on next use.
    func invalidate() {
        cachedTopology = nil
        cachedVersion = nil
        cachedInventory = nil
    }

    /// The hosts. Read again only when the inventory was made anew (a reset, here or in another process):
    /// another process's commit costs one setting read, not 2,000 hosts.
    var inventory: LabInventory {
        let version = store.dataVersion()
        if let cached = cachedInventory, steadyViewDepth > 0 || (version != nil && version == cached.checkedVersion) {
            return cached.inventory
        }
        do {
            let revision = try store.read { store in try store.setting(LabTransaction.inventoryRevision) } ?? ""
            if let cached = cachedInventory, cached.revision == revision {
                cachedInventory = (revision, version, cached.inventory)
                return cached.inventory
            }
            let loaded = try store.read { store in try store.inventory() }
            cachedInventory = (revision, version, loaded)
            return loaded
        } catch {
            return cachedInventory?.inventory ?? LabInventory()
        }
    }

    /// The Trust Authority and workload configurations, as decoded last time unless the lab changed since.
    func configurations() throws(LabError) -> LabConfigurations {
        let version = store.dataVersion()
        if let cached = decodedConfigurations, let version, cached.version == version, cached.localWrites == localWrites {
            return cached.value
        }
        let writes = localWrites
        let loaded = try store.read { store in
            LabConfigurations(trustAuthority: try store.trustAuthorityConfigurations(), workload: try store.workloadConfigurations())
        }
        if let version { decodedConfigurations = (version, writes, loaded) }
        return loaded
    }

    public var vCenters: [VCenter] { topology.vCenters }
    var topologyAuthorities: [String: VCenterAuthority] { topology.authorities }
    var topologyManufacturers: [TPMManufacturer] { topology.manufacturers }
    public var keyServers: [SimulatedKeyServer] { topology.keyServers }
    /// Simulated and live key servers in the order they were added.
    var keyServerOrder: [StoredKeyServer] { topology.serverOrder }
    /// Real KMIP servers the lab may contact (only these, only at their address and port).
    public var liveKeyServers: [LiveKeyServer] { topology.liveKeyServers }

    /// How long a provider's status stays as it was after a trust change (seconds); 0 = immediately.
    public var statusRefreshDelay: TimeInterval { topology.statusRefreshDelay }

    public func setStatusRefreshDelay(_ seconds: TimeInterval) throws(LabError) {
        try write { store in try store.setSetting("statusRefreshDelay", String(seconds)) }
        invalidate()
    }

    /// The newest schema migration the lab's file has (`vtash lab show`); nil if the store cannot be read.
    public var schemaVersion: String? {
        try? store.read { store in try store.appliedMigrations().last }
    }

    /// `PRAGMA integrity_check` of the lab's file: `["ok"]` when it is sound.
    public func integrityCheck() throws(LabError) -> [String] {
        try store.integrityCheck()
    }

    public func vCenter(at address: String) -> VCenter? {
        vCenters.first { $0.address.equalsIgnoringCase(address) }
    }

    /// Whether the vCenter at `address` has Trust Authority clusters, read without copying its records:
    /// every Trust Authority cmdlet asks it of each connection when it picks one.
    public func hasTrustAuthorityClusters(at address: String) -> Bool {
        let all = vCenters
        guard let index = all.firstIndex(where: { $0.address.equalsIgnoringCase(address) }) else { return false }
        return !all[index].trustAuthorityClusters.isEmpty
    }

    /// The Trust Authority clusters of the vCenter at `address` (none when the lab has no such vCenter),
    /// without copying the vCenter's other records: every Trust Authority cmdlet asks.
    public func trustAuthorityClusters(at address: String) -> [ClusterRecord] {
        if let endpoint { return (try? endpoint.trustAuthorityClusters()) ?? [] }
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
        if let endpoint { return try endpoint.providers() }
        return try currentProviders().all
    }

    /// The providers as decoded last time, unless this process or another one has written since: a
    /// script that reads `$kp` again and again does not decode the lab each time.
    private func currentProviders() throws(LabError) -> (all: [KeyProvider], byName: [String: Int]) {
        let version = store.dataVersion()
        if let cached = decodedProviders, let version, cached.version == version, cached.localWrites == localWrites {
            return (cached.all, cached.byName)
        }
        let writes = localWrites
        let all = try store.read { store in try store.providers() }
        var byName: [String: Int] = [:]
        for (index, provider) in all.enumerated() { byName[provider.name.lowercased()] = index }
        if let version { decodedProviders = (version, writes, all, byName) }
        return (all, byName)
    }

    /// The providers' names in creation order, without reading the providers themselves (completion).
    public func providerNames() -> [String] {
        if let endpoint { return (try? endpoint.providerNames()) ?? [] }
        return (try? store.read { store in try store.providerNames() }) ?? []
    }

    /// The names that start with `prefix` (any case), in creation order: a range over the name index, for Tab.
    public func providerNames(startingWith prefix: String) -> [String] {
        if prefix.isEmpty { return providerNames() }
        if endpoint != nil { return providerNames().filter { $0.lowercased().hasPrefix(prefix.lowercased()) } }
        let low = prefix.lowercased()
        // U+10FFFF sorts after every character in SQLite's byte order, so [low, low+max) is every extension of low.
        let high = low + "\u{10FFFF}"
        return (try? store.read { store in try store.providerNames(from: low, below: high) }) ?? []
    }

    public func provider(named name: String) -> KeyProvider? {
        (try? findProvider(named: name)) ?? nil
    }

    public func findProvider(named name: String) throws(LabError) -> KeyProvider? {
        if let endpoint { return try endpoint.findProvider(named: name) }
        if let cached = decodedProviders, let version = store.dataVersion(), cached.version == version, cached.localWrites == localWrites {
            return cached.byName[name.lowercased()].map { cached.all[$0] }
        }
        return try store.readOneStatement { store in try store.providerInOneStatement(named: name) }
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
        if let endpoint { return try endpoint.addProvider(provider) }
        try write { store in
            if try store.provider(named: provider.name) != nil { throw LabError.providerExists(provider.name) }
            try store.insert(provider)
        }
    }

    /// Replaces a provider after `change` succeeded on a copy (whole or not at all).
    public func updateProvider(named name: String, _ change: (inout KeyProvider) throws(LabError) -> Void) throws(LabError) {
        try write { store in try update(providerNamed: name, in: store, change) }
    }

    /// `updateProvider` inside a transaction that may change more than the provider.
    func update(providerNamed name: String, in store: LabTransaction, _ change: (inout KeyProvider) throws(LabError) -> Void) throws {
        guard let stored = try store.provider(named: name) else { throw LabError.providerNotFound(name) }
        var copy = stored
        try change(&copy)
        let now = Date()
        let delay = try TimeInterval(store.setting("statusRefreshDelay") ?? "0") ?? 0
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
        try store.update(providerNamed: name, to: copy)
    }

    public func removeProvider(named name: String) throws(LabError) {
        try write { store in
            if try !store.deleteProvider(named: name) { throw LabError.providerNotFound(name) }
        }
    }

    /// Changes a simulated key server (its trust store, its keys) in one transaction and returns what
    /// `change` returned.
    @discardableResult
    public func updateKeyServer<Value>(address: String, _ change: (inout SimulatedKeyServer) throws(LabError) -> Value) throws(LabError) -> Value {
        let endpointKey = try administeredKeyServer(address).endpointKey
        let value = try write { store -> Value in
            guard var server = try store.simulatedKeyServer(endpointKey: endpointKey) else { throw LabError.keyServerNotFound(address) }
            let value = try change(&server)
            try store.update(server)
            return value
        }
        invalidate()
        return value
    }
}
