import Foundation
import NIOConcurrencyHelpers

/// The simulated key server used by the lab: a thread-safe key store that answers encoded KMIP requests
/// with encoded responses shaped like PyKMIP 0.11's.
public final class KeyServerEngine: Sendable {
    /// The text PyKMIP sends when the client certificate is not acceptable.
    public static let authenticationFailureMessage =
        "Error verifying the client certificate. See server logs for more information."
    public static let parseFailureMessage = "Error parsing request message. See server logs for more information."

    private let store: NIOLockedValueBox<KeyServerSnapshot>
    private let clock: @Sendable () -> Int64
    public let vendorIdentification: String

    /// - Parameter clock: seconds since the Unix epoch, for time stamps and Initial Date.
    public init(
        snapshot: KeyServerSnapshot = KeyServerSnapshot(),
        vendorIdentification: String = "vtash simulated KMIP server",
        clock: @escaping @Sendable () -> Int64 = { Int64(Date().timeIntervalSince1970) }
    ) {
        self.store = NIOLockedValueBox(snapshot)
        self.vendorIdentification = vendorIdentification
        self.clock = clock
    }

    // MARK: state

    public func snapshot() -> KeyServerSnapshot {
        store.withLockedValue { $0 }
    }

    public func restore(_ snapshot: KeyServerSnapshot) {
        store.withLockedValue { $0 = snapshot }
    }

    public var keys: [ManagedKey] {
        store.withLockedValue { $0.keys }
    }

    public func key(withIdentifier identifier: String) -> ManagedKey? {
        store.withLockedValue { state in state.index(of: identifier).map { state.keys[$0] } }
    }

    // MARK: administration (the key-server administrator's side, not KMIP)

    /// Creates a key directly, optionally with a chosen identifier (the lab's default server holds "1" and "8").
    /// A numeric chosen id moves the counter past it, so generated ids never collide or get reused.
    @discardableResult
    public func createKey(
        uniqueIdentifier: String? = nil, owner: String, algorithm: CryptographicAlgorithm = .aes, length: Int32 = 256,
        usageMask: CryptographicUsageMask = [.encrypt, .decrypt], state: KeyState = .active, names: [String] = [],
        operationPolicyName: String = "shared"
    ) throws(KeyServerError) -> ManagedKey {
        guard let lengths = RequestExecution.symmetricLengths[algorithm], lengths.contains(length) else {
            throw .unsupportedKey("\(algorithm) with \(length) bits")
        }
        let now = clock()
        let result: Result<ManagedKey, KeyServerError> = store.withLockedValue { snapshot in
            let identifier: String
            if let chosen = uniqueIdentifier {
                guard !chosen.isEmpty else { return .failure(.emptyIdentifier) }
                guard snapshot.index(of: chosen) == nil else { return .failure(.duplicateIdentifier(chosen)) }
                if let number = Int(chosen), number > snapshot.lastIdentifier { snapshot.lastIdentifier = number }
                identifier = chosen
            } else {
                identifier = snapshot.nextIdentifier()
            }
            let key = ManagedKey(
                uniqueIdentifier: identifier, state: state, owner: owner, cryptographicAlgorithm: algorithm,
                cryptographicLength: length, usageMask: usageMask, operationPolicyName: operationPolicyName,
                names: names, material: RequestExecution.randomMaterial(bits: length), initialDate: now
            )
            snapshot.keys.append(key)
            return .success(key)
        }
        return try result.get()
    }

    /// Sets a key's lifecycle state directly.
    public func setState(_ state: KeyState, ofKey identifier: String) throws(KeyServerError) {
        let found = store.withLockedValue { snapshot -> Bool in
            guard let index = snapshot.index(of: identifier) else { return false }
            snapshot.keys[index].state = state
            return true
        }
        guard found else { throw .keyNotFound(identifier) }
    }

    /// Removes a key; its identifier is not handed out again.
    @discardableResult
    public func removeKey(withIdentifier identifier: String) throws(KeyServerError) -> ManagedKey {
        let removed = store.withLockedValue { snapshot in
            snapshot.index(of: identifier).map { snapshot.keys.remove(at: $0) }
        }
        guard let removed else { throw .keyNotFound(identifier) }
        return removed
    }

    // MARK: KMIP

    /// Answers one encoded request message. `clientIdentity` is the authenticated client (its certificate CN);
    /// nil means the client is not authenticated, and every request gets Authentication Not Successful.
    /// Never throws: every failure becomes a KMIP error response, as a real server sends.
    public func respond(to request: [UInt8], clientIdentity: String?) -> [UInt8] {
        let now = clock()
        let response = response(to: request, clientIdentity: clientIdentity, now: now)
        if let bytes = try? response.encoded() { return bytes }
        // Only a response too large for 32-bit lengths can fail to encode.
        let fallback = Self.errorResponse(version: .v1_0, now: now, reason: .responseTooLarge, message: "Response message length too large.")
        return (try? fallback.encoded()) ?? []
    }

    func response(to bytes: [UInt8], clientIdentity: String?, now: Int64) -> ResponseMessage {
        // PyKMIP checks the client certificate before it parses the request.
        guard let identity = clientIdentity else {
            return Self.errorResponse(
                version: .v1_0, now: now, reason: .authenticationNotSuccessful, message: Self.authenticationFailureMessage
            )
        }
        guard let request = try? RequestMessage(bytes: bytes),
            request.batchItems.allSatisfy({ KMIPOperation.specNames[$0.operation.rawValue] != nil }),
            (try? request.batchItems.forEach { item throws(KMIPMessageError) in
                try RequestExecution.validate(item.operation, item.payload)
            }) != nil
        else {
            return Self.errorResponse(version: .v1_0, now: now, reason: .invalidMessage, message: Self.parseFailureMessage)
        }
        let version = request.header.protocolVersion
        if let refusal = Self.headerRefusal(request, now: now) {
            return Self.errorResponse(version: version, now: now, reason: .invalidMessage, message: refusal)
        }
        return store.withLockedValue { snapshot in
            var execution = RequestExecution(
                store: snapshot, identity: identity, version: version, now: now,
                vendorIdentification: vendorIdentification, placeholder: nil
            )
            var items: [ResponseBatchItem] = []
            for item in request.batchItems {
                do throws(OperationFailure) {
                    let payload = try execution.run(item.operation, item.payload)
                    items.append(ResponseBatchItem(
                        operation: item.operation, uniqueBatchItemID: item.uniqueBatchItemID, resultStatus: .success,
                        payload: payload
                    ))
                } catch {
                    items.append(.failure(
                        operation: item.operation, uniqueBatchItemID: item.uniqueBatchItemID, reason: error.reason,
                        message: error.message
                    ))
                    // PyKMIP's default Batch Error Continuation Option is Stop.
                    break
                }
            }
            snapshot = execution.store
            return ResponseMessage(header: ResponseHeader(protocolVersion: version, timeStamp: now), batchItems: items)
        }
    }

    /// The message-level checks PyKMIP makes before running any batch item, with its texts.
    private static func headerRefusal(_ request: RequestMessage, now: Int64) -> String? {
        let header = request.header
        guard RequestExecution.supportedVersions.contains(header.protocolVersion) else {
            return "KMIP \(header.protocolVersion) is not supported by the server."
        }
        if let then = header.timeStamp, !(now >= then && now &- then < 60) {
            return now < then ? "Future request rejected by server." : "Stale request rejected by server."
        }
        if header.asynchronousIndicator == true {
            return "Asynchronous operations are not supported."
        }
        if request.batchItems.count > 1, request.batchItems.contains(where: { $0.uniqueBatchItemID == nil }) {
            return "Batch item ID is undefined."
        }
        return nil
    }

    static func errorResponse(version: ProtocolVersion, now: Int64, reason: ResultReason, message: String) -> ResponseMessage {
        ResponseMessage(
            header: ResponseHeader(protocolVersion: version, timeStamp: now),
            batchItems: [.failure(operation: nil, reason: reason, message: message)]
        )
    }
}
