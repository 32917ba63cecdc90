/// `KMIPClient`'s operations for synchronous callers: each call waits on the calling thread for the answer
/// (see `KMIPBlockingTransport`), so the cmdlets never wait on work that needs Swift concurrency's pool.
public struct BlockingKMIPClient: Sendable {
    public var transport: any KMIPBlockingTransport
    /// The version written in request headers; vSphere speaks 1.1.
    public var protocolVersion: ProtocolVersion

    public init(transport: any KMIPBlockingTransport, protocolVersion: ProtocolVersion = .v1_1) {
        self.transport = transport
        self.protocolVersion = protocolVersion
    }

    /// Sends a whole message and decodes the response message, without judging result statuses.
    public func send(_ request: RequestMessage) throws(KMIPError) -> ResponseMessage {
        let bytes = try KMIPClient.encode(request)
        let reply: [UInt8]
        do {
            reply = try transport.exchange(bytes)
        } catch {
            throw .transport(error)
        }
        return try KMIPClient.decode(reply)
    }

    /// Runs one operation and returns its typed result, or throws the server's failure.
    public func perform<Payload: KMIPRequestPayload>(_ payload: Payload) throws(KMIPError) -> Payload.Response {
        let response = try send(KMIPClient.message(for: payload, version: protocolVersion))
        return try KMIPClient.result(of: response, for: Payload.self)
    }

    /// Runs two operations in one message (see `KMIPClient.message(for:_:version:)`); each result on its own.
    /// A server that refuses the message as a whole for another reason than the client's authentication may
    /// not take batches: then each operation goes in a message of its own. Throws only when an exchange fails.
    public func perform<First: KMIPRequestPayload, Second: KMIPRequestPayload>(
        _ first: First, _ second: Second
    ) throws(KMIPError) -> (first: Result<First.Response, KMIPError>, second: Result<Second.Response, KMIPError>) {
        let response = try send(KMIPClient.message(for: first, second, version: protocolVersion))
        let results = KMIPClient.results(of: response, for: First.self, Second.self)
        guard response.batchItems.count == 1, case .failure(let refusal) = results.0, case .operationFailed = refusal,
              refusal.resultReason != .authenticationNotSuccessful else { return results }
        let alone = Result { () throws(KMIPError) in try perform(first) }
        if case .failure(.transport(let failure)) = alone { throw .transport(failure) }
        return (alone, Result { () throws(KMIPError) in try perform(second) })
    }

    /// The protocol versions the server supports among `versions` (all of them when empty).
    public func discoverVersions(_ versions: [ProtocolVersion] = []) throws(KMIPError) -> [ProtocolVersion] {
        try perform(DiscoverVersionsRequestPayload(versions: versions)).versions
    }

    public func query(
        _ functions: [QueryFunction] = [.queryOperations, .queryObjects, .queryServerInformation]
    ) throws(KMIPError) -> QueryResponsePayload {
        try perform(QueryRequestPayload(functions: functions))
    }

    /// Creates a symmetric key (AES-256, Encrypt|Decrypt by default) and returns its unique identifier.
    public func createSymmetricKey(
        algorithm: CryptographicAlgorithm = .aes, length: Int32 = 256,
        usageMask: CryptographicUsageMask = [.encrypt, .decrypt], attributes: [Attribute] = []
    ) throws(KMIPError) -> String {
        let payload = CreateRequestPayload.symmetricKey(
            algorithm: algorithm, length: length, usageMask: usageMask, extraAttributes: attributes
        )
        return try perform(payload).uniqueIdentifier
    }

    public func getAttributes(uniqueIdentifier: String, names: [String] = []) throws(KMIPError) -> GetAttributesResponsePayload {
        try perform(GetAttributesRequestPayload(uniqueIdentifier: uniqueIdentifier, attributeNames: names))
    }

    public func get(uniqueIdentifier: String) throws(KMIPError) -> GetResponsePayload {
        try perform(GetRequestPayload(uniqueIdentifier: uniqueIdentifier))
    }

    public func locate(attributes: [Attribute] = [], maximumItems: Int32? = nil) throws(KMIPError) -> [String] {
        try perform(LocateRequestPayload(maximumItems: maximumItems, attributes: attributes)).uniqueIdentifiers
    }

    @discardableResult
    public func activate(uniqueIdentifier: String) throws(KMIPError) -> String {
        try perform(ActivateRequestPayload(uniqueIdentifier: uniqueIdentifier)).uniqueIdentifier
    }

    @discardableResult
    public func destroy(uniqueIdentifier: String) throws(KMIPError) -> String {
        try perform(DestroyRequestPayload(uniqueIdentifier: uniqueIdentifier)).uniqueIdentifier
    }
}
