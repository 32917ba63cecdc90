import ValueStorage

public struct HelpExample: Sendable {
    public var code: String
    public var remarks: String

    public init(_ code: String, _ remarks: String) {
        self.code = code
        self.remarks = remarks
    }
}
