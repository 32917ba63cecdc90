import Testing
@testable import KMIP

/// Every vector rebuilt from typed values must encode to the captured bytes (response time stamps masked).
@Suite struct KMIPMessageTests {
    static let materialOfKey1 = TTLVVector.bytes(fromHex: "127d11203f731c17435853882e595ff1cbeceac0060481cf160acb39401d3ae8")
    static let capturedTime: Int64 = 0x6B0B_949B

    static func request<Payload: KMIPRequestPayload>(_ payload: Payload) -> TTLVItem {
        RequestMessage(batchItems: [RequestBatchItem(operation: Payload.operation, payload: payload.ttlv)]).ttlv
    }

    static func success(_ operation: KMIPOperation, _ payload: some KMIPResponsePayload) -> TTLVItem {
        ResponseMessage(
            header: ResponseHeader(protocolVersion: .v1_1, timeStamp: 0),
            batchItems: [ResponseBatchItem(operation: operation, resultStatus: .success, payload: payload.ttlv)]
        ).ttlv
    }

    static func failure(_ operation: KMIPOperation?, _ reason: ResultReason, _ message: String, version: ProtocolVersion = .v1_1) -> TTLVItem {
        ResponseMessage(
            header: ResponseHeader(protocolVersion: version, timeStamp: 0),
            batchItems: [.failure(operation: operation, reason: reason, message: message)]
        ).ttlv
    }

    static let aes256 = CreateRequestPayload.symmetricKey(algorithm: .aes, length: 256, usageMask: [.encrypt, .decrypt])

    /// The typed form of every vector, by vector name.
    static let typed: [String: TTLVItem] = [
        "discover_versions_all_request": request(DiscoverVersionsRequestPayload()),
        "discover_versions_all_response": success(.discoverVersions, DiscoverVersionsResponsePayload(
            versions: [.v2_0, .v1_4, .v1_3, .v1_2, .v1_1, .v1_0])),
        "discover_versions_list_request": request(DiscoverVersionsRequestPayload(versions: [.v1_4, .v1_1])),
        "discover_versions_list_response": success(.discoverVersions, DiscoverVersionsResponsePayload(versions: [.v1_4, .v1_1])),
        "create_aes256_request": request(aes256),
        "create_aes256_response": success(.create, CreateResponsePayload(objectType: .symmetricKey, uniqueIdentifier: "1")),
        "get_attributes_existing_request": request(GetAttributesRequestPayload(uniqueIdentifier: "1")),
        "get_attributes_existing_response": success(.getAttributes, GetAttributesResponsePayload(uniqueIdentifier: "1", attributes: [
            .uniqueIdentifier("1"), .objectType(.symmetricKey), .cryptographicAlgorithm(.aes), .cryptographicLength(256),
            .operationPolicyName("default"), .cryptographicUsageMask([.encrypt, .decrypt]), .state(.preActive),
            .initialDate(capturedTime),
        ])),
        "get_attributes_state_request": request(GetAttributesRequestPayload(
            uniqueIdentifier: "1", attributeNames: [AttributeName.state, AttributeName.cryptographicAlgorithm])),
        "get_attributes_state_response": success(.getAttributes, GetAttributesResponsePayload(
            uniqueIdentifier: "1", attributes: [.state(.preActive), .cryptographicAlgorithm(.aes)])),
        "get_attributes_missing_request": request(GetAttributesRequestPayload(uniqueIdentifier: "999999")),
        "get_attributes_missing_response": failure(.getAttributes, .itemNotFound, "Could not locate object: 999999"),
        "get_existing_request": request(GetRequestPayload(uniqueIdentifier: "1")),
        "get_existing_response": success(.get, GetResponsePayload(
            objectType: .symmetricKey, uniqueIdentifier: "1",
            object: .symmetricKey(KeyBlock(keyFormatType: .raw, keyMaterial: materialOfKey1, cryptographicAlgorithm: .aes, cryptographicLength: 256)))),
        "get_missing_request": request(GetRequestPayload(uniqueIdentifier: "999999")),
        "get_missing_response": failure(.get, .itemNotFound, "Could not locate object: 999999"),
        "locate_symmetric_keys_request": request(LocateRequestPayload(attributes: [.objectType(.symmetricKey)])),
        "locate_symmetric_keys_response": success(.locate, LocateResponsePayload(uniqueIdentifiers: ["1"])),
        "activate_request": request(ActivateRequestPayload(uniqueIdentifier: "1")),
        "activate_response": success(.activate, IdentifierResponsePayload(uniqueIdentifier: "1")),
        "discover_versions_cert_without_clientauth_eku_request": request(DiscoverVersionsRequestPayload()),
        "discover_versions_cert_without_clientauth_eku_response": failure(
            nil, .authenticationNotSuccessful, KeyServerEngine.authenticationFailureMessage, version: .v1_0),
        "spec_3_1_1_create_request_payload": CreateRequestPayload.symmetricKey(
            algorithm: .aes, length: 128, usageMask: [.encrypt, .decrypt]).ttlv,
        "spec_3_1_2_get_attributes_request_payload": GetAttributesRequestPayload(
            uniqueIdentifier: "1703250b-4d40-4de2-93a0-c494a1d4ae40",
            attributeNames: ["Object Group", "Application Specific Information", "Contact Information", "x-Purpose"]).ttlv,
        "spec_3_1_2_get_attributes_response_payload": GetAttributesResponsePayload(
            uniqueIdentifier: "1703250b-4d40-4de2-93a0-c494a1d4ae40", attributes: [
                Attribute(name: "Object Group", value: .textString("Group1")),
                Attribute(name: "Application Specific Information", value: .structure([
                    TTLVItem(.applicationNamespace, .textString("ssl")),
                    TTLVItem(.applicationData, .textString("www.example.com")),
                ])),
                Attribute(name: "Contact Information", value: .textString("Joe")),
                Attribute(name: "x-Purpose", value: .textString("demonstration")),
            ]).ttlv,
        "spec_3_1_3_get_response_payload": GetResponsePayload(
            objectType: .symmetricKey, uniqueIdentifier: "49a1ca88-6bea-4fb2-b450-7e58802c3038",
            object: .symmetricKey(KeyBlock(
                keyFormatType: .raw,
                keyMaterial: TTLVVector.bytes(fromHex: "7367578051012a6d134a855e25c8cd5e4ca131455729d3c8"),
                cryptographicAlgorithm: .tripleDES, cryptographicLength: 168))).ttlv,
        "spec_4_2_activate_request_payload": ActivateRequestPayload(uniqueIdentifier: "668eff89-3010-4258-bc0e-8c402309c746").ttlv,
    ]

    @Test func everyVectorHasATypedForm() {
        #expect(Set(Self.typed.keys) == Set(TTLVVector.all.map(\.name)))
    }

    @Test(arguments: TTLVVector.all)
    func typedValuesEncodeToTheCapturedBytes(vector: TTLVVector) throws {
        let item = try #require(Self.typed[vector.name])
        let encoded = TTLVVector.hex(try TTLVEncoder().encode(item))
        #expect(TTLVVector.maskingTimeStamps(encoded) == TTLVVector.maskingTimeStamps(vector.hex))
    }

    @Test(arguments: TTLVVector.all.filter { !$0.isPayloadOnly })
    func messagesDecodeToTypedValuesAndBack(vector: TTLVVector) throws {
        let bytes = vector.bytes
        if vector.direction == "client->server" {
            let message = try RequestMessage(bytes: bytes)
            #expect(TTLVVector.hex(try message.encoded()) == vector.hex)
        } else {
            let message = try ResponseMessage(bytes: bytes)
            #expect(message.header.timeStamp == Self.capturedTime)
            #expect(TTLVVector.hex(try message.encoded()) == vector.hex)
        }
    }

    @Test func typedPayloadsDecodeFromTheCapturedResponses() throws {
        let versions = try DiscoverVersionsResponsePayload(ttlv: try #require(
            try ResponseMessage(bytes: TTLVVector.named("discover_versions_all_response").bytes).batchItems.first?.payload))
        #expect(versions.versions.map(\.description) == ["2.0", "1.4", "1.3", "1.2", "1.1", "1.0"])

        let attributes = try GetAttributesResponsePayload(ttlv: try #require(
            try ResponseMessage(bytes: TTLVVector.named("get_attributes_existing_response").bytes).batchItems.first?.payload))
        #expect(attributes.state == .preActive)
        #expect(attributes.attribute(named: AttributeName.operationPolicyName)?.value == .textString("default"))
        #expect(attributes.attribute(named: AttributeName.initialDate)?.value == .dateTime(Self.capturedTime))

        let key = try GetResponsePayload(ttlv: try #require(
            try ResponseMessage(bytes: TTLVVector.named("get_existing_response").bytes).batchItems.first?.payload))
        #expect(key.object.keyBlock?.keyMaterial == Self.materialOfKey1)
        #expect(key.object.keyBlock?.cryptographicAlgorithm == .aes)

        let spec = try GetResponsePayload(ttlv: try TTLVDecoder().decode(TTLVVector.named("spec_3_1_3_get_response_payload").bytes))
        #expect(spec.object.keyBlock?.cryptographicLength == 168)
        #expect(spec.object.keyBlock?.cryptographicAlgorithm == .tripleDES)
    }

    @Test func theAuthenticationErrorResponseHasNoOperationAndVersionOnePointZero() throws {
        let message = try ResponseMessage(bytes: TTLVVector.named("discover_versions_cert_without_clientauth_eku_response").bytes)
        #expect(message.header.protocolVersion == .v1_0)
        let item = try #require(message.batchItems.first)
        #expect(item.operation == nil)
        #expect(item.resultStatus == .operationFailed)
        #expect(item.resultReason == .authenticationNotSuccessful)
        #expect(item.payload == nil)
    }

    @Test func resultReasonCodesFollowTheSpecification() {
        #expect(ResultReason.itemNotFound.rawValue == 0x01)
        #expect(ResultReason.responseTooLarge.rawValue == 0x02)
        #expect(ResultReason.authenticationNotSuccessful.rawValue == 0x03)
        #expect(ResultReason.invalidMessage.rawValue == 0x04)
        #expect(ResultReason.permissionDenied.rawValue == 0x0C)
        #expect(ResultReason.generalFailure.rawValue == 0x100)
        #expect(ResultReason(rawValue: 0x0C).description == "Permission Denied")
        #expect(ResultStatus.operationUndone.rawValue == 3)
    }

    @Test func aBatchCountThatDisagreesWithTheItemsIsRejected() throws {
        var bytes = TTLVVector.named("activate_request").bytes
        // Batch Count value is the 4 bytes after its header at offset 56.
        bytes[67] = 2
        #expect(throws: KMIPMessageError.invalidValue(.batchCount, reason: "declares 2 batch items, message holds 1")) {
            try RequestMessage(bytes: bytes)
        }
    }
}
