import Foundation
import Logging
import Testing
import TrustAuthority
import VAPIClient
@testable import VAPIServer
import VAPIWire

/// A served lab in this process (127.0.0.1, a free port) and its Swift client, `RemoteLab`, doing what a
/// remote `Connect-VIServer` session would.
@Suite(.serialized) struct ServedLabTests {
    static let admin = (user: "trustedadmin@vsphere.local", password: "VMware1!")

    static func folder() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("vtash-served-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static func start(_ folder: String, verbose: Bool = false) async throws -> RunningServer {
        var logger = Logger(label: "test")
        logger.logLevel = .critical
        return try await VAPIServer.start(ServeConfiguration(labPath: folder + "/lab.sqlite", port: 0, verbose: verbose), logger: logger)
    }

    static func authority(_ server: RunningServer) throws -> ServerTrust {
        let path = try #require(server.authorityFile)
        let pem = String(decoding: try #require(FileManager.default.contents(atPath: path)), as: UTF8.self)
        return .authorities([try CertificateInfo(pem: pem)])
    }

    /// Runs `body` against a server on a fresh lab, and stops the server however `body` ends.
    static func withServer<Value: Sendable>(_ body: (RunningServer, String) async throws -> Value) async throws -> Value {
        let folder = try folder()
        let server = try await start(folder)
        do {
            let value = try await body(server, folder)
            await server.stop()
            return value
        } catch {
            await server.stop()
            throw error
        }
    }

    /// RemoteLab blocks; it runs on a thread of its own so the test's task (and the server's) keep theirs.
    static func onThread<Value: Sendable>(_ body: @escaping @Sendable () throws -> Value) async throws -> Value {
        try await withCheckedThrowingContinuation { continuation in
            Thread { continuation.resume(with: Result { try body() }) }.start()
        }
    }

    @Test func aRemoteLabWalksTheCSRRouteAndTheLocalLabSeesIt() async throws {
        try await Self.withServer { server, folder in
            let trust = try Self.authority(server)
            let port = server.port
            let status = try await Self.onThread { () -> ProviderStatus in
                let remote = try RemoteLab.signIn(host: "127.0.0.1", port: port, trust: trust, user: Self.admin.user, password: Self.admin.password)
                #expect(remote.user.qualifiedName == "VSPHERE.LOCAL\\trustedadmin")
                #expect(try remote.trustAuthorityClusters() == [ClusterRecord(id: "domain-c8", name: "vTA Cluster", enabled: true)])
                var provider = KeyProvider(name: "remote", clusterId: "domain-c8", primaryKeyId: "8",
                                           servers: [KeyProviderServer(name: "192.168.110.91", address: "192.168.110.91", port: 5696)])
                provider.kmipServerUsername = "vcqekmip"
                try remote.addProvider(provider)
                let request = try remote.createSigningRequest(provider: "remote")
                // The key server administrator's side, on the same lab file from another Lab (another process's view).
                let admin = try Lab.open(path: folder + "/lab.sqlite")
                let signed = try admin.signRequest(keyServer: "192.168.110.91", request)
                try remote.setClientCertificate(provider: "remote", certificate: signed, key: nil)
                let stored = try #require(try remote.findProvider(named: "remote"))
                #expect(stored.clientCertificate == signed)
                #expect(stored.signingRequest == nil)
                #expect(admin.provider(named: "remote")?.clientCertificate == signed)
                let presented = try remote.presentedCertificates(of: stored)
                #expect(presented.map(\.serverName) == ["192.168.110.91"] && presented.map(\.trusted) == [false])
                try remote.trustServerCertificates(provider: "remote", [try #require(presented.first?.certificate)])
                #expect(try remote.presentedCertificates(of: stored).map(\.trusted) == [true])
                let cluster = ClusterRecord(id: "domain-c8", name: "vTA Cluster", enabled: true)
                let services = try remote.servicesStatus(of: cluster)
                #expect(services.attestation.health == .ok && services.keyProvider.health == .ok)
                let status = try remote.status(of: stored)
                // The local lab computes the same status from the same store.
                #expect(admin.status(of: try #require(admin.provider(named: "remote"))).health == status.health)
                remote.signOut()
                return status
            }
            #expect(status.health == .ok)
            #expect(status.servers.map(\.clientTrustServer) == [true] && status.servers.map(\.serverTrustClient) == [true])
        }
    }

    @Test func theRemoteLabThrowsTheLabsOwnErrors() async throws {
        try await Self.withServer { server, folder in
            let trust = try Self.authority(server)
            let port = server.port
            try await Self.onThread {
                let remote = try RemoteLab.signIn(host: "127.0.0.1", port: port, trust: trust, user: Self.admin.user, password: Self.admin.password)
                let provider = KeyProvider(name: "kp", clusterId: "domain-c8", primaryKeyId: "1",
                                           servers: [KeyProviderServer(name: "s", address: "192.168.110.91", port: 5696)])
                try remote.addProvider(provider)
                #expect(throws: RemoteLabError.lab(.providerExists("kp"))) { try remote.addProvider(provider) }
                #expect(throws: RemoteLabError.lab(.providerNotFound("nope"))) { try remote.removeProvider(named: "nope") }
                #expect(throws: RemoteLabError.lab(.serverExists("S"))) {
                    try remote.addServer(provider: "kp", KeyProviderServer(name: "S", address: "10.0.0.1", port: 5696))
                }
                #expect(throws: RemoteLabError.lab(.noSigningRequest("kp"))) {
                    try remote.setClientCertificate(provider: "kp", certificate: try IssuedCertificate.selfSignedClient(commonName: "x").certificate, key: nil)
                }
                #expect(try remote.findProvider(named: "nope") == nil)
                try remote.removeProvider(named: "kp")
                #expect(try remote.providers().isEmpty)
                let outsider = try RemoteLab.signIn(host: "127.0.0.1", port: port, trust: trust, user: "administrator@vsphere.local", password: "VMware1!")
                #expect(throws: RemoteLabError.access(.notTrustedAdmin("VSPHERE.LOCAL\\administrator"))) { try outsider.providers() }
                #expect(throws: RemoteLabError.access(.incorrectCredentials)) {
                    try RemoteLab.signIn(host: "127.0.0.1", port: port, trust: trust, user: Self.admin.user, password: "wrong")
                }
            }
        }
    }

    @Test func theClientChecksTheServersCertificate() async throws {
        try await Self.withServer { server, folder in
            let port = server.port
            let good = try Self.authority(server)
            let chain = String(decoding: try #require(FileManager.default.contents(atPath: folder + "/lab.sqlite-serve/server.pem")), as: UTF8.self)
            let leaf = try #require(try CertificateInfo.parseAll(pem: chain).first)
            let stranger = try CertificateAuthority.generate(subject: CertificateSubject(commonName: "stranger"), algorithm: .p256).certificate
            let outcomes = try await Self.onThread { () -> [String] in
                let trusts: [ServerTrust] = [good, .pinned(leaf), .unverified, .authorities([stranger]), .pinned(stranger)]
                return trusts.map { trust -> String in
                    do {
                        try RemoteLab.signIn(host: "127.0.0.1", port: port, trust: trust, user: Self.admin.user, password: Self.admin.password).signOut()
                        return "accepted"
                    } catch let error as RemoteLabError {
                        return error.message
                    } catch {
                        return "\(error)"
                    }
                }
            }
            #expect(Array(outcomes.prefix(3)) == ["accepted", "accepted", "accepted"])
            #expect(outcomes[3].hasPrefix("The connection failed: handshakeFailed") && outcomes[3].contains("CERTIFICATE_VERIFY_FAILED"), "\(outcomes[3])")
            #expect(outcomes[4].hasPrefix("The connection failed: handshakeFailed"), "\(outcomes[4])")
        }
    }

    @Test func theSelfMadeCertificateIsKeptWithTheLabAndItsKeyIsPrivate() async throws {
        let folder = try Self.folder()
        let first = try await Self.start(folder)
        await first.stop()
        let key = folder + "/lab.sqlite-serve/server-key.pem"
        let attributes = try FileManager.default.attributesOfItem(atPath: key)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        let folderAttributes = try FileManager.default.attributesOfItem(atPath: folder + "/lab.sqlite-serve")
        #expect((folderAttributes[.posixPermissions] as? NSNumber)?.intValue == 0o700)
        let before = FileManager.default.contents(atPath: folder + "/lab.sqlite-serve/server.pem")
        let second = try await Self.start(folder)
        await second.stop()
        #expect(FileManager.default.contents(atPath: folder + "/lab.sqlite-serve/server.pem") == before)
    }

    @Test func aGivenCertificateMustMatchItsKey() throws {
        let folder = try Self.folder()
        let one = try IssuedCertificate.selfSignedClient(commonName: "one", algorithm: .p256)
        let two = try IssuedCertificate.selfSignedClient(commonName: "two", algorithm: .p256)
        _ = FileManager.default.createFile(atPath: folder + "/c.pem", contents: Data(one.certificate.pem.utf8))
        _ = FileManager.default.createFile(atPath: folder + "/k.pem", contents: Data(two.key.pem.utf8))
        #expect(throws: ServeError.certificate(path: folder + "/k.pem", detail: "the private key does not belong to the first certificate of '\(folder)/c.pem'")) {
            try ServerIdentity.load(certificate: folder + "/c.pem", key: folder + "/k.pem")
        }
    }

    @Test func restRoutesAnswerWithHTTPStatuses() async throws {
        try await Self.withServer { server, folder in
            let connection = VAPIConnection(host: "127.0.0.1", port: server.port, trust: try Self.authority(server))
            defer { connection.close() }
            let anonymous = try await connection.rest(.GET, "/api/vcenter/trusted-infrastructure/trust-authority-clusters")
            #expect(anonymous.status == 401)
            let credentials = Data("trustedadmin@vsphere.local:VMware1!".utf8).base64EncodedString()
            let login = try await connection.rest(.POST, "/api/session", headers: [("Authorization", "Basic " + credentials)])
            #expect(login.status == 201)
            let token = try #require(try JSONReader.read(login.body).stringValue)
            let listed = try await connection.rest(.GET, "/api/vcenter/trusted-infrastructure/trust-authority-clusters?state=DISABLE",
                                                   headers: [("vmware-api-session-id", token)])
            #expect(listed.status == 200 && String(decoding: listed.body, as: UTF8.self) == "[]")
            let wrongMethod = try await connection.rest(.PUT, "/api/vcenter/trusted-infrastructure/trust-authority-clusters/domain-c8",
                                                        headers: [("vmware-api-session-id", token)])
            #expect(wrongMethod.status == 404)
            #expect(try JSONReader.read(wrongMethod.body)["error_type"] == .string("OPERATION_NOT_FOUND"))
            let nowhere = try await connection.rest(.GET, "/elsewhere")
            #expect(nowhere.status == 404)
            let notJSON = try await connection.rest(.POST, "/api", body: Array("{".utf8))
            let code = try JSONReader.read(notJSON.body)["error"]?["code"]
            #expect(notJSON.status == 200 && code == .integer(-32700))
        }
    }
}
