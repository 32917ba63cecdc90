/// A vAPI JSON-RPC 2.0 request: `{"jsonrpc":"2.0","method":"invoke","id":…,"params":{"serviceId",
/// "operationId","input","ctx":{"appCtx","securityCtx"}}}`.
public struct JSONRPCRequest: Sendable {
    public var id: JSONValue
    public var serviceId: String
    public var operationId: String
    public var input: VAPIValue
    public var security: SecurityContext
    /// `ctx.appCtx.opId`, for logs.
    public var operationTag: String?

    public init(id: JSONValue, serviceId: String, operationId: String, input: VAPIValue, security: SecurityContext, operationTag: String? = nil) {
        self.id = id
        self.serviceId = serviceId
        self.operationId = operationId
        self.input = input
        self.security = security
        self.operationTag = operationTag
    }

    /// Reads a request body; the error says which JSON-RPC error code to answer with.
    public init(body: [UInt8]) throws(JSONRPCFailure) {
        let json: JSONValue
        do {
            json = try JSONReader.read(body)
        } catch {
            throw JSONRPCFailure(.parseError, error.message, id: .null)
        }
        guard case .object = json else { throw JSONRPCFailure(.invalidRequest, "The request must be a JSON object.", id: .null) }
        let id = json["id"] ?? .null
        switch id {
        case .string, .integer, .null: break
        default: throw JSONRPCFailure(.invalidRequest, "The request id must be a string or an integer.", id: .null)
        }
        guard json["jsonrpc"] == .string("2.0") else {
            throw JSONRPCFailure(.invalidRequest, "Only JSON-RPC 2.0 is served (\"jsonrpc\":\"2.0\").", id: .null)
        }
        guard json["method"] == .string("invoke") else {
            throw JSONRPCFailure(.methodNotFound, "The only JSON-RPC method is 'invoke'.", id: id)
        }
        guard let params = json["params"], case .object = params,
              let service = params["serviceId"]?.stringValue, let operation = params["operationId"]?.stringValue else {
            throw JSONRPCFailure(.invalidParams, "params must name a serviceId and an operationId.", id: id)
        }
        let input: VAPIValue
        do {
            input = try VAPIValue(jsonRPC: params["input"] ?? .object([JSONMember("STRUCTURE", .object([JSONMember("operation-input", .object([]))]))]))
        } catch {
            throw JSONRPCFailure(.invalidParams, "The input is not a vAPI value: \(error.message).", id: id)
        }
        self.init(id: id, serviceId: service, operationId: operation, input: input,
                  security: SecurityContext(json: params["ctx"]?["securityCtx"]),
                  operationTag: params["ctx"]?["appCtx"]?["opId"]?.stringValue)
    }

    /// The body a client sends.
    public var body: [UInt8] {
        var context: [JSONMember] = [JSONMember("appCtx", .object(operationTag.map { [JSONMember("opId", .string($0))] } ?? []))]
        if let security = security.json { context.append(JSONMember("securityCtx", security)) }
        return JSONWriter.bytes(.object([
            JSONMember("jsonrpc", .string("2.0")), JSONMember("method", .string("invoke")), JSONMember("id", id),
            JSONMember("params", .object([
                JSONMember("serviceId", .string(serviceId)), JSONMember("operationId", .string(operationId)),
                JSONMember("input", input.jsonRPC), JSONMember("ctx", .object(context)),
            ])),
        ]))
    }
}
