/// A KMIP 1.x client: one request message per call, one batch item per message, over any transport.
public struct KMIPClient: Sendable {
    public var transport: any KMIPTransport
    /// The version written in request headers; vSphere speaks 1.1.
    public var protocolVersion: ProtocolVersion

    public init(transport: any KMIPTransport, protocolVersion: ProtocolVersion = .v1_1) {
        self.transport = transport
        self.protocolVersion = protocolVersion
    }

    /// Sends a whole message and decodes the response message, without judging result statuses.
    public func send(_ request: RequestMessage) async throws(KMIPError) -> ResponseMessage {
        let bytes = try Self.encode(request)
        let reply: [UInt8]
        do {
            reply = try await transport.roundTrip(bytes)
        } catch {
            throw .transport(error)
        }
        return try Self.decode(reply)
    }

    /// Runs one operation and returns its typed result, or throws the server's failure.
    public func perform<Payload: KMIPRequestPayload>(_ payload: Payload) async throws(KMIPError) -> Payload.Response {
        let response = try await send(Self.message(for: payload, version: protocolVersion))
        return try Self.result(of: response, for: Payload.self)
    }

    /// The protocol versions the server supports among `versions` (all of them when empty).
    public func discoverVersions(_ versions: [ProtocolVersion] = []) async throws(KMIPError) -> [ProtocolVersion] {
        try await perform(DiscoverVersionsRequestPayload(versions: versions)).versions
    }

    public func query(
        _ functions: [QueryFunction] = [.queryOperations, .queryObjects, .queryServerInformation]
    ) async throws(KMIPError) -> QueryResponsePayload {
        try await perform(QueryRequestPayload(functions: functions))
    }

    public func create(_ payload: CreateRequestPayload) async throws(KMIPError) -> CreateResponsePayload {
        try await perform(payload)
    }

    /// Creates a symmetric key (AES-256, Encrypt|Decrypt by default) and returns its unique identifier.
    public func createSymmetricKey(
        algorithm: CryptographicAlgorithm = .aes, length: Int32 = 256,
        usageMask: CryptographicUsageMask = [.encrypt, .decrypt], attributes: [Attribute] = []
    ) async throws(KMIPError) -> String {
        let payload = CreateRequestPayload.symmetricKey(
            algorithm: algorithm, length: length, usageMask: usageMask, extraAttributes: attributes
        )
        return try await perform(payload).uniqueIdentifier
    }

    public func getAttributes(
        uniqueIdentifier: String, names: [String] = []
    ) async throws(KMIPError) -> GetAttributesResponsePayload {
        try await perform(GetAttributesRequestPayload(uniqueIdentifier: uniqueIdentifier, attributeNames: names))
    }

    public func get(uniqueIdentifier: String) async throws(KMIPError) -> GetResponsePayload {
        try await perform(GetRequestPayload(uniqueIdentifier: uniqueIdentifier))
    }

    public func locate(attributes: [Attribute] = [], maximumItems: Int32? = nil) async throws(KMIPError) -> [String] {
        try await perform(LocateRequestPayload(maximumItems: maximumItems, attributes: attributes)).uniqueIdentifiers
    }

    @discardableResult
    public func activate(uniqueIdentifier: String) async throws(KMIPError) -> String {
        try await perform(ActivateRequestPayload(uniqueIdentifier: uniqueIdentifier)).uniqueIdentifier
    }

    @discardableResult
    public func revoke(
        uniqueIdentifier: String, reason: RevocationReasonCode = .cessationOfOperation, message: String? = nil
    ) async throws(KMIPError) -> String {
        try await perform(
            RevokeRequestPayload(uniqueIdentifier: uniqueIdentifier, reasonCode: reason, reasonMessage: message)
        ).uniqueIdentifier
    }

    @discardableResult
    public func destroy(uniqueIdentifier: String) async throws(KMIPError) -> String {
        try await perform(DestroyRequestPayload(uniqueIdentifier: uniqueIdentifier)).uniqueIdentifier
    }
}

/// The message handling both clients share: encoding requests, decoding and judging responses.
extension KMIPClient {
    static func message<Payload: KMIPRequestPayload>(for payload: Payload, version: ProtocolVersion) -> RequestMessage {
        RequestMessage(
            header: RequestHeader(protocolVersion: version),
            batchItems: [RequestBatchItem(operation: Payload.operation, payload: payload.ttlv)]
        )
    }

    static func encode(_ request: RequestMessage) throws(KMIPError) -> [UInt8] {
        do {
            return try request.encoded()
        } catch {
            throw .invalidRequest(error.description)
        }
    }

    static func decode(_ reply: [UInt8]) throws(KMIPError) -> ResponseMessage {
        do {
            return try ResponseMessage(bytes: reply)
        } catch {
            throw .invalidResponse(error.description)
        }
    }

    /// The typed result of the response's first batch item, or the server's failure.
    static func result<Payload: KMIPRequestPayload>(
        of response: ResponseMessage, for type: Payload.Type
    ) throws(KMIPError) -> Payload.Response {
        try result(of: response.batchItems.first, for: type)
    }

    /// One message carrying two operations as batch items, which the server runs in order: one round trip
    /// where two messages would take two.
    static func message<First: KMIPRequestPayload, Second: KMIPRequestPayload>(
        for first: First, _ second: Second, version: ProtocolVersion
    ) -> RequestMessage {
        RequestMessage(
            header: RequestHeader(protocolVersion: version),
            // KMIP requires an id on every item of a batch of more than one; the response repeats it.
            batchItems: [RequestBatchItem(operation: First.operation, uniqueBatchItemID: [1], payload: first.ttlv),
                         RequestBatchItem(operation: Second.operation, uniqueBatchItemID: [2], payload: second.ttlv)]
        )
    }

    /// Each batch item's typed result. A server that refuses the message as a whole answers with a single
    /// failed item (PyKMIP does, e.g. for an unauthenticated client); both operations then share its failure.
    static func results<First: KMIPRequestPayload, Second: KMIPRequestPayload>(
        of response: ResponseMessage, for first: First.Type, _ second: Second.Type
    ) -> (Result<First.Response, KMIPError>, Result<Second.Response, KMIPError>) {
        let items = response.batchItems
        // Items are matched by the ids the request gave them; a server that leaves them out answers in order.
        func item(_ id: UInt8, at index: Int) -> ResponseBatchItem? {
            items.first { $0.uniqueBatchItemID == [id] } ?? (items.indices.contains(index) && items[index].uniqueBatchItemID == nil ? items[index] : nil)
        }
        // Only an item without an id, or with the first one's, speaks for the whole message.
        if items.count == 1, items[0].resultStatus != .success, items[0].uniqueBatchItemID == nil || items[0].uniqueBatchItemID == [1] {
            let failure = Result { () throws(KMIPError) in try result(of: items[0], for: first) }
            if case .failure(let error) = failure { return (.failure(error), .failure(error)) }
        }
        return (Result { () throws(KMIPError) in try result(of: item(1, at: 0), for: first) },
                Result { () throws(KMIPError) in try result(of: item(2, at: 1), for: second) })
    }

    private static func result<Payload: KMIPRequestPayload>(
        of batchItem: ResponseBatchItem?, for _: Payload.Type
    ) throws(KMIPError) -> Payload.Response {
        guard let item = batchItem else {
            throw .invalidResponse("the response has no batch item for \(Payload.operation)")
        }
        guard item.resultStatus == .success else {
            throw .operationFailed(
                operation: item.operation, status: item.resultStatus, reason: item.resultReason, message: item.resultMessage
            )
        }
        if let operation = item.operation, operation != Payload.operation {
            throw .invalidResponse("asked for \(Payload.operation), the response is for \(operation)")
        }
        guard let payloadItem = item.payload else {
            throw .invalidResponse("the \(Payload.operation) response has no payload")
        }
        do {
            return try Payload.Response(ttlv: payloadItem)
        } catch {
            throw .invalidResponse(error.description)
        }
    }
}
