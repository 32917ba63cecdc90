import Foundation
import GRDB
import Testing
@testable import TrustAuthority

/// The lab kept in SQLite: what one process stores, the next one finds; a second process sees each
/// committed change; every change is whole or not at all.
@Suite struct LabStoreTests {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("vtash-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    var path: String { folder.appendingPathComponent("nested/lab.sqlite").path }

    static func provider(_ name: String) -> KeyProvider {
        KeyProvider(name: name, clusterId: "domain-c8", primaryKeyId: "8",
                    servers: [KeyProviderServer(name: "192.168.110.91", address: "192.168.110.91", port: 5696)])
    }

    @Test func aNewLabFileIsTheDefaultLabAndPrivate() throws {
        let lab = try Lab.open(path: path)
        #expect(lab.definition == .default)
        #expect(try lab.integrityCheck() == ["ok"])
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        let folderMode = try FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent("nested").path)[.posixPermissions] as? Int
        #expect(folderMode == 0o700)
    }

    @Test func providersCertificatesAndTrustSurviveReopening() throws {
        let first = try Lab.open(path: path)
        try first.addProvider(Self.provider("clkp"))
        let certificate = try first.createSelfSignedClientCertificate(provider: "clkp")
        try first.trustClientCertificate(keyServer: "192.168.110.91", certificate)
        let presented = try first.presentedChain(provider: try #require(first.provider(named: "clkp")),
                                                 server: try #require(first.provider(named: "clkp")?.servers.first))
        try first.trustServerCertificates(provider: "clkp", Array(presented.prefix(1)))
        let newKey = try first.createKey(keyServer: "192.168.110.91")

        let second = try Lab.open(path: path)
        let provider = try #require(second.provider(named: "CLKP"))
        #expect(provider.clientCertificate == certificate)
        #expect(provider.clientKey?.matches(certificate) == true)
        #expect(provider.trustedServerCertificates == Array(presented.prefix(1)))
        let kms = try #require(second.keyServer(address: "192.168.110.91", port: 5696))
        #expect(kms.serverCertificate.certificate == presented[0])
        #expect(kms.trustedClientCertificates == [certificate])
        #expect(kms.keyIdentifiers == ["1", "8", newKey])
        #expect(second.status(of: provider).health == .ok)
    }

    @Test func aSecondLabOnTheSameFileSeesCommittedChanges() throws {
        let one = try Lab.open(path: path)
        let two = try Lab.open(path: path)
        #expect(two.keyServers.first?.keyIdentifiers == ["1", "8"])  // read and cached
        let created = try one.createKey(keyServer: "192.168.110.91")
        try one.addProvider(Self.provider("fromOne"))
        #expect(two.keyServers.first?.keyIdentifiers == ["1", "8", created])
        #expect(two.providerNames() == ["fromOne"])
        try two.addSimulatedKeyServer(address: "10.0.0.5", port: 5696, username: "kmip")
        #expect(one.keyServers.map(\.address) == ["192.168.110.91", "10.0.0.5"])
    }

    @Test func interleavedWritesFromTwoLabsLoseNothing() throws {
        let one = try Lab.open(path: path)
        let two = try Lab.open(path: path)
        for index in 0..<40 {
            try (index.isMultiple(of: 2) ? one : two).addProvider(Self.provider("p\(index)"))
            try (index.isMultiple(of: 2) ? two : one).updateProvider(named: "p\(index)") { $0.description = "seen \(index)" }
        }
        #expect(one.providerNames() == (0..<40).map { "p\($0)" })
        #expect(try two.providers().map(\.description) == (0..<40).map { "seen \($0)" })
    }

    @Test func concurrentWritersOnTwoThreadsLoseNothing() async throws {
        let path = self.path
        _ = try Lab.open(path: path)
        await withTaskGroup(of: Void.self) { group in
            for writer in 0..<2 {
                group.addTask {
                    guard let lab = try? Lab.open(path: path) else { return }
                    for index in 0..<25 { try? lab.addProvider(Self.provider("w\(writer)-\(index)")) }
                }
            }
        }
        #expect(try Lab.open(path: path).providerNames().count == 50)
    }

    @Test func aRefusedChangeLeavesTheStoredProviderAsItWas() throws {
        let lab = try Lab.open(path: path)
        try lab.addProvider(Self.provider("clkp"))
        #expect(throws: LabError.providerExists("CLKP")) { try lab.addProvider(Self.provider("CLKP")) }
        #expect(throws: LabError.serverExists("192.168.110.91")) {
            try lab.updateProvider(named: "clkp") { provider throws(LabError) in
                provider.description = "half done"
                throw .serverExists("192.168.110.91")
            }
        }
        let reopened = try Lab.open(path: path)
        #expect(reopened.provider(named: "clkp")?.description == "")
        #expect(reopened.providerNames() == ["clkp"])
    }

    @Test func resetReturnsToTheDefaultLab() throws {
        let lab = try Lab.open(path: path)
        try lab.addProvider(Self.provider("clkp"))
        try lab.addLiveKeyServer(address: "127.0.0.1", port: 5696)
        _ = try lab.createKey(keyServer: "192.168.110.91")
        try lab.reset()
        #expect(lab.providerNames().isEmpty)
        #expect(lab.definition == .default)
        #expect(try Lab.open(path: path).definition == .default)
    }

    @Test func createRefusesToOverwriteALab() throws {
        _ = try Lab.create(path: path, from: .default)
        #expect(throws: LabError.labExists(path)) { _ = try Lab.create(path: path, from: .default) }
    }

    @Test func aLabMadeFromADefinitionExportsTheSameDefinition() throws {
        var definition = LabDefinition.default
        definition.statusRefreshDelay = 5
        definition.keyServers.append(KeyServerDefinition(address: "kms.example.test", port: 5697, username: "ops",
                                                         keys: [KeyDefinition(id: "9", state: .preActive)]))
        definition.keyServers.append(KeyServerDefinition(address: "127.0.0.1", port: 15696, live: true))
        let lab = try Lab.create(path: path, from: definition)
        #expect(lab.definition == definition)
        #expect(lab.statusRefreshDelay == 5)
        #expect(lab.liveKeyServers == [LiveKeyServer(address: "127.0.0.1", port: 15696)])
        #expect(lab.keyServer(address: "kms.example.test", port: 5697)?.keyState("9") == "Pre-Active")
        let exported = try LabDefinition(yaml: lab.definition.yaml)
        #expect(exported == definition)
    }

    @Test func aFileThatIsNotALabIsAClearError() throws {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data("this is not a database, just text that is long enough to be read as a header".utf8).write(to: URL(fileURLWithPath: path))
        #expect {
            _ = try Lab.open(path: path)
        } throws: { error in
            guard case .store(let location, let detail)? = error as? LabError else { return false }
            return location == path && !detail.isEmpty
        }
    }

    @Test func withARefreshDelayTheStatusShowsTheStateBeforeTheChangeUntilTheDelayPasses() throws {
        var definition = LabDefinition.default
        definition.statusRefreshDelay = 60
        let lab = try Lab.create(path: path, from: definition)
        try lab.addProvider(Self.provider("clkp"))
        let certificate = try lab.createSelfSignedClientCertificate(provider: "clkp")
        try lab.trustClientCertificate(keyServer: "192.168.110.91", certificate)
        let presented = try lab.presentedChain(provider: try #require(lab.provider(named: "clkp")),
                                               server: try #require(lab.provider(named: "clkp")?.servers.first))
        try lab.trustServerCertificates(provider: "clkp", Array(presented.prefix(1)))
        let provider = try #require(lab.provider(named: "clkp"))
        #expect(lab.status(of: provider).health == .ok)
        let now = lab.statusSubject(provider)
        #expect(now.clientCertificate == nil && now.trustedServerCertificates.isEmpty)
        #expect(lab.status(of: now).health == .error)
        let later = lab.statusSubject(provider, at: Date().addingTimeInterval(61))
        #expect(lab.status(of: later).health == .ok)

        try lab.setStatusRefreshDelay(0)
        #expect(lab.status(of: lab.statusSubject(provider)).health == .ok)
    }

    @Test func aProviderStoredWithoutTheNewerFieldsStillReads() throws {
        let stored = #"{"name":"old","clusterId":"domain-c8","primaryKeyId":"8","servers":[{"name":"kms","address":"kms","port":5696}]}"#
        let provider = try JSONDecoder().decode(KeyProvider.self, from: Data(stored.utf8))
        #expect(provider.name == "old" && provider.connectionTimeoutSeconds == 30 && provider.trustedServerCertificates.isEmpty)
        #expect(provider.stateBeforeChange.isEmpty && provider.lastTrustChange == .distantPast)
    }

    /// Many status checks at once from the cooperative pool: none may wait on the pool itself.
    @Test(.timeLimit(.minutes(1))) func statusChecksFromManyTasksAtOnceFinish() async throws {
        let healths = await withTaskGroup(of: ProviderStatus.Health?.self) { group in
            for _ in 0..<16 {
                group.addTask {
                    guard let fixture = try? LabFixture(), let provider = try? fixture.provider else { return nil }
                    return fixture.lab.status(of: provider).health
                }
            }
            var all: [ProviderStatus.Health?] = []
            for await health in group { all.append(health) }
            return all
        }
        #expect(healths == Array(repeating: .error, count: 16))
    }

    @Test func manyProvidersAreReadBackInCreationOrder() throws {
        let lab = try Lab.inMemory()
        let names = (0..<700).map { "provider-\(($0 * 7919) % 1000)" }
        for name in names { try lab.addProvider(Self.provider(name)) }
        #expect(try lab.providers().map(\.name) == names)
        #expect(lab.providerNames() == names)
    }

    @Test func providerNamesByPrefixUseAnyCaseAndKeepCreationOrder() throws {
        let lab = try Lab.inMemory()
        for name in ["clkp", "CLKP-2", "other", "cl", "Clé", "c"] { try lab.addProvider(Self.provider(name)) }
        #expect(lab.providerNames(startingWith: "cl") == ["clkp", "CLKP-2", "cl", "Clé"])
        #expect(lab.providerNames(startingWith: "CLK") == ["clkp", "CLKP-2"])
        #expect(lab.providerNames(startingWith: "clé") == ["Clé"])
        #expect(lab.providerNames(startingWith: "x").isEmpty)
        #expect(lab.providerNames(startingWith: "") == lab.providerNames())
    }

    @Test func everyFieldOfAProviderSurvivesTheStoreAndServerChangesKeepTheirOrder() throws {
        var provider = Self.provider("full")
        provider.description = "lab provider"
        provider.proxyAddress = "127.0.0.1"
        provider.proxyPort = 3128
        provider.connectionTimeoutSeconds = 45
        provider.kmipServerUsername = "kmipuser"
        provider.kmipServerPassword = "secret"
        let lab = try Lab.open(path: path)
        try lab.addProvider(provider)
        try lab.addServer(provider: "full", KeyProviderServer(name: "second", address: "10.0.0.2", port: 5697))

        let read = try #require(try Lab.open(path: path).findProvider(named: "FULL"))
        #expect(read.name == "full" && read.clusterId == "domain-c8" && read.primaryKeyId == "8" && read.description == "lab provider")
        #expect(read.proxyAddress == "127.0.0.1" && read.proxyPort == 3128 && read.connectionTimeoutSeconds == 45)
        #expect(read.kmipServerUsername == "kmipuser" && read.kmipServerPassword == "secret")
        #expect(read.servers == provider.servers + [KeyProviderServer(name: "second", address: "10.0.0.2", port: 5697)])
        #expect(read.clientCertificate == nil && read.trustedServerCertificates.isEmpty && read.lastTrustChange > .distantPast)

        try lab.removeProvider(named: "full")
        let leftServers = try DatabaseQueue(path: path).read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM keyProviderServer") }
        #expect(leftServers == 0)
    }

    /// A lab written by vtash before providers became columns (schema v1: one JSON body per provider) opens
    /// with every provider, in order, certificates and keys included.
    @Test func aVersionOneLabIsMigratedWithItsProvidersInOrder() throws {
        let maker = try Lab.inMemory()
        try maker.addProvider(Self.provider("withCertificate"))
        let certificate = try maker.createSelfSignedClientCertificate(provider: "withCertificate")
        let withCertificate = try #require(maker.provider(named: "withCertificate"))
        var plain = Self.provider("plain")
        plain.proxyAddress = "127.0.0.1"
        plain.proxyPort = 8080

        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let old = try DatabaseQueue(path: path)
        try LabSchema.migrator.migrate(old, upTo: "v1")
        try old.write { db in
            // Not in name order, and with a gap where a provider was removed: the order kept is the positions'.
            for provider in [withCertificate, Self.provider("removed"), plain] {
                try db.execute(sql: "INSERT INTO keyProvider (nameKey, name, body) VALUES (?, ?, ?)",
                               arguments: [provider.name.lowercased(), provider.name, try LabCoding.encode(provider)])
            }
            try db.execute(sql: "DELETE FROM keyProvider WHERE nameKey = 'removed'")
        }
        try old.close()

        let lab = try Lab.open(path: path)
        #expect(lab.schemaVersion == "v3")
        let providers = try lab.providers()
        #expect(providers.map(\.name) == ["withCertificate", "plain"])
        #expect(providers[1].proxyAddress == "127.0.0.1" && providers[1].proxyPort == 8080 && providers[1].servers == plain.servers)
        #expect(providers[0].clientCertificate == certificate)
        #expect(providers[0].clientKey?.matches(certificate) == true)
        try lab.addProvider(Self.provider("after"))
        #expect(lab.providerNames() == ["withCertificate", "plain", "after"])
        #expect(try lab.integrityCheck() == ["ok"])
        let tables = try DatabaseQueue(path: path).read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'keyProvider%' ORDER BY name")
        }
        #expect(tables == ["keyProvider", "keyProviderServer"])
    }

    @Test func providersInTheSameTrustStateShareOneRememberedCheckAndKeepTheirIds() throws {
        let lab = try Lab.inMemory()
        for name in ["a", "b", "c"] { try lab.addProvider(Self.provider(name)) }
        _ = try lab.createSelfSignedClientCertificate(provider: "c")
        let statuses = lab.statuses(of: try lab.providers())
        // a and b are in one state (no certificate), c in another: the name is not part of what is remembered.
        #expect(lab.statusMemo.count == 2)
        #expect(statuses.map(\.providerId) == ["domain-c8-a", "domain-c8-b", "domain-c8-c"])
        #expect(statuses[0].details == statuses[1].details)
        #expect(statuses[0].details.contains(HealthDetail.noClientCertificate))
        #expect(!statuses[2].details.contains(HealthDetail.noClientCertificate))
        // One at a time gives the same as the batch.
        #expect(try lab.providers().map { lab.status(of: $0).details } == statuses.map(\.details))
    }
}
