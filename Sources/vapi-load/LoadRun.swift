import Foundation
import NIOConcurrencyHelpers
import TrustAuthority
import VAPIClient
import VAPIWire

/// One load run: set-up (the provider the clients read), the clients, the memory samples, the summary.
struct LoadRun {
    let options: LoadOptions

    func run() async -> String {
        let trust: ServerTrust
        do {
            let pem = String(decoding: FileManager.default.contents(atPath: options.authorityFile) ?? Data(), as: UTF8.self)
            trust = .authorities([try CertificateInfo(pem: pem, source: "file '\(options.authorityFile)'")])
        } catch {
            return #"{"error":"cannot read the CA file: \#(error.message)"}"#
        }
        if let failure = await prepare(trust) { return #"{"error":"\#(failure)"}"# }
        let samples = NIOLockedValueBox<[Double]>([])
        let serviceSamples = NIOLockedValueBox<[Double]>([])
        let errors = NIOLockedValueBox<[String]>([])
        let memory = NIOLockedValueBox<[Int]>([])
        let deadline = ContinuousClock.now + .milliseconds(Int(options.seconds * 1000))
        let sampler = Task {
            while ContinuousClock.now < deadline {
                if let pid = options.serverPid, let kilobytes = Self.residentKilobytes(pid) { memory.withLockedValue { $0.append(kilobytes) } }
                try? await Task.sleep(for: .seconds(1))
            }
        }
        await withTaskGroup(of: Void.self) { group in
            for client in 0..<options.clients {
                if let rate = options.rate {
                    group.addTask {
                        await self.scheduledClient(client, rate: rate, trust: trust, until: deadline, samples: samples, service: serviceSamples, errors: errors)
                    }
                } else {
                    group.addTask { await self.client(client, trust: trust, until: deadline, samples: samples, errors: errors) }
                }
            }
        }
        sampler.cancel()
        let latencies = samples.withLockedValue { $0 }.sorted()
        let failures = errors.withLockedValue { $0 }
        let rss = memory.withLockedValue { $0 }
        let service = serviceSamples.withLockedValue { $0 }.sorted()
        func percentile(_ p: Double, of values: [Double]) -> Double {
            guard !values.isEmpty else { return 0 }
            return values[min(values.count - 1, Int((Double(values.count) * p).rounded(.up)) - 1)]
        }
        let format = { (value: Double) in String(format: "%.2f", value) }
        let rate = Double(latencies.count) / options.seconds
        let mode = options.rate.map { "\"mode\":\"open\",\"targetPairsPerSecond\":\(format($0)),\"serviceP50ms\":\(format(percentile(0.50, of: service))),"
            + "\"serviceP99ms\":\(format(percentile(0.99, of: service)))," } ?? "\"mode\":\"closed\","
        return "{" + mode + "\"clients\":\(options.clients),\"seconds\":\(format(options.seconds)),\"pairs\":\(latencies.count),\"pairsPerSecond\":\(format(rate)),"
            + "\"p50ms\":\(format(percentile(0.50, of: latencies))),\"p99ms\":\(format(percentile(0.99, of: latencies))),\"maxms\":\(format(latencies.last ?? 0)),"
            + "\"errors\":\(failures.count),\"rssKB\":{\"first\":\(rss.first ?? 0),\"min\":\(rss.min() ?? 0),\"max\":\(rss.max() ?? 0),\"last\":\(rss.last ?? 0),\"series\":[\(rss.map(String.init).joined(separator: ","))]}"
            + (failures.isEmpty ? "" : ",\"firstError\":\"\(failures[0].replacingOccurrences(of: "\"", with: "'"))\"") + "}"
    }

    /// The provider the clients read, made once (ignored when it is already there).
    func prepare(_ trust: ServerTrust) async -> String? {
        let connection = VAPIConnection(host: options.host, port: options.port, trust: trust)
        defer { connection.close() }
        do {
            guard case .success(.secret(let session)) = try await connection.invoke(
                ServiceName.session, "create", security: .userPassword(user: "trustedadmin@vsphere.local", password: "VMware1!")) else {
                return "cannot log in"
            }
            let provider = KeyProvider(name: options.provider, clusterId: "domain-c8", primaryKeyId: "1",
                                       servers: [KeyProviderServer(name: "192.168.110.91", address: "192.168.110.91", port: 5696)])
            let created = try await connection.invoke(ServiceName.providers, "create$task",
                                                      [("cluster", .string("domain-c8")), ("spec", KeyProviderBinding.createSpec(provider))], security: .session(session))
            if case .failure(let error) = created, error.kind != .alreadyExists { return error.message }
            return nil
        } catch {
            return error.message
        }
    }

    /// One client: log in, then providers.get$task + tasks.get until the deadline; the pair's time is one sample.
    func client(_ number: Int, trust: ServerTrust, until deadline: ContinuousClock.Instant,
                samples: NIOLockedValueBox<[Double]>, errors: NIOLockedValueBox<[String]>) async {
        let connection = VAPIConnection(host: options.host, port: options.port, trust: trust)
        defer { connection.close() }
        let scope: [(String, VAPIValue)] = [("cluster", .string("domain-c8")), ("provider", .string(options.provider))]
        var mine: [Double] = []
        do {
            guard case .success(.secret(let session)) = try await connection.invoke(
                ServiceName.session, "create", security: .userPassword(user: "trustedadmin@vsphere.local", password: "VMware1!")) else {
                errors.withLockedValue { $0.append("client \(number): login refused") }
                return
            }
            var done = 0
            while ContinuousClock.now < deadline && done < options.maximumPerClient {
                let started = ContinuousClock.now
                let task = try await connection.invoke(ServiceName.providers, "get$task", scope, security: .session(session)).get()
                guard case .string(let id) = task else { throw VAPIError(.error, id: "load", "get$task gave \(task)") }
                let info = try TaskInfo(try await connection.invoke(ServiceName.tasks, "get", [("task", .string(id)), ("spec", .unset)], security: .session(session)).get())
                guard info.status == .succeeded, info.result != nil else { throw VAPIError(.error, id: "load", "task \(id) is \(info.status)") }
                let elapsed = started.duration(to: .now)
                mine.append(Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15)
                done += 1
            }
        } catch {
            errors.withLockedValue { $0.append("client \(number): \(error)") }
        }
        samples.withLockedValue { $0.append(contentsOf: mine) }
    }

    /// One client of the open loop: its pairs are due every `clients / rate` seconds (clients staggered over one period);
    /// each is sent at its due time, or at once when the last one ended after it, and its latency runs from the due time.
    func scheduledClient(_ number: Int, rate: Double, trust: ServerTrust, until deadline: ContinuousClock.Instant,
                         samples: NIOLockedValueBox<[Double]>, service: NIOLockedValueBox<[Double]>, errors: NIOLockedValueBox<[String]>) async {
        let connection = VAPIConnection(host: options.host, port: options.port, trust: trust)
        defer { connection.close() }
        let scope: [(String, VAPIValue)] = [("cluster", .string("domain-c8")), ("provider", .string(options.provider))]
        let period = Duration.seconds(Double(options.clients) / rate)
        var mine: [Double] = []
        var serviceTimes: [Double] = []
        do {
            guard case .success(.secret(let session)) = try await connection.invoke(
                ServiceName.session, "create", security: .userPassword(user: "trustedadmin@vsphere.local", password: "VMware1!")) else {
                errors.withLockedValue { $0.append("client \(number): login refused") }
                return
            }
            // The schedule starts after the login, so that logging in is not measured.
            var due = ContinuousClock.now + period * (Double(number) / Double(options.clients))
            var done = 0
            while due < deadline && done < options.maximumPerClient {
                if due > .now { try await Task.sleep(until: due, clock: .continuous) }
                let sent = ContinuousClock.now
                let task = try await connection.invoke(ServiceName.providers, "get$task", scope, security: .session(session)).get()
                guard case .string(let id) = task else { throw VAPIError(.error, id: "load", "get$task gave \(task)") }
                let info = try TaskInfo(try await connection.invoke(ServiceName.tasks, "get", [("task", .string(id)), ("spec", .unset)], security: .session(session)).get())
                guard info.status == .succeeded, info.result != nil else { throw VAPIError(.error, id: "load", "task \(id) is \(info.status)") }
                let ended = ContinuousClock.now
                mine.append(Self.milliseconds(due.duration(to: ended)))
                serviceTimes.append(Self.milliseconds(sent.duration(to: ended)))
                due += period
                done += 1
            }
        } catch {
            errors.withLockedValue { $0.append("client \(number): \(error)") }
        }
        samples.withLockedValue { $0.append(contentsOf: mine) }
        service.withLockedValue { $0.append(contentsOf: serviceTimes) }
    }

    static func milliseconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
    }

    /// VmRSS of a process, from /proc.
    static func residentKilobytes(_ pid: Int32) -> Int? {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
              let line = text.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }) else { return nil }
        return Int(line.split(separator: " ").dropFirst().first ?? "")
    }
}
