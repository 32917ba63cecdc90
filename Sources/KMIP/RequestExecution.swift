/// Runs the batch items of one authenticated request against the key store, the way PyKMIP 0.11 does:
/// same result reasons, same messages, same payload shapes.
struct RequestExecution {
    var store: KeyServerSnapshot
    let identity: String
    let version: ProtocolVersion
    let now: Int64
    let vendorIdentification: String
    /// The id of the object the previous batch item created (KMIP's ID placeholder).
    var placeholder: String?

    static let supportedVersions: [ProtocolVersion] = [.v2_0, .v1_4, .v1_3, .v1_2, .v1_1, .v1_0]
    static let symmetricLengths: [CryptographicAlgorithm: Set<Int32>] = [
        .aes: [128, 192, 256], .tripleDES: [64, 128, 192], .blowfish: [128], .camellia: [128, 192, 256],
    ]

    mutating func run(_ operation: KMIPOperation, _ payload: TTLVItem) throws(OperationFailure) -> TTLVItem {
        do {
            switch operation {
            case .discoverVersions: return try discoverVersions(try DiscoverVersionsRequestPayload(ttlv: payload)).ttlv
            case .query: return query(try QueryRequestPayload(ttlv: payload)).ttlv
            case .create: return try create(try CreateRequestPayload(ttlv: payload)).ttlv
            case .getAttributes: return try getAttributes(try GetAttributesRequestPayload(ttlv: payload)).ttlv
            case .get: return try get(try GetRequestPayload(ttlv: payload)).ttlv
            case .locate: return locate(try LocateRequestPayload(ttlv: payload)).ttlv
            case .activate: return try activate(try ActivateRequestPayload(ttlv: payload)).ttlv
            case .revoke: return try revoke(try RevokeRequestPayload(ttlv: payload)).ttlv
            case .destroy: return try destroy(try DestroyRequestPayload(ttlv: payload)).ttlv
            default:
                throw OperationFailure(
                    .operationNotSupported,
                    "\(Self.pythonTitle(operation.description)) operation is not supported by the server."
                )
            }
        } catch let failure as OperationFailure {
            throw failure
        } catch let error as KMIPMessageError {
            throw OperationFailure(.invalidMessage, "Error parsing request payload: \(error)")
        } catch {
            throw OperationFailure(.generalFailure, "Operation failed. See the server logs for more information.")
        }
    }

    /// Whether the operation is one this server decodes; others are refused per item.
    static func implements(_ operation: KMIPOperation) -> Bool {
        [.discoverVersions, .query, .create, .getAttributes, .get, .locate, .activate, .revoke, .destroy]
            .contains(operation)
    }

    /// Checks that the payload decodes, so a malformed payload fails the whole message as in PyKMIP.
    static func validate(_ operation: KMIPOperation, _ payload: TTLVItem) throws(KMIPMessageError) {
        switch operation {
        case .discoverVersions: _ = try DiscoverVersionsRequestPayload(ttlv: payload)
        case .query: _ = try QueryRequestPayload(ttlv: payload)
        case .create: _ = try CreateRequestPayload(ttlv: payload)
        case .getAttributes: _ = try GetAttributesRequestPayload(ttlv: payload)
        case .get: _ = try GetRequestPayload(ttlv: payload)
        case .locate: _ = try LocateRequestPayload(ttlv: payload)
        case .activate: _ = try ActivateRequestPayload(ttlv: payload)
        case .revoke: _ = try RevokeRequestPayload(ttlv: payload)
        case .destroy: _ = try DestroyRequestPayload(ttlv: payload)
        default: break
        }
    }

    // MARK: operations

    private func discoverVersions(
        _ request: DiscoverVersionsRequestPayload
    ) throws(OperationFailure) -> DiscoverVersionsResponsePayload {
        guard version >= .v1_1 else {
            throw OperationFailure(.operationNotSupported, "DiscoverVersions is not supported by KMIP \(version)")
        }
        if request.versions.isEmpty { return DiscoverVersionsResponsePayload(versions: Self.supportedVersions) }
        return DiscoverVersionsResponsePayload(versions: request.versions.filter(Self.supportedVersions.contains))
    }

    private func query(_ request: QueryRequestPayload) -> QueryResponsePayload {
        var response = QueryResponsePayload()
        if request.functions.contains(.queryOperations) {
            response.operations = [.create, .locate, .get, .getAttributes, .activate, .revoke, .destroy, .query]
            if version >= .v1_1 { response.operations.append(.discoverVersions) }
        }
        if request.functions.contains(.queryServerInformation) {
            response.vendorIdentification = vendorIdentification
        }
        return response
    }

    private mutating func create(_ request: CreateRequestPayload) throws(OperationFailure) -> CreateResponsePayload {
        guard request.objectType == .symmetricKey else {
            let name = String(request.objectType.description.filter { $0 != " " })
            throw .invalidField("Cannot create a \(name) object with the Create operation.")
        }
        var algorithm: CryptographicAlgorithm?
        var length: Int32?
        var mask: CryptographicUsageMask?
        var policy: String?
        var names: [String] = []
        for attribute in request.attributes {
            switch (attribute.name, attribute.value) {
            case (AttributeName.cryptographicAlgorithm, .enumeration(let raw)):
                algorithm = try Self.single(algorithm, CryptographicAlgorithm(rawValue: raw), attribute.name)
            case (AttributeName.cryptographicLength, .integer(let bits)):
                length = try Self.single(length, bits, attribute.name)
            case (AttributeName.cryptographicUsageMask, .integer(let bits)):
                mask = try Self.single(mask, CryptographicUsageMask(rawValue: bits), attribute.name)
            case (AttributeName.operationPolicyName, .textString(let text)):
                policy = try Self.single(policy, text, attribute.name)
            case (AttributeName.name, _):
                guard let text = attribute.nameValue else { throw .invalidField("The Name attribute value is invalid.") }
                guard !names.contains(text) else { throw .invalidField("Cannot set duplicate name values.") }
                names.append(text)
            case (AttributeName.cryptographicAlgorithm, _), (AttributeName.cryptographicLength, _),
                (AttributeName.cryptographicUsageMask, _), (AttributeName.operationPolicyName, _):
                throw .invalidField("The \(attribute.name) attribute has the wrong type.")
            default:
                throw .invalidField("The \(attribute.name) attribute is unsupported.")
            }
        }
        guard let algorithm else { throw .invalidField("The cryptographic algorithm must be specified as an attribute.") }
        guard let length else { throw .invalidField("The cryptographic length must be specified as an attribute.") }
        guard let mask else { throw .invalidField("The cryptographic usage mask must be specified as an attribute.") }
        guard let lengths = Self.symmetricLengths[algorithm] else {
            throw .invalidField("The cryptographic algorithm (\(algorithm)) is not a supported symmetric key algorithm.")
        }
        guard lengths.contains(length) else {
            throw .invalidField("The cryptographic length (\(length)) is not valid for the cryptographic algorithm (\(algorithm)).")
        }
        let identifier = store.nextIdentifier()
        store.keys.append(ManagedKey(
            uniqueIdentifier: identifier, state: .preActive, owner: identity, cryptographicAlgorithm: algorithm,
            cryptographicLength: length, usageMask: mask, operationPolicyName: policy ?? "default", names: names,
            material: Self.randomMaterial(bits: length), initialDate: now
        ))
        placeholder = identifier
        return CreateResponsePayload(objectType: .symmetricKey, uniqueIdentifier: identifier)
    }

    private func getAttributes(
        _ request: GetAttributesRequestPayload
    ) throws(OperationFailure) -> GetAttributesResponsePayload {
        let identifier = request.uniqueIdentifier ?? placeholder
        let key = store.keys[try accessibleIndex(identifier, for: .getAttributes)]
        let attributes = request.attributeNames.isEmpty
            ? key.allAttributes
            : request.attributeNames.flatMap { key.attributes(named: $0) }
        return GetAttributesResponsePayload(uniqueIdentifier: identifier ?? "", attributes: attributes)
    }

    private func get(_ request: GetRequestPayload) throws(OperationFailure) -> GetResponsePayload {
        let identifier = request.uniqueIdentifier ?? placeholder
        let key = store.keys[try accessibleIndex(identifier, for: .get)]
        if let format = request.keyFormatType, format != .raw {
            throw OperationFailure(
                .keyFormatTypeNotSupported,
                "Key format conversion from RAW to \(Self.pythonConstant(format.description)) is unsupported."
            )
        }
        let block = KeyBlock(
            keyFormatType: .raw, keyMaterial: key.material,
            cryptographicAlgorithm: key.cryptographicAlgorithm, cryptographicLength: key.cryptographicLength
        )
        return GetResponsePayload(objectType: .symmetricKey, uniqueIdentifier: identifier ?? "", object: .symmetricKey(block))
    }

    private func locate(_ request: LocateRequestPayload) -> LocateResponsePayload {
        let visible = store.keys.filter { allows(.locate, on: $0) }
        let matching = visible.filter { key in request.attributes.allSatisfy { Self.matches(key, $0) } }
        // PyKMIP sorts newest first; Swift's sort is not stable, so break ties by creation order.
        let ordered = matching.enumerated().sorted { lhs, rhs in
            lhs.element.initialDate != rhs.element.initialDate
                ? lhs.element.initialDate > rhs.element.initialDate
                : lhs.offset < rhs.offset
        }.map(\.element)
        let limited = request.maximumItems.map { Array(ordered.prefix(max(0, Int($0)))) } ?? ordered
        return LocateResponsePayload(uniqueIdentifiers: limited.map(\.uniqueIdentifier))
    }

    private mutating func activate(_ request: ActivateRequestPayload) throws(OperationFailure) -> IdentifierResponsePayload {
        let identifier = request.uniqueIdentifier ?? placeholder
        let index = try accessibleIndex(identifier, for: .activate)
        guard store.keys[index].state == .preActive else {
            throw OperationFailure(.permissionDenied, "The object state is not pre-active and cannot be activated.")
        }
        store.keys[index].state = .active
        return IdentifierResponsePayload(uniqueIdentifier: identifier ?? "")
    }

    private mutating func revoke(_ request: RevokeRequestPayload) throws(OperationFailure) -> IdentifierResponsePayload {
        let identifier = request.uniqueIdentifier ?? placeholder
        let index = try accessibleIndex(identifier, for: .revoke)
        if request.reasonCode == .keyCompromise {
            store.keys[index].state = store.keys[index].state == .destroyed ? .destroyedCompromised : .compromised
        } else {
            guard store.keys[index].state == .active else {
                throw OperationFailure(
                    .illegalOperation,
                    "The object is not active and cannot be revoked with reason other than KEY_COMPROMISE"
                )
            }
            store.keys[index].state = .deactivated
        }
        return IdentifierResponsePayload(uniqueIdentifier: identifier ?? "")
    }

    private mutating func destroy(_ request: DestroyRequestPayload) throws(OperationFailure) -> IdentifierResponsePayload {
        let identifier = request.uniqueIdentifier ?? placeholder
        let index = try accessibleIndex(identifier, for: .destroy)
        guard store.keys[index].state != .active else {
            throw OperationFailure(.permissionDenied, "Object is active and cannot be destroyed.")
        }
        store.keys.remove(at: index)
        return IdentifierResponsePayload(uniqueIdentifier: identifier ?? "")
    }

    // MARK: access and helpers

    /// The key's index when it exists and the caller may run `operation` on it. Like PyKMIP, a key the
    /// caller may not use is reported with the same text as a missing one, but as Permission Denied.
    private func accessibleIndex(_ identifier: String?, for operation: KMIPOperation) throws(OperationFailure) -> Int {
        guard let identifier, let index = store.index(of: identifier) else { throw .notFound(identifier) }
        guard allows(operation, on: store.keys[index]) else {
            throw OperationFailure(.permissionDenied, "Could not locate object: \(identifier)")
        }
        return index
    }

    private func allows(_ operation: KMIPOperation, on key: ManagedKey) -> Bool {
        switch key.operationPolicyName {
        case "default":
            return key.owner == identity
        case "shared":
            return [.get, .getAttributes, .getAttributeList, .locate].contains(operation) || key.owner == identity
        default:
            return false
        }
    }

    private static func matches(_ key: ManagedKey, _ filter: Attribute) -> Bool {
        switch (filter.name, filter.value) {
        case (AttributeName.objectType, .enumeration(let raw)): return raw == ObjectType.symmetricKey.rawValue
        case (AttributeName.cryptographicAlgorithm, .enumeration(let raw)): return raw == key.cryptographicAlgorithm.rawValue
        case (AttributeName.cryptographicLength, .integer(let bits)): return bits == key.cryptographicLength
        case (AttributeName.state, .enumeration(let raw)): return raw == key.state.rawValue
        case (AttributeName.uniqueIdentifier, .textString(let text)): return text == key.uniqueIdentifier
        case (AttributeName.operationPolicyName, .textString(let text)): return text == key.operationPolicyName
        case (AttributeName.cryptographicUsageMask, .integer(let bits)):
            return key.usageMask.isSuperset(of: CryptographicUsageMask(rawValue: bits))
        case (AttributeName.name, _): return filter.nameValue.map(key.names.contains) ?? false
        default: return true
        }
    }

    private static func single<Value>(_ existing: Value?, _ new: Value, _ name: String) throws(OperationFailure) -> Value {
        guard existing == nil else { throw OperationFailure(.indexOutOfBounds, "Cannot set multiple instances of the \(name) attribute.") }
        return new
    }

    static func randomMaterial(bits: Int32) -> [UInt8] {
        var generator = SystemRandomNumberGenerator()
        return (0..<(Int(bits) / 8)).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
    }

    /// "Get Attribute List" → "Get_Attribute_List", as Python's str.title() renders an enum name.
    static func pythonTitle(_ words: String) -> String {
        words.split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst().lowercased() }.joined(separator: "_")
    }

    /// "Transparent Symmetric Key" → "TRANSPARENT_SYMMETRIC_KEY".
    static func pythonConstant(_ words: String) -> String {
        words.uppercased().map { $0.isLetter || $0.isNumber ? String($0) : "_" }.joined()
    }
}
