import Foundation
import Testing
import TestSupport
import TrustAuthority
import VAPIClient
import VAPIWire

/// SIGKILL of `vtash serve` while SDK-shaped clients create key providers through the API: every
/// creation the endpoint acknowledged (its task answered SUCCEEDED to cis.tasks.get) is in the lab afterwards, and the lab
/// file is sound. The kill points are drawn from a fixed seed: the server dies after the k-th
/// acknowledged write of each round, while the other writers have requests in flight.
@Suite struct ServeCrashSafetyTests {
    /// SplitMix64: the same kill points on every run.
    struct SeededGenerator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let writers = 4
    static let rounds = 6

    @Test(.timeLimit(.minutes(5))) func killedMidWriteTheServedLabKeepsEveryAcknowledgedChange() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vtash-serve-crash-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let lab = folder.appendingPathComponent("lab.sqlite").path
        var generator = SeededGenerator(state: 15)
        let killPoints = (0..<Self.rounds).map { _ in Int.random(in: 5...40, using: &generator) }
        var acknowledged: Set<String> = []
        var attempted = 0
        for (round, killPoint) in killPoints.enumerated() {
            let server = try ServeProcess(lab: lab, in: folder)
            let port = try #require(server.waitForPort(), "round \(round): vtash serve did not start: \(server.lines.suffix(5))")
            let acks = try await Self.writeUntilKilled(server: server, port: port, round: round, killAfter: killPoint)
            #expect(server.waitForExit() == 9 || server.process.terminationReason == .uncaughtSignal)
            #expect(acks.acknowledged.count >= killPoint, "round \(round) stopped before its kill point")
            acknowledged.formUnion(acks.acknowledged)
            attempted += acks.attempted
        }
        #expect(attempted > acknowledged.count, "no write was in flight at any kill")

        // The lab after the last kill: sound, and holding every acknowledged provider.
        let reopened = try Lab.open(path: lab)
        #expect(try reopened.integrityCheck() == ["ok"])
        let stored = Set(try reopened.providers().map(\.name))
        let lost = acknowledged.subtracting(stored)
        #expect(lost.count == 0, "acknowledged but not stored: \(lost.sorted().prefix(10)); kill points \(killPoints)")
        // And a restarted server answers for them through the API.
        let server = try ServeProcess(lab: lab, in: folder)
        let port = try #require(server.waitForPort())
        let listed = try await Self.listed(port: port, authority: server.authorityFile)
        #expect(acknowledged.subtracting(listed).count == 0, "the restarted server does not list \(acknowledged.subtracting(listed).sorted().prefix(10))")
        server.signal(SIGTERM)
        #expect(server.waitForExit() == 0)
    }

    struct RoundResult: Sendable {
        var acknowledged: [String]
        var attempted: Int
    }

    /// `writers` clients create providers `r<round>-w<writer>-<n>` until the server has acknowledged
    /// `killAfter` of them, then the server is killed and the writers stop at their next failure.
    static func writeUntilKilled(server: ServeProcess, port: Int, round: Int, killAfter: Int) async throws -> RoundResult {
        let trust = try authority(server.authorityFile)
        let counter = Counter(killAfter: killAfter) { server.signal(SIGKILL) }
        try await withThrowingTaskGroup(of: Void.self) { group in
            for writer in 0..<writers {
                group.addTask {
                    let connection = VAPIConnection(host: "127.0.0.1", port: port, trust: trust)
                    defer { connection.close() }
                    let login: Result<VAPIValue, VAPIError>
                    do {
                        login = try await connection.invoke(ServiceName.session, "create",
                                                            security: .userPassword(user: "trustedadmin@vsphere.local", password: "VMware1!"))
                    } catch {
                        // On a loaded machine the other writers can reach the kill point before this one logged in; a
                        // server that never answered shows as a round stopped before its kill point.
                        return
                    }
                    guard case .success(.secret(let session)) = login else {
                        Issue.record("writer \(writer) could not log in")
                        return
                    }
                    for index in 0..<500 {
                        let name = "r\(round)-w\(writer)-\(index)"
                        let provider = KeyProvider(name: name, clusterId: "domain-c8", primaryKeyId: "8",
                                                   servers: [KeyProviderServer(name: "192.168.110.91", address: "192.168.110.91", port: 5696)])
                        counter.attempt()
                        let answer: Result<VAPIValue, VAPIError>
                        do {
                            answer = try await connection.invoke(ServiceName.providers, "create$task",
                                                                 [("cluster", .string("domain-c8")), ("spec", KeyProviderBinding.createSpec(provider))],
                                                                 security: .session(session))
                        } catch {
                            return  // the server is gone
                        }
                        guard case .success(.string(let task)) = answer else {
                            Issue.record("create \(name) was refused: \(answer)")
                            return
                        }
                        // Acknowledged as the SDK sees it: the task answered SUCCEEDED (cis.tasks.get).
                        let status: Result<VAPIValue, VAPIError>
                        do {
                            status = try await connection.invoke(ServiceName.tasks, "get", [("task", .string(task)), ("spec", .unset)], security: .session(session))
                        } catch {
                            return  // the server is gone
                        }
                        guard case .success(let info) = status, let read = try? TaskInfo(info) else {
                            Issue.record("tasks.get of \(name)'s create answered \(status)")
                            return
                        }
                        guard read.status == .succeeded else { continue }
                        counter.acknowledge(name)
                    }
                }
            }
            try await group.waitForAll()
        }
        return RoundResult(acknowledged: counter.names, attempted: counter.attempts)
    }

    static func listed(port: Int, authority file: String) async throws -> Set<String> {
        let connection = VAPIConnection(host: "127.0.0.1", port: port, trust: try authority(file))
        defer { connection.close() }
        guard case .success(.secret(let session)) = try await connection.invoke(
            ServiceName.session, "create", security: .userPassword(user: "trustedadmin@vsphere.local", password: "VMware1!")) else { return [] }
        let task = try await connection.invoke(ServiceName.providers, "list$task", [("cluster", .string("domain-c8"))], security: .session(session)).get()
        guard case .string(let id) = task else { return [] }
        let info = try TaskInfo(try await connection.invoke(ServiceName.tasks, "get", [("task", .string(id))], security: .session(session)).get())
        guard case .list(let summaries)? = info.result else { return [] }
        return Set(try summaries.map { try KeyProviderBinding.summary($0).name })
    }

    static func authority(_ file: String) throws -> ServerTrust {
        let data = try #require(FileManager.default.contents(atPath: file))
        return .authorities([try CertificateInfo(pem: String(decoding: data, as: UTF8.self))])
    }

    /// Acknowledgements across writers; kills the server once `killAfter` are in.
    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var acknowledged: [String] = []
        private var attempted = 0
        private let killAfter: Int
        private let kill: @Sendable () -> Void
        private var killed = false

        init(killAfter: Int, kill: @escaping @Sendable () -> Void) {
            self.killAfter = killAfter
            self.kill = kill
        }

        func attempt() {
            lock.lock()
            attempted += 1
            lock.unlock()
        }

        func acknowledge(_ name: String) {
            lock.lock()
            acknowledged.append(name)
            let fire = !killed && acknowledged.count >= killAfter
            if fire { killed = true }
            lock.unlock()
            if fire { kill() }
        }

        var names: [String] {
            lock.lock()
            defer { lock.unlock() }
            return acknowledged
        }

        var attempts: Int {
            lock.lock()
            defer { lock.unlock() }
            return attempted
        }
    }
}
