/// Revoke: deactivate (or mark compromised) an object, with a reason.
public struct RevokeRequestPayload: KMIPRequestPayload, Hashable {
    public typealias Response = IdentifierResponsePayload
    public static let operation = KMIPOperation.revoke
    public var uniqueIdentifier: String?
    public var reasonCode: RevocationReasonCode
    public var reasonMessage: String?
    public var compromiseOccurrenceDate: Int64?

    public init(
        uniqueIdentifier: String?, reasonCode: RevocationReasonCode, reasonMessage: String? = nil,
        compromiseOccurrenceDate: Int64? = nil
    ) {
        self.uniqueIdentifier = uniqueIdentifier
        self.reasonCode = reasonCode
        self.reasonMessage = reasonMessage
        self.compromiseOccurrenceDate = compromiseOccurrenceDate
    }

    public var ttlv: TTLVItem {
        var fields: [TTLVItem] = []
        if let uniqueIdentifier { fields.append(TTLVItem(.uniqueIdentifier, .textString(uniqueIdentifier))) }
        var reason = [TTLVItem(.revocationReasonCode, .enumeration(reasonCode.rawValue))]
        if let reasonMessage { reason.append(TTLVItem(.revocationMessage, .textString(reasonMessage))) }
        fields.append(.structure(.revocationReason, reason))
        if let compromiseOccurrenceDate {
            fields.append(TTLVItem(.compromiseOccurrenceDate, .dateTime(compromiseOccurrenceDate)))
        }
        return .structure(.requestPayload, fields)
    }

    public init(ttlv item: TTLVItem) throws(KMIPMessageError) {
        let reader = try StructureReader(item, expecting: .requestPayload)
        uniqueIdentifier = try reader.optionalText(.uniqueIdentifier)
        let reason = try StructureReader(try reader.item(.revocationReason), expecting: .revocationReason)
        reasonCode = RevocationReasonCode(rawValue: try reason.enumeration(.revocationReasonCode))
        reasonMessage = try reason.optionalText(.revocationMessage)
        compromiseOccurrenceDate = try reader.optionalDateTime(.compromiseOccurrenceDate)
    }
}
