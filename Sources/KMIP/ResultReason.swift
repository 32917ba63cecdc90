/// Why an operation failed (KMIP 1.1 §9.1.3.2.29). Open: unknown codes are kept.
public struct ResultReason: RawRepresentable, Sendable, Hashable, Codable {
    public var rawValue: UInt32

    public init(rawValue: UInt32) {
        self.rawValue = rawValue
    }

    public static let itemNotFound = ResultReason(rawValue: 0x01)
    public static let responseTooLarge = ResultReason(rawValue: 0x02)
    public static let authenticationNotSuccessful = ResultReason(rawValue: 0x03)
    public static let invalidMessage = ResultReason(rawValue: 0x04)
    public static let operationNotSupported = ResultReason(rawValue: 0x05)
    public static let missingData = ResultReason(rawValue: 0x06)
    public static let invalidField = ResultReason(rawValue: 0x07)
    public static let featureNotSupported = ResultReason(rawValue: 0x08)
    public static let operationCanceledByRequester = ResultReason(rawValue: 0x09)
    public static let cryptographicFailure = ResultReason(rawValue: 0x0A)
    public static let illegalOperation = ResultReason(rawValue: 0x0B)
    public static let permissionDenied = ResultReason(rawValue: 0x0C)
    public static let objectArchived = ResultReason(rawValue: 0x0D)
    public static let indexOutOfBounds = ResultReason(rawValue: 0x0E)
    public static let applicationNamespaceNotSupported = ResultReason(rawValue: 0x0F)
    public static let keyFormatTypeNotSupported = ResultReason(rawValue: 0x10)
    public static let keyCompressionTypeNotSupported = ResultReason(rawValue: 0x11)
    public static let encodingOptionError = ResultReason(rawValue: 0x12)
    public static let generalFailure = ResultReason(rawValue: 0x100)

    /// The spec's name of each known code.
    static let specNames: [UInt32: String] = [
        0x01: "Item Not Found",
        0x02: "Response Too Large",
        0x03: "Authentication Not Successful",
        0x04: "Invalid Message",
        0x05: "Operation Not Supported",
        0x06: "Missing Data",
        0x07: "Invalid Field",
        0x08: "Feature Not Supported",
        0x09: "Operation Canceled By Requester",
        0x0A: "Cryptographic Failure",
        0x0B: "Illegal Operation",
        0x0C: "Permission Denied",
        0x0D: "Object Archived",
        0x0E: "Index Out Of Bounds",
        0x0F: "Application Namespace Not Supported",
        0x10: "Key Format Type Not Supported",
        0x11: "Key Compression Type Not Supported",
        0x12: "Encoding Option Error",
        0x100: "General Failure",
    ]
}

extension ResultReason: CustomStringConvertible {
    public var description: String {
        ResultReason.specNames[rawValue] ?? "0x\(String(rawValue, radix: 16, uppercase: true))"
    }
}
