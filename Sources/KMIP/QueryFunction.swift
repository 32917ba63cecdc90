/// What a Query asks for (KMIP 1.1 §9.1.3.2.24). Open: unknown codes are kept.
public struct QueryFunction: RawRepresentable, Sendable, Hashable, Codable {
    public var rawValue: UInt32

    public init(rawValue: UInt32) {
        self.rawValue = rawValue
    }

    public static let queryOperations = QueryFunction(rawValue: 0x01)
    public static let queryObjects = QueryFunction(rawValue: 0x02)
    public static let queryServerInformation = QueryFunction(rawValue: 0x03)
    public static let queryApplicationNamespaces = QueryFunction(rawValue: 0x04)
    public static let queryExtensionList = QueryFunction(rawValue: 0x05)
    public static let queryExtensionMap = QueryFunction(rawValue: 0x06)

    /// The spec's name of each known code.
    static let specNames: [UInt32: String] = [
        0x01: "Query Operations",
        0x02: "Query Objects",
        0x03: "Query Server Information",
        0x04: "Query Application Namespaces",
        0x05: "Query Extension List",
        0x06: "Query Extension Map",
    ]
}

extension QueryFunction: CustomStringConvertible {
    public var description: String {
        QueryFunction.specNames[rawValue] ?? "0x\(String(rawValue, radix: 16, uppercase: true))"
    }
}
