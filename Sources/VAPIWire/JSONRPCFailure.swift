/// A request the JSON-RPC layer itself refuses (not JSON, not `invoke`, no service named): answered with a
/// JSON-RPC `error` member rather than a vAPI error, as the vAPI runtime does.
public struct JSONRPCFailure: Error, Sendable, Equatable {
    public enum Code: Int64, Sendable {
        case parseError = -32700
        case invalidRequest = -32600
        case methodNotFound = -32601
        case invalidParams = -32602
        case internalError = -32603
    }

    public var code: Code
    public var message: String
    /// The request's id; null when the request could not be read (JSON-RPC 2.0 §5).
    public var id: JSONValue

    public init(_ code: Code, _ message: String, id: JSONValue) {
        self.code = code
        self.message = message
        self.id = id
    }

    public var body: [UInt8] {
        JSONWriter.bytes(.object([
            JSONMember("jsonrpc", .string("2.0")), JSONMember("id", code == .parseError || code == .invalidRequest ? .null : id),
            JSONMember("error", .object([JSONMember("code", .integer(code.rawValue)), JSONMember("message", .string(message))])),
        ]))
    }
}
