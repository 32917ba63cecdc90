/// A KMIP tag (3 bytes on the wire, 0x42xxxx for the standard ones). Constants use the spec's names.
public struct TTLVTag: RawRepresentable, Sendable, Hashable {
    public var rawValue: UInt32

    public init(rawValue: UInt32) {
        self.rawValue = rawValue & 0x00FF_FFFF
    }

    public init(_ rawValue: UInt32) {
        self.init(rawValue: rawValue)
    }

    public static let activationDate = TTLVTag(0x420001)
    public static let applicationData = TTLVTag(0x420002)
    public static let applicationNamespace = TTLVTag(0x420003)
    public static let applicationSpecificInformation = TTLVTag(0x420004)
    public static let asynchronousIndicator = TTLVTag(0x420007)
    public static let attribute = TTLVTag(0x420008)
    public static let attributeIndex = TTLVTag(0x420009)
    public static let attributeName = TTLVTag(0x42000A)
    public static let attributeValue = TTLVTag(0x42000B)
    public static let authentication = TTLVTag(0x42000C)
    public static let batchCount = TTLVTag(0x42000D)
    public static let batchErrorContinuationOption = TTLVTag(0x42000E)
    public static let batchItem = TTLVTag(0x42000F)
    public static let batchOrderOption = TTLVTag(0x420010)
    public static let cryptographicAlgorithm = TTLVTag(0x420028)
    public static let cryptographicLength = TTLVTag(0x42002A)
    public static let cryptographicParameters = TTLVTag(0x42002B)
    public static let cryptographicUsageMask = TTLVTag(0x42002C)
    public static let deactivationDate = TTLVTag(0x42002F)
    public static let initialDate = TTLVTag(0x420039)
    public static let keyBlock = TTLVTag(0x420040)
    public static let keyCompressionType = TTLVTag(0x420041)
    public static let keyFormatType = TTLVTag(0x420042)
    public static let keyMaterial = TTLVTag(0x420043)
    public static let keyValue = TTLVTag(0x420045)
    public static let keyWrappingData = TTLVTag(0x420046)
    public static let keyWrappingSpecification = TTLVTag(0x420047)
    public static let compromiseOccurrenceDate = TTLVTag(0x420021)
    public static let maximumItems = TTLVTag(0x42004F)
    public static let maximumResponseSize = TTLVTag(0x420050)
    public static let messageExtension = TTLVTag(0x420051)
    public static let name = TTLVTag(0x420053)
    public static let nameType = TTLVTag(0x420054)
    public static let nameValue = TTLVTag(0x420055)
    public static let objectGroup = TTLVTag(0x420056)
    public static let objectType = TTLVTag(0x420057)
    public static let operation = TTLVTag(0x42005C)
    public static let operationPolicyName = TTLVTag(0x42005D)
    public static let protocolVersion = TTLVTag(0x420069)
    public static let protocolVersionMajor = TTLVTag(0x42006A)
    public static let protocolVersionMinor = TTLVTag(0x42006B)
    public static let queryFunction = TTLVTag(0x420074)
    public static let requestHeader = TTLVTag(0x420077)
    public static let requestMessage = TTLVTag(0x420078)
    public static let requestPayload = TTLVTag(0x420079)
    public static let responseHeader = TTLVTag(0x42007A)
    public static let responseMessage = TTLVTag(0x42007B)
    public static let responsePayload = TTLVTag(0x42007C)
    public static let resultMessage = TTLVTag(0x42007D)
    public static let resultReason = TTLVTag(0x42007E)
    public static let resultStatus = TTLVTag(0x42007F)
    public static let revocationMessage = TTLVTag(0x420080)
    public static let revocationReason = TTLVTag(0x420081)
    public static let revocationReasonCode = TTLVTag(0x420082)
    public static let serverInformation = TTLVTag(0x420088)
    public static let state = TTLVTag(0x42008D)
    public static let storageStatusMask = TTLVTag(0x42008E)
    public static let symmetricKey = TTLVTag(0x42008F)
    public static let templateAttribute = TTLVTag(0x420091)
    public static let timeStamp = TTLVTag(0x420092)
    public static let uniqueBatchItemID = TTLVTag(0x420093)
    public static let uniqueIdentifier = TTLVTag(0x420094)
    public static let vendorIdentification = TTLVTag(0x42009D)
    public static let extensionInformation = TTLVTag(0x4200A4)
    public static let objectGroupMember = TTLVTag(0x4200AC)
    public static let locatedItems = TTLVTag(0x4200D5)

    /// The spec's name of the standard tags this module knows.
    static let specNames: [UInt32: String] = [
        0x420001: "Activation Date",
        0x420002: "Application Data",
        0x420003: "Application Namespace",
        0x420004: "Application Specific Information",
        0x420007: "Asynchronous Indicator",
        0x420008: "Attribute",
        0x420009: "Attribute Index",
        0x42000A: "Attribute Name",
        0x42000B: "Attribute Value",
        0x42000C: "Authentication",
        0x42000D: "Batch Count",
        0x42000E: "Batch Error Continuation Option",
        0x42000F: "Batch Item",
        0x420010: "Batch Order Option",
        0x420028: "Cryptographic Algorithm",
        0x42002A: "Cryptographic Length",
        0x42002B: "Cryptographic Parameters",
        0x42002C: "Cryptographic Usage Mask",
        0x42002F: "Deactivation Date",
        0x420039: "Initial Date",
        0x420040: "Key Block",
        0x420041: "Key Compression Type",
        0x420042: "Key Format Type",
        0x420043: "Key Material",
        0x420045: "Key Value",
        0x420046: "Key Wrapping Data",
        0x420047: "Key Wrapping Specification",
        0x42004F: "Maximum Items",
        0x420050: "Maximum Response Size",
        0x420051: "Message Extension",
        0x420053: "Name",
        0x420054: "Name Type",
        0x420055: "Name Value",
        0x420056: "Object Group",
        0x420057: "Object Type",
        0x42005C: "Operation",
        0x42005D: "Operation Policy Name",
        0x420069: "Protocol Version",
        0x42006A: "Protocol Version Major",
        0x42006B: "Protocol Version Minor",
        0x420074: "Query Function",
        0x420077: "Request Header",
        0x420078: "Request Message",
        0x420079: "Request Payload",
        0x42007A: "Response Header",
        0x42007B: "Response Message",
        0x42007C: "Response Payload",
        0x42007D: "Result Message",
        0x42007E: "Result Reason",
        0x42007F: "Result Status",
        0x420080: "Revocation Message",
        0x420081: "Revocation Reason",
        0x420082: "Revocation Reason Code",
        0x420088: "Server Information",
        0x42008D: "State",
        0x42008E: "Storage Status Mask",
        0x42008F: "Symmetric Key",
        0x420091: "Template-Attribute",
        0x420092: "Time Stamp",
        0x420093: "Unique Batch Item ID",
        0x420094: "Unique Identifier",
        0x42009D: "Vendor Identification",
        0x4200A4: "Extension Information",
        0x4200AC: "Object Group Member",
        0x4200D5: "Located Items",
        0x420021: "Compromise Occurrence Date",
    ]
}

extension TTLVTag: CustomStringConvertible {
    public var description: String {
        let hex = String(rawValue, radix: 16, uppercase: true)
        let padded = String(repeating: "0", count: max(0, 6 - hex.count)) + hex
        if let name = TTLVTag.specNames[rawValue] { return "\(name) (0x\(padded))" }
        return "0x\(padded)"
    }
}
