import Foundation
import Testing
@testable import KMIP

/// The simulated server must answer the captured requests with PyKMIP's exact bytes.
@Suite struct KeyServerEngineTests {
    static let identity = "vsphere-trust-authority-kp"

    private func replay(_ engine: KeyServerEngine, _ name: String, identity: String? = KeyServerEngineTests.identity) -> String {
        TTLVVector.hex(engine.respond(to: TTLVVector.named("\(name)_request").bytes, clientIdentity: identity))
    }

    @Test func answersTheCapturedSessionByteForByte() throws {
        let engine = KeyServerEngine(clock: { KMIPMessageTests.capturedTime })
        #expect(replay(engine, "discover_versions_all") == TTLVVector.named("discover_versions_all_response").hex)
        #expect(replay(engine, "discover_versions_list") == TTLVVector.named("discover_versions_list_response").hex)
        #expect(replay(engine, "create_aes256") == TTLVVector.named("create_aes256_response").hex)
        #expect(replay(engine, "get_attributes_existing") == TTLVVector.named("get_attributes_existing_response").hex)
        #expect(replay(engine, "get_attributes_state") == TTLVVector.named("get_attributes_state_response").hex)
        #expect(replay(engine, "get_attributes_missing") == TTLVVector.named("get_attributes_missing_response").hex)
        // The key material is random; give key "1" the captured material to compare the whole Get.
        var snapshot = engine.snapshot()
        snapshot.keys[0].material = KMIPMessageTests.materialOfKey1
        engine.restore(snapshot)
        #expect(replay(engine, "get_existing") == TTLVVector.named("get_existing_response").hex)
        #expect(replay(engine, "get_missing") == TTLVVector.named("get_missing_response").hex)
        #expect(replay(engine, "locate_symmetric_keys") == TTLVVector.named("locate_symmetric_keys_response").hex)
        #expect(replay(engine, "activate") == TTLVVector.named("activate_response").hex)
        #expect(engine.key(withIdentifier: "1")?.state == .active)
    }

    @Test func anUnauthenticatedClientGetsPyKMIPsAuthenticationError() {
        let engine = KeyServerEngine(clock: { KMIPMessageTests.capturedTime })
        #expect(replay(engine, "discover_versions_cert_without_clientauth_eku", identity: nil)
            == TTLVVector.named("discover_versions_cert_without_clientauth_eku_response").hex)
    }

    @Test func theResponseTimeStampIsTheServerClock() throws {
        let engine = KeyServerEngine(clock: { 1_700_000_000 })
        let reply = try ResponseMessage(bytes: engine.respond(to: TTLVVector.named("discover_versions_all_request").bytes, clientIdentity: "a"))
        #expect(reply.header.timeStamp == 1_700_000_000)
    }

    @Test func generatedIdentifiersAreDecimalAndNeverReused() throws {
        let engine = KeyServerEngine()
        let first = try engine.createKey(owner: "admin").uniqueIdentifier
        let second = try engine.createKey(owner: "admin").uniqueIdentifier
        #expect([first, second] == ["1", "2"])
        try engine.removeKey(withIdentifier: "2")
        #expect(try engine.createKey(owner: "admin").uniqueIdentifier == "3")
    }

    @Test func keysCanBeCreatedWithChosenIdentifiers() throws {
        let engine = KeyServerEngine()
        try engine.createKey(uniqueIdentifier: "1", owner: "admin")
        try engine.createKey(uniqueIdentifier: "8", owner: "admin")
        #expect(throws: KeyServerError.duplicateIdentifier("8")) { try engine.createKey(uniqueIdentifier: "8", owner: "admin") }
        #expect(throws: KeyServerError.emptyIdentifier) { try engine.createKey(uniqueIdentifier: "", owner: "admin") }
        #expect(try engine.createKey(owner: "admin").uniqueIdentifier == "9")
        #expect(engine.keys.map(\.uniqueIdentifier) == ["1", "8", "9"])
        #expect(engine.key(withIdentifier: "8")?.material.count == 32)
    }

    @Test func unsupportedKeysAreRefused() {
        let engine = KeyServerEngine()
        #expect(throws: KeyServerError.unsupportedKey("AES with 100 bits")) {
            try engine.createKey(owner: "admin", length: 100)
        }
    }

    @Test func theSnapshotRoundTripsThroughJSON() throws {
        let engine = KeyServerEngine()
        try engine.createKey(uniqueIdentifier: "1", owner: "admin", state: .preActive, names: ["primary"])
        try engine.createKey(uniqueIdentifier: "8", owner: "admin")
        try engine.removeKey(withIdentifier: "8")
        let data = try JSONEncoder().encode(engine.snapshot())
        let restored = KeyServerEngine(snapshot: try JSONDecoder().decode(KeyServerSnapshot.self, from: data))
        #expect(restored.snapshot() == engine.snapshot())
        #expect(try restored.createKey(owner: "admin").uniqueIdentifier == "9")
    }

    @Test func materialIsRandomPerKey() throws {
        let engine = KeyServerEngine()
        let first = try engine.createKey(owner: "admin")
        let second = try engine.createKey(owner: "admin")
        #expect(first.material != second.material)
        #expect(first.material.count == 32)
    }

    @Test func anUnsupportedProtocolVersionIsAnInvalidMessage() throws {
        let request = RequestMessage(
            header: RequestHeader(protocolVersion: ProtocolVersion(3, 0)),
            batchItems: [RequestBatchItem(operation: .discoverVersions, payload: DiscoverVersionsRequestPayload().ttlv)]
        )
        let reply = try ResponseMessage(bytes: KeyServerEngine().respond(to: try request.encoded(), clientIdentity: "a"))
        #expect(reply.header.protocolVersion == ProtocolVersion(3, 0))
        #expect(reply.batchItems.first?.resultReason == .invalidMessage)
        #expect(reply.batchItems.first?.resultMessage == "KMIP 3.0 is not supported by the server.")
    }

    @Test func anUnknownOperationCodeIsAnInvalidMessageAndAnUnimplementedOneIsNotSupported() throws {
        let engine = KeyServerEngine()
        let unknown = RequestMessage(batchItems: [RequestBatchItem(
            operation: KMIPOperation(rawValue: 0x999), payload: .structure(.requestPayload, []))])
        let unknownReply = try ResponseMessage(bytes: engine.respond(to: try unknown.encoded(), clientIdentity: "a"))
        #expect(unknownReply.batchItems.first?.resultReason == .invalidMessage)
        #expect(unknownReply.batchItems.first?.operation == nil)

        let check = RequestMessage(batchItems: [RequestBatchItem(operation: .check, payload: .structure(.requestPayload, []))])
        let checkReply = try ResponseMessage(bytes: engine.respond(to: try check.encoded(), clientIdentity: "a"))
        #expect(checkReply.batchItems.first?.operation == .check)
        #expect(checkReply.batchItems.first?.resultReason == .operationNotSupported)
        #expect(checkReply.batchItems.first?.resultMessage == "Check operation is not supported by the server.")
    }

    @Test func batchesRunInOrderUseTheIDPlaceholderAndStopAtTheFirstFailure() throws {
        let engine = KeyServerEngine()
        let request = RequestMessage(batchItems: [
            RequestBatchItem(operation: .create, uniqueBatchItemID: [1], payload: CreateRequestPayload.symmetricKey().ttlv),
            RequestBatchItem(operation: .activate, uniqueBatchItemID: [2], payload: ActivateRequestPayload(uniqueIdentifier: nil).ttlv),
            RequestBatchItem(operation: .activate, uniqueBatchItemID: [3], payload: ActivateRequestPayload(uniqueIdentifier: nil).ttlv),
            RequestBatchItem(operation: .destroy, uniqueBatchItemID: [4], payload: DestroyRequestPayload(uniqueIdentifier: nil).ttlv),
        ])
        let reply = try ResponseMessage(bytes: engine.respond(to: try request.encoded(), clientIdentity: "a"))
        #expect(reply.batchItems.map(\.resultStatus) == [.success, .success, .operationFailed])
        #expect(reply.batchItems.map(\.uniqueBatchItemID) == [[1], [2], [3]])
        #expect(reply.batchItems.last?.resultReason == .permissionDenied)
        #expect(engine.key(withIdentifier: "1")?.state == .active)
    }

    @Test func aBatchOfSeveralItemsWithoutIdsIsRefused() throws {
        let request = RequestMessage(batchItems: [
            RequestBatchItem(operation: .discoverVersions, payload: DiscoverVersionsRequestPayload().ttlv),
            RequestBatchItem(operation: .discoverVersions, payload: DiscoverVersionsRequestPayload().ttlv),
        ])
        let reply = try ResponseMessage(bytes: KeyServerEngine().respond(to: try request.encoded(), clientIdentity: "a"))
        #expect(reply.batchItems.count == 1)
        #expect(reply.batchItems.first?.resultMessage == "Batch item ID is undefined.")
    }

    @Test func staleRequestsAreRejected() throws {
        let request = RequestMessage(
            header: RequestHeader(timeStamp: 1_000),
            batchItems: [RequestBatchItem(operation: .discoverVersions, payload: DiscoverVersionsRequestPayload().ttlv)]
        )
        let reply = try ResponseMessage(bytes: KeyServerEngine(clock: { 2_000 }).respond(to: try request.encoded(), clientIdentity: "a"))
        #expect(reply.batchItems.first?.resultMessage == "Stale request rejected by server.")
    }
}
