import Foundation
import Testing
@testable import KMIP

/// The synchronous client against the simulated server through the in-process transport: the same answers as
/// the async client, on the calling thread, with no task involved.
@Suite struct BlockingKMIPClientTests {
    static let provider = "vsphere-trust-authority-kp"

    private func labEngine() throws -> KeyServerEngine {
        let engine = KeyServerEngine()
        try engine.createKey(uniqueIdentifier: "1", owner: "kms-admin", state: .active)
        try engine.createKey(uniqueIdentifier: "8", owner: "kms-admin", state: .preActive)
        return engine
    }

    private func client(_ engine: KeyServerEngine, identity: String? = BlockingKMIPClientTests.provider) -> BlockingKMIPClient {
        BlockingKMIPClient(transport: InProcessTransport(engine: engine, clientIdentity: identity))
    }

    @Test func theHealthCheckConversationRunsOnTheCallingThread() throws {
        let client = client(try labEngine())
        #expect(try client.discoverVersions([.v1_1]) == [.v1_1])
        #expect(try client.getAttributes(uniqueIdentifier: "1", names: [AttributeName.state]).state == .active)
        #expect(try client.getAttributes(uniqueIdentifier: "8", names: [AttributeName.state]).state == .preActive)
    }

    @Test func itAnswersExactlyAsTheAsyncClient() async throws {
        let engine = try labEngine()
        let asynchronous = KMIPClient(transport: InProcessTransport(engine: engine, clientIdentity: Self.provider))
        #expect(try client(engine).discoverVersions() == (try await asynchronous.discoverVersions()))
        let created = try client(engine).createSymmetricKey()
        #expect(created == "9")
        #expect(try client(engine).activate(uniqueIdentifier: created) == created)
        #expect(try client(engine).getAttributes(uniqueIdentifier: created, names: [AttributeName.state]).state
            == (try await asynchronous.getAttributes(uniqueIdentifier: created, names: [AttributeName.state]).state))
        #expect(try client(engine).locate().contains(created))
    }

    @Test func anUnauthenticatedClientGetsTheServersRefusal() throws {
        let error = #expect(throws: KMIPError.self) { try client(try labEngine(), identity: nil).discoverVersions() }
        #expect(error?.resultReason == .authenticationNotSuccessful)
    }

    @Test func aMissingKeyIsItemNotFound() throws {
        let error = #expect(throws: KMIPError.self) {
            try client(try labEngine()).getAttributes(uniqueIdentifier: "999999", names: [AttributeName.state])
        }
        #expect(error?.resultReason == .itemNotFound)
    }

    @Test func transportFailuresAndGarbledResponsesAreTypedErrors() {
        struct Refusing: KMIPBlockingTransport {
            func exchange(_ request: [UInt8]) throws(TLSFailure) -> [UInt8] { throw .noConnection(reason: "connection refused") }
        }
        struct Garbling: KMIPBlockingTransport {
            func exchange(_ request: [UInt8]) throws(TLSFailure) -> [UInt8] { [0x42, 0x00, 0x7B, 0x01, 0, 0, 0, 99] }
        }
        let refused = #expect(throws: KMIPError.self) { try BlockingKMIPClient(transport: Refusing()).discoverVersions() }
        #expect(refused == .transport(.noConnection(reason: "connection refused")))
        let garbled = #expect(throws: KMIPError.self) { try BlockingKMIPClient(transport: Garbling()).discoverVersions() }
        guard case .invalidResponse = garbled else {
            Issue.record("expected invalidResponse, got \(String(describing: garbled))")
            return
        }
    }

    @Test func twoOperationsInOneMessageGetTheirOwnResults() throws {
        let exchanges = CountingTransport(InProcessTransport(engine: try labEngine(), clientIdentity: Self.provider))
        let client = BlockingKMIPClient(transport: exchanges)
        let found = try client.perform(DiscoverVersionsRequestPayload(versions: []),
                                       GetAttributesRequestPayload(uniqueIdentifier: "8", attributeNames: [AttributeName.state]))
        #expect(try found.first.get().versions.contains(.v1_1))
        #expect(try found.second.get().state == .preActive)
        let missing = try client.perform(DiscoverVersionsRequestPayload(versions: []),
                                         GetAttributesRequestPayload(uniqueIdentifier: "999999", attributeNames: [AttributeName.state]))
        #expect((try? missing.first.get()) != nil)
        #expect(missing.second.failureReason == .itemNotFound)
        #expect(exchanges.count == 2)
    }

    @Test func aServerThatRefusesBatchesIsAskedOncePerOperation() throws {
        let exchanges = CountingTransport(BatchRefusing(InProcessTransport(engine: try labEngine(), clientIdentity: Self.provider)))
        let results = try BlockingKMIPClient(transport: exchanges)
            .perform(DiscoverVersionsRequestPayload(versions: []), GetAttributesRequestPayload(uniqueIdentifier: "1", attributeNames: [AttributeName.state]))
        #expect(try results.first.get().versions.contains(.v1_1))
        #expect(try results.second.get().state == .active)
        #expect(exchanges.count == 3)
    }

    @Test func aMessageRefusedAsAWholeFailsBothOperations() throws {
        let refused = try client(try labEngine(), identity: nil)
            .perform(DiscoverVersionsRequestPayload(versions: []), GetAttributesRequestPayload(uniqueIdentifier: "1", attributeNames: []))
        #expect(refused.first.failureReason == .authenticationNotSuccessful)
        #expect(refused.second.failureReason == .authenticationNotSuccessful)
    }
}

/// A server that answers any message of more than one batch item with one failed item (Invalid Message).
private struct BatchRefusing: KMIPBlockingTransport {
    let inner: any KMIPBlockingTransport

    init(_ inner: any KMIPBlockingTransport) {
        self.inner = inner
    }

    func exchange(_ request: [UInt8]) throws(TLSFailure) -> [UInt8] {
        guard let message = try? RequestMessage(bytes: request), message.batchItems.count > 1 else { return try inner.exchange(request) }
        let refusal = ResponseMessage(
            header: ResponseHeader(protocolVersion: .v1_1, timeStamp: 0),
            batchItems: [ResponseBatchItem(operation: nil, resultStatus: .operationFailed, resultReason: .invalidMessage,
                                           resultMessage: "Batching is not supported.")])
        return (try? refusal.encoded()) ?? []
    }
}

/// Counts the messages a client sends.
private final class CountingTransport: KMIPBlockingTransport, @unchecked Sendable {
    private let inner: any KMIPBlockingTransport
    private(set) var count = 0

    init(_ inner: any KMIPBlockingTransport) {
        self.inner = inner
    }

    func exchange(_ request: [UInt8]) throws(TLSFailure) -> [UInt8] {
        count += 1
        return try inner.exchange(request)
    }
}

extension Result where Failure == KMIPError {
    fileprivate var failureReason: ResultReason? {
        if case .failure(let error) = self { return error.resultReason }
        return nil
    }
}
