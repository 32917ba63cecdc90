import Foundation

/// `$kp.Status`: the provider's health, from each of its key servers.
public struct ProviderStatus: Sendable {
    public enum Health: String, Sendable {
        case ok = "Ok"
        case warning = "Warning"
        case error = "Error"
        case none = "None"
    }

    public struct ServerStatus: Sendable {
        public var name: String
        public var health: Health
        public var details: [String]
        public var clientTrustServer: Bool
        public var serverTrustClient: Bool
    }

    public var providerId: String
    public var health: Health
    public var details: [String]
    public var servers: [ServerStatus]
}

extension Lab {
    /// Checks each key server of the provider the way the Key Provider Service does (see
    /// `KeyServerHealthCheck`). Synchronous, for the cmdlets: a simulated server answers KMIP in process on
    /// this thread; a live server is contacted over the network, waiting on NIO's event loop threads. Nothing
    /// here waits for Swift concurrency's pool, so it is safe on any thread but a NIO event loop's.
    public func status(of provider: KeyProvider, at date: Date = Date()) -> ProviderStatus {
        if let endpoint { return Lab.servedStatus(of: provider, endpoint) }
        // Simulated servers answer the same for the same trust state and lab state: a script that reads the
        // provider again and again need not repeat the conversation (nor plan it: the memo is asked first).
        // Live servers are always asked.
        guard !usesLiveServer(provider) else { return Lab.summary(of: provider, Lab.run(healthChecks(for: provider, at: date))) }
        let key = StatusMemo.Key(provider: provider, generation: topologyGeneration)
        if let remembered = statusMemo.servers(for: key, at: date) { return Lab.summary(of: provider, remembered) }
        let servers = Lab.run(healthChecks(for: provider, at: date))
        statusMemo.remember(servers, for: key, at: date)
        return Lab.summary(of: provider, servers)
    }

    /// `$kp.Status` of many providers (as of `statusSubject`): planned on this thread, checked on every core.
    /// Providers in the same trust state against simulated servers share one conversation (see `StatusMemo`).
    public func statuses(of providers: [KeyProvider], at date: Date = Date()) -> [ProviderStatus] {
        if let endpoint { return providers.map { Lab.servedStatus(of: $0, endpoint) } }
        enum Source { case known([ProviderStatus.ServerStatus]), planned(Int) }
        let subjects = providers.map { statusSubject($0, at: date) }
        var planned: [PlannedStatus] = []
        var plannedByKey: [StatusMemo.Key: Int] = [:]
        var sources: [Source] = []
        sources.reserveCapacity(subjects.count)
        for subject in subjects {
            let checks = healthChecks(for: subject, at: date)
            guard Self.simulatedOnly(checks) else {
                planned.append(PlannedStatus(provider: subject, checks: checks))
                sources.append(.planned(planned.count - 1))
                continue
            }
            let key = StatusMemo.Key(provider: subject, generation: topologyGeneration)
            if let remembered = statusMemo.servers(for: key, at: date) {
                sources.append(.known(remembered))
            } else if let index = plannedByKey[key] {
                sources.append(.planned(index))
            } else {
                plannedByKey[key] = planned.count
                planned.append(PlannedStatus(provider: subject, checks: checks))
                sources.append(.planned(planned.count - 1))
            }
        }
        let results = (try? OrderedChunks<[ProviderStatus.ServerStatus]>.map(planned, minimumPerChunk: 64) { Lab.run($0.checks) })
            ?? planned.map { Lab.run($0.checks) }
        for (key, index) in plannedByKey { statusMemo.remember(results[index], for: key, at: date) }
        return zip(subjects, sources).map { subject, source in
            switch source {
            case .known(let servers): Lab.summary(of: subject, servers)
            case .planned(let index): Lab.summary(of: subject, results[index])
            }
        }
    }

    /// Whether `healthChecks(for:at:)` would contact a live server (a simulated one at the same endpoint wins).
    private func usesLiveServer(_ provider: KeyProvider) -> Bool {
        let simulated = keyServers
        let live = liveKeyServers
        return provider.servers.contains { entry in
            !simulated.contains { $0.address.equalsIgnoringCase(entry.address) && $0.port == entry.port }
                && live.contains { $0.address.equalsIgnoringCase(entry.address) && $0.port == entry.port }
        }
    }

    private static func simulatedOnly(_ checks: [KeyServerHealthCheck]) -> Bool {
        checks.allSatisfy { if case .live = $0.target { false } else { true } }
    }

    struct PlannedStatus: Sendable {
        var provider: KeyProvider
        var checks: [KeyServerHealthCheck]
    }

    /// The same check for async callers. Reads the lab before its first suspension, so call it where the
    /// lab is used (the lab itself is not thread-safe); the checks then run on a thread of their own, so no
    /// pool thread is blocked while a live server answers.
    public func checkStatus(of provider: KeyProvider, at date: Date = Date()) async -> ProviderStatus {
        let checks = healthChecks(for: provider, at: date)
        let servers = await withCheckedContinuation { (continuation: CheckedContinuation<[ProviderStatus.ServerStatus], Never>) in
            let thread = Thread { continuation.resume(returning: Lab.run(checks)) }
            thread.name = "vtash health check"
            thread.start()
        }
        return Lab.summary(of: provider, servers)
    }

    func healthChecks(for provider: KeyProvider, at date: Date) -> [KeyServerHealthCheck] {
        provider.servers.map { entry in
            let target: KeyServerHealthCheck.Target
            if let server = keyServer(address: entry.address, port: entry.port) {
                target = .simulated(server)
            } else if let server = liveKeyServer(address: entry.address, port: entry.port) {
                target = .live(server)
            } else {
                target = .missing
            }
            return KeyServerHealthCheck(entry: entry, target: target, provider: provider, date: date)
        }
    }

    /// Runs the checks, keeping the provider's server order. Live servers are contacted side by side, each
    /// from a thread of its own (a slow server costs its timeout once, not once per server); the rest run
    /// on the calling thread.
    static func run(_ checks: [KeyServerHealthCheck]) -> [ProviderStatus.ServerStatus] {
        let remote = checks.indices.filter { index in
            if case .live = checks[index].target { return true }
            return false
        }
        guard remote.count > 1 else { return checks.map { $0.run() } }
        let results = CheckResults(count: checks.count)
        let finished = DispatchGroup()
        for index in remote.dropFirst() {
            finished.enter()
            let check = checks[index]
            Thread {
                results.store(check.run(), at: index)
                finished.leave()
            }.start()
        }
        for index in checks.indices where index == remote[0] || !remote.contains(index) {
            results.store(checks[index].run(), at: index)
        }
        finished.wait()
        return results.all
    }

    static func summary(of provider: KeyProvider, _ servers: [ProviderStatus.ServerStatus]) -> ProviderStatus {
        let overall: ProviderStatus.Health
        if servers.isEmpty {
            overall = .none
        } else if servers.contains(where: { $0.health == .ok }) {
            overall = servers.allSatisfy { $0.health == .ok } ? .ok : .warning
        } else if servers.contains(where: { $0.health == .warning }) {
            overall = .warning
        } else {
            overall = .error
        }
        let details = overall == .ok ? [] : servers.flatMap(\.details)
        return ProviderStatus(providerId: provider.id, health: overall, details: details, servers: servers)
    }
}

/// The results of checks running on several threads, each stored at its server's position.
private final class CheckResults: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [ProviderStatus.ServerStatus?]

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    func store(_ status: ProviderStatus.ServerStatus, at index: Int) {
        lock.lock()
        defer { lock.unlock() }
        if slots.indices.contains(index) { slots[index] = status }
    }

    var all: [ProviderStatus.ServerStatus] {
        lock.lock()
        defer { lock.unlock() }
        return slots.compactMap { $0 }
    }
}
