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
        let checks = healthChecks(for: provider, at: date)
        // Simulated servers answer the same for the same provider and lab state: a script that reads the
        // provider again and again need not repeat the conversation. Live servers are always asked.
        let simulatedOnly = checks.allSatisfy { if case .live = $0.target { false } else { true } }
        let key = StatusMemo.Key(provider: provider, generation: topologyGeneration)
        if simulatedOnly, let remembered = statusMemo.status(for: key, at: date) { return remembered }
        let status = Lab.summary(of: provider, Lab.run(checks))
        if simulatedOnly { statusMemo.remember(status, for: key, at: date) }
        return status
    }

    /// `$kp.Status` of many providers (as of `statusSubject`): planned on this thread, checked on every core.
    public func statuses(of providers: [KeyProvider], at date: Date = Date()) -> [ProviderStatus] {
        let planned = providers.map { provider in
            let subject = statusSubject(provider, at: date)
            return PlannedStatus(provider: subject, checks: healthChecks(for: subject, at: date))
        }
        let statuses = try? OrderedChunks<ProviderStatus>.map(planned, minimumPerChunk: 64) { plan in
            Lab.summary(of: plan.provider, Lab.run(plan.checks))
        }
        return statuses ?? planned.map { Lab.summary(of: $0.provider, Lab.run($0.checks)) }
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
