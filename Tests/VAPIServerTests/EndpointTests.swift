import Foundation
import NIOConcurrencyHelpers
import Testing
import TrustAuthority
@testable import VAPIServer
import VAPIWire

/// The endpoint apart from HTTP: sessions, the TrustedAdmins rule, tasks, errors.
@Suite struct EndpointTests {
    /// A clock the test moves by hand (session expiry without waiting).
    final class TestClock: Sendable {
        private let now = NIOLockedValueBox(Date(timeIntervalSince1970: 1_000_000))
        func read() -> Date { now.withLockedValue { $0 } }
        func advance(_ seconds: TimeInterval) { now.withLockedValue { $0 += seconds } }
    }

    let clock = TestClock()
    let endpoint: Endpoint

    init() throws {
        let clock = self.clock
        endpoint = Endpoint(lab: try Lab.inMemory(), vCenter: "192.168.210.22", sessionIdleTimeout: 60, taskCapacity: 3, clock: { clock.read() })
    }

    func logIn(_ user: String = "trustedadmin@vsphere.local", _ password: String = "VMware1!") async throws -> String {
        let id = try await endpoint.invoke(service: ServiceName.session, operation: "create", input: .structure("operation-input", []),
                                           security: .userPassword(user: user, password: password)).get()
        guard case .secret(let text) = id else { throw VAPIError(.error, id: "test", "no session id") }
        return text
    }

    func call(_ session: String, _ service: String, _ operation: String, _ fields: [(String, VAPIValue)] = []) async -> Result<VAPIValue, VAPIError> {
        await endpoint.invoke(service: service, operation: operation, input: .structure("operation-input", fields), security: .session(session))
    }

    static func kind(_ result: Result<VAPIValue, VAPIError>) -> VAPIError.Kind? {
        if case .failure(let error) = result { return error.kind }
        return nil
    }

    static func message(_ result: Result<VAPIValue, VAPIError>) -> String? {
        if case .failure(let error) = result { return error.message }
        return nil
    }

    @Test func aWrongPasswordIsUnauthenticatedWithConnectVIServersWords() async {
        let result = await endpoint.invoke(service: ServiceName.session, operation: "create", input: .structure("operation-input", []),
                                           security: .userPassword(user: "trustedadmin@vsphere.local", password: "nope"))
        #expect(Self.kind(result) == .unauthenticated)
        #expect(Self.message(result) == "Cannot complete login due to an incorrect user name or password.")
    }

    @Test func aSessionIdIs128RandomBits() async throws {
        let first = try await logIn()
        let second = try await logIn()
        #expect(first.count == 32 && first.allSatisfy(\.isHexDigit))
        #expect(first != second)
    }

    @Test func anIdleSessionExpiresAndAnActiveOneDoesNot() async throws {
        let session = try await logIn()
        clock.advance(50)
        #expect(Self.kind(await call(session, ServiceName.trustAuthorityClusters, "list")) == nil)
        clock.advance(50)  // 50 s since the last request: still alive
        #expect(Self.kind(await call(session, ServiceName.trustAuthorityClusters, "list")) == nil)
        clock.advance(61)
        let expired = await call(session, ServiceName.trustAuthorityClusters, "list")
        #expect(Self.kind(expired) == .unauthenticated)
        #expect(Self.message(expired) == "The session expired after 60 seconds without a request. Log in again.")
        #expect(Self.message(await call(session, ServiceName.trustAuthorityClusters, "list"))?.contains("not known to this lab") == true)
    }

    @Test func aUserOutsideTrustedAdminsIsUnauthorizedForTrustAuthorityOperationsOnly() async throws {
        let session = try await logIn("administrator@vsphere.local")
        let denied = await call(session, ServiceName.providers, "list$task", [("cluster", .string("domain-c8"))])
        #expect(Self.kind(denied) == .unauthorized)
        #expect(Self.message(denied) == AccessError.notTrustedAdmin("VSPHERE.LOCAL\\administrator").message)
        #expect(Self.kind(await call(session, ServiceName.cluster, "list")) == nil)
        #expect(Self.kind(await call(session, ServiceName.session, "get")) == nil)
    }

    @Test func noSessionIsUnauthenticatedBeforeAnythingElse() async {
        let result = await endpoint.invoke(service: ServiceName.providers, operation: "nonsense", input: .structure("operation-input", []), security: .none)
        #expect(Self.kind(result) == .unauthenticated)
    }

    @Test func anUnknownOperationIsOperationNotFound() async throws {
        let session = try await logIn()
        #expect(Self.kind(await call(session, ServiceName.providers, "create")) == .operationNotFound)  // only create$task exists
        #expect(Self.kind(await call(session, "com.vmware.nothing", "get")) == .operationNotFound)
    }

    @Test func aTaskOperationAnswersWithASucceededTaskHoldingItsResult() async throws {
        let session = try await logIn()
        let created = await call(session, ServiceName.providers, "create$task", [("cluster", .string("domain-c8")), ("spec", Self.spec("kp1"))])
        guard case .success(.string(let taskId)) = created else {
            Issue.record("create$task answered \(created)")
            return
        }
        let info = try TaskInfo(try await call(session, ServiceName.tasks, "get", [("task", .string(taskId))]).get())
        #expect(info.status == .succeeded)
        #expect(info.operation == "create" && info.target?.id == "kp1" && info.user == "VSPHERE.LOCAL\\trustedadmin")
        guard case .success(.string(let getId)) = await call(session, ServiceName.providers, "get$task",
                                                             [("cluster", .string("domain-c8")), ("provider", .string("kp1"))]) else {
            Issue.record("get$task gave no task")
            return
        }
        let result = try TaskInfo(try await call(session, ServiceName.tasks, "get", [("task", .string(getId))]).get()).result
        #expect(try KeyProviderBinding.provider(info: result ?? .void, name: "kp1", cluster: "domain-c8").primaryKeyId == "1")
    }

    @Test func aRefusedTaskOperationRaisesItsErrorAndMakesNoTask() async throws {
        let session = try await logIn()
        _ = await call(session, ServiceName.providers, "create$task", [("cluster", .string("domain-c8")), ("spec", Self.spec("dup"))])
        let again = await call(session, ServiceName.providers, "create$task", [("cluster", .string("domain-c8")), ("spec", Self.spec("DUP"))])
        #expect(Self.kind(again) == .alreadyExists)
        #expect(Self.message(again) == LabError.providerExists("DUP").message)
        #expect(endpoint.tasks.count == 1)
    }

    @Test func theTaskTableKeepsTheNewestTasksOnly() async throws {
        let session = try await logIn()
        var ids: [String] = []
        for _ in 0..<5 {
            if case .success(.string(let id)) = await call(session, ServiceName.providers, "list$task", [("cluster", .string("domain-c8"))]) { ids.append(id) }
        }
        #expect(ids.count == 5)
        #expect(endpoint.tasks.count == 3)
        #expect(Self.kind(await call(session, ServiceName.tasks, "get", [("task", .string(ids[0]))])) == .notFound)
        let listed = try await call(session, ServiceName.tasks, "list").get()
        guard case .list(let entries) = listed else {
            Issue.record("tasks.list answered \(listed)")
            return
        }
        #expect(entries.count == 3)
    }

    @Test func anotherUsersTaskIsNotFound() async throws {
        let mine = try await logIn()
        let theirs = try await logIn("administrator@vsphere.local")
        guard case .success(.string(let id)) = await call(mine, ServiceName.providers, "list$task", [("cluster", .string("domain-c8"))]) else {
            Issue.record("no task")
            return
        }
        #expect(Self.kind(await call(theirs, ServiceName.tasks, "get", [("task", .string(id))])) == .notFound)
    }

    @Test func missingClusterAndProviderAreNotFoundWithPowerCLIsWords() async throws {
        let session = try await logIn()
        let cluster = await call(session, ServiceName.providers, "list$task", [("cluster", .string("domain-c99"))])
        #expect(Self.message(cluster) == "Could not find TrustAuthorityCluster with Id 'domain-c99'.")
        let provider = await call(session, ServiceName.providers, "get$task", [("cluster", .string("domain-c8")), ("provider", .string("x"))])
        #expect(Self.kind(provider) == .notFound)
        #expect(Self.message(provider) == "Could not find TrustAuthorityKeyProvider with name 'x'.")
    }

    @Test func aMissingFieldIsInvalidArgument() async throws {
        let session = try await logIn()
        let result = await call(session, ServiceName.providers, "create$task", [("cluster", .string("domain-c8")), ("spec", .structure("s", [("provider", .string("p"))]))])
        #expect(Self.kind(result) == .invalidArgument)
        #expect(Self.message(result) == "The field 'spec.master_key_id' is missing.")
    }

    @Test func loggingOutEndsTheSession() async throws {
        let session = try await logIn()
        #expect(Self.kind(await call(session, ServiceName.session, "delete")) == nil)
        #expect(Self.kind(await call(session, ServiceName.session, "get")) == .unauthenticated)
        #expect(Self.kind(await call(session, ServiceName.session, "delete")) == .unauthenticated)
    }

    static func spec(_ name: String) -> VAPIValue {
        KeyProviderBinding.createSpec(KeyProvider(name: name, clusterId: "domain-c8", primaryKeyId: "1",
                                                  servers: [KeyProviderServer(name: "192.168.110.91", address: "192.168.110.91", port: 5696)]))
    }
}
