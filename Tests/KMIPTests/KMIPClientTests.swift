import Testing
@testable import KMIP

/// The client against the simulated server through the in-process transport.
@Suite struct KMIPClientTests {
    static let provider = "vsphere-trust-authority-kp"

    private func labEngine() throws -> KeyServerEngine {
        let engine = KeyServerEngine()
        try engine.createKey(uniqueIdentifier: "1", owner: "kms-admin", state: .active, names: ["primary"])
        try engine.createKey(uniqueIdentifier: "8", owner: "kms-admin", state: .preActive)
        return engine
    }

    private func client(_ engine: KeyServerEngine, identity: String? = KMIPClientTests.provider) -> KMIPClient {
        KMIPClient(transport: InProcessTransport(engine: engine, clientIdentity: identity))
    }

    @Test func discoverVersionsListsEverySupportedVersion() async throws {
        let versions = try await client(try labEngine()).discoverVersions()
        #expect(versions == [.v2_0, .v1_4, .v1_3, .v1_2, .v1_1, .v1_0])
        #expect(try await client(try labEngine()).discoverVersions([.v1_1, ProtocolVersion(1, 9)]) == [.v1_1])
    }

    @Test func createReturnsANewPreActiveAES256Key() async throws {
        let engine = try labEngine()
        let identifier = try await client(engine).createSymmetricKey()
        #expect(identifier == "9")
        let attributes = try await client(engine).getAttributes(uniqueIdentifier: identifier)
        #expect(attributes.state == .preActive)
        #expect(attributes.attribute(named: AttributeName.cryptographicLength)?.value == .integer(256))
        #expect(attributes.attribute(named: AttributeName.cryptographicUsageMask)?.value == .integer(12))
        #expect(engine.key(withIdentifier: identifier)?.owner == Self.provider)
    }

    @Test func getAttributesOfTheLabKeyReportsItsState() async throws {
        let attributes = try await client(try labEngine()).getAttributes(uniqueIdentifier: "1", names: [AttributeName.state])
        #expect(attributes.uniqueIdentifier == "1")
        #expect(attributes.attributes.map(\.name) == ["State"])
        #expect(attributes.state == .active)
    }

    @Test func allAttributesIncludeTheIndexedName() async throws {
        let attributes = try await client(try labEngine()).getAttributes(uniqueIdentifier: "1")
        #expect(attributes.attributes.map(\.name) == [
            "Unique Identifier", "Name", "Object Type", "Cryptographic Algorithm", "Cryptographic Length",
            "Operation Policy Name", "Cryptographic Usage Mask", "State", "Initial Date",
        ])
        #expect(attributes.attribute(named: "Name")?.index == 0)
        #expect(attributes.attribute(named: "Name")?.nameValue == "primary")
    }

    @Test func aMissingKeyIsItemNotFound() async throws {
        let error = await #expect(throws: KMIPError.self) {
            try await client(try labEngine()).getAttributes(uniqueIdentifier: "999999", names: [AttributeName.state])
        }
        #expect(error == .operationFailed(
            operation: .getAttributes, status: .operationFailed, reason: .itemNotFound, message: "Could not locate object: 999999"))
    }

    @Test func anUnauthenticatedClientIsAuthenticationNotSuccessful() async throws {
        let error = await #expect(throws: KMIPError.self) {
            try await client(try labEngine(), identity: nil).discoverVersions()
        }
        #expect(error?.resultReason == .authenticationNotSuccessful)
        #expect(error == .operationFailed(
            operation: nil, status: .operationFailed, reason: .authenticationNotSuccessful,
            message: KeyServerEngine.authenticationFailureMessage))
    }

    @Test func activateMovesAPreActiveKeyToActive() async throws {
        let engine = try labEngine()
        #expect(try await client(engine).getAttributes(uniqueIdentifier: "8", names: ["State"]).state == .preActive)
        // Shared keys: activation is for the owner.
        let error = await #expect(throws: KMIPError.self) { try await client(engine).activate(uniqueIdentifier: "8") }
        #expect(error?.resultReason == .permissionDenied)
        #expect(try await client(engine, identity: "kms-admin").activate(uniqueIdentifier: "8") == "8")
        #expect(try await client(engine).getAttributes(uniqueIdentifier: "8", names: ["State"]).state == .active)
        let again = await #expect(throws: KMIPError.self) {
            try await client(engine, identity: "kms-admin").activate(uniqueIdentifier: "8")
        }
        #expect(again?.resultReason == .permissionDenied)
    }

    @Test func getReturnsTheKeyMaterial() async throws {
        let engine = try labEngine()
        let key = try await client(engine).get(uniqueIdentifier: "1")
        #expect(key.objectType == .symmetricKey)
        #expect(key.object.keyBlock?.keyMaterial == engine.key(withIdentifier: "1")?.material)
        #expect(key.object.keyBlock?.keyFormatType == .raw)
    }

    @Test func defaultPolicyKeysAreHiddenFromOtherClients() async throws {
        let engine = try labEngine()
        let mine = try await client(engine).createSymmetricKey()
        let other = client(engine, identity: "someone-else")
        let error = await #expect(throws: KMIPError.self) { try await other.getAttributes(uniqueIdentifier: mine) }
        #expect(error == .operationFailed(
            operation: .getAttributes, status: .operationFailed, reason: .permissionDenied, message: "Could not locate object: \(mine)"))
        #expect(try await other.locate() == ["1", "8"])
        #expect(try await client(engine).locate().contains(mine))
    }

    @Test func locateFiltersByNameAndState() async throws {
        let engine = try labEngine()
        #expect(try await client(engine).locate(attributes: [.name("primary")]) == ["1"])
        #expect(try await client(engine).locate(attributes: [.state(.preActive)]) == ["8"])
        #expect(try await client(engine).locate(attributes: [.objectType(.symmetricKey)], maximumItems: 1).count == 1)
    }

    @Test func anActiveKeyMustBeRevokedBeforeDestroy() async throws {
        let engine = try labEngine()
        let owner = client(engine)
        let identifier = try await owner.createSymmetricKey()
        try await owner.activate(uniqueIdentifier: identifier)
        let error = await #expect(throws: KMIPError.self) { try await owner.destroy(uniqueIdentifier: identifier) }
        #expect(error == .operationFailed(
            operation: .destroy, status: .operationFailed, reason: .permissionDenied, message: "Object is active and cannot be destroyed."))
        try await owner.revoke(uniqueIdentifier: identifier)
        #expect(engine.key(withIdentifier: identifier)?.state == .deactivated)
        #expect(try await owner.destroy(uniqueIdentifier: identifier) == identifier)
        let gone = await #expect(throws: KMIPError.self) { try await owner.get(uniqueIdentifier: identifier) }
        #expect(gone?.resultReason == .itemNotFound)
    }

    @Test func queryListsTheImplementedOperationsAndTheVendor() async throws {
        let answer = try await client(try labEngine()).query()
        #expect(answer.operations.contains(.getAttributes))
        #expect(answer.operations.contains(.discoverVersions))
        #expect(answer.vendorIdentification == "vtash simulated KMIP server")
    }

    @Test func createRefusesMissingAttributesAsPyKMIPDoes() async throws {
        let error = await #expect(throws: KMIPError.self) {
            try await client(try labEngine()).create(CreateRequestPayload(attributes: [.cryptographicAlgorithm(.aes)]))
        }
        #expect(error == .operationFailed(
            operation: .create, status: .operationFailed, reason: .invalidField,
            message: "The cryptographic length must be specified as an attribute."))
    }

    @Test func aGarbledResponseIsAnInvalidResponse() async throws {
        struct Garbling: KMIPTransport {
            func roundTrip(_ request: [UInt8]) async throws(TLSFailure) -> [UInt8] { [0x42, 0x00, 0x7B, 0x01, 0, 0, 0, 99] }
        }
        let error = await #expect(throws: KMIPError.self) {
            try await KMIPClient(transport: Garbling()).discoverVersions()
        }
        guard case .invalidResponse = error else {
            Issue.record("expected invalidResponse, got \(String(describing: error))")
            return
        }
    }

    @Test func transportFailuresArePassedThrough() async throws {
        struct Refusing: KMIPTransport {
            func roundTrip(_ request: [UInt8]) async throws(TLSFailure) -> [UInt8] {
                throw .noConnection(reason: "connection refused")
            }
        }
        let error = await #expect(throws: KMIPError.self) { try await KMIPClient(transport: Refusing()).discoverVersions() }
        #expect(error == .transport(.noConnection(reason: "connection refused")))
    }
}
