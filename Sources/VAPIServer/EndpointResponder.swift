import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore
import VAPIWire

/// HTTP for the endpoint: `POST /api` is vAPI JSON-RPC (what the Python SDK speaks); `/api/session`,
/// `/api/cis/tasks[/{task}]` and the resource paths of the Trust Authority operations are the REST forms.
/// vAPI errors are answered with status 200 on JSON-RPC (the SDK reads them from the body) and with the
/// error's HTTP status on REST.
struct EndpointResponder: HTTPResponder {
    typealias Context = BasicRequestContext

    static let maximumBody = 1 << 20
    static let sessionHeader = HTTPField.Name("vmware-api-session-id")!

    let endpoint: Endpoint
    let logger: Logger
    let verbose: Bool

    func respond(to request: Request, context: Context) async throws -> Response {
        let started = ContinuousClock.now
        var request = request
        let body: [UInt8]
        do {
            body = Array(buffer: try await request.collectBody(upTo: Self.maximumBody))
        } catch {
            return Self.json(.contentTooLarge, .string("The request body is larger than \(Self.maximumBody) bytes."))
        }
        let (response, summary) = await route(request, body: body)
        if verbose {
            let elapsed = started.duration(to: .now)
            let milliseconds = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
            logger.info("request", metadata: [
                "method": "\(request.method.rawValue)", "path": "\(request.uri.path)", "status": "\(response.status.code)",
                "operation": "\(summary)", "ms": "\(String(format: "%.2f", milliseconds))",
            ])
        }
        return response
    }

    private func route(_ request: Request, body: [UInt8]) async -> (Response, String) {
        let path = request.uri.path
        guard path == "/api" || path.hasPrefix("/api/") else {
            return (Self.restError(VAPIError(.notFound, id: "vapi.rest.path.not_found", "Only /api is served.")), "-")
        }
        let components = path.split(separator: "/").dropFirst().map { $0 }
        if components.isEmpty {
            guard request.method == .post else {
                return (Self.restError(VAPIError(.operationNotFound, id: "vapi.rest.method", "POST /api takes vAPI JSON-RPC requests.")), "-")
            }
            return await jsonRPC(body)
        }
        return await rest(request, components: components, body: body)
    }

    // MARK: - JSON-RPC

    private func jsonRPC(_ body: [UInt8]) async -> (Response, String) {
        let call: JSONRPCRequest
        do {
            call = try JSONRPCRequest(body: body)
        } catch {
            return (Self.bytes(.ok, error.body), "invalid JSON-RPC")
        }
        let outcome = await endpoint.invoke(service: call.serviceId, operation: call.operationId, input: call.input, security: call.security)
        let response: JSONRPCResponse
        switch outcome {
        case .success(let value): response = JSONRPCResponse(id: call.id, .output(value))
        case .failure(let error): response = JSONRPCResponse(id: call.id, .error(error))
        }
        return (Self.bytes(.ok, response.body), Self.summary(call.serviceId, call.operationId, outcome))
    }

    static func summary(_ service: String, _ operation: String, _ outcome: Result<VAPIValue, VAPIError>) -> String {
        let short = service.split(separator: ".").suffix(2).joined(separator: ".")
        switch outcome {
        case .success: return "\(short).\(operation)"
        case .failure(let error): return "\(short).\(operation) -> \(error.kind.rawValue)"
        }
    }

    // MARK: - REST

    private func rest(_ request: Request, components: [Substring], body: [UInt8]) async -> (Response, String) {
        let sessionId = request.headers[Self.sessionHeader]
        let query = Self.query(request.uri.query)
        switch (components.first, request.method) {
        case ("session"?, _) where components.count == 1:
            return await session(request, sessionId: sessionId)
        case ("cis"?, .get) where components.count >= 2 && components[1] == "tasks":
            return tasks(components.dropFirst(2).map(String.init), query: query, sessionId: sessionId)
        default:
            break
        }
        let subpath = Array(components)
        guard let (operation, fields) = endpoint.catalog.operations.lazy.compactMap({ operation -> (LabOperation, [(String, String)])? in
            guard let route = operation.rest, route.method == request.method.rawValue, let fields = route.match(subpath) else { return nil }
            return (operation, fields)
        }).first else {
            let known = endpoint.catalog.operations.contains { $0.rest?.matchesPath(subpath) ?? false }
            let error = known
                ? VAPIError(.operationNotFound, id: "vapi.rest.method", "\(request.method.rawValue) is not served on \(request.uri.path).")
                : VAPIError(.notFound, id: "vapi.rest.path.not_found", "No operation is served on \(request.uri.path).")
            return (Self.restError(error), "-")
        }
        var input: [VAPIField] = fields.map { VAPIField(name: $0.0, value: .string($0.1)) }
        let asTask = query.contains { $0.0 == "vmw-task" && $0.1 == "true" }
        let parameters = query.filter { $0.0 != "vmw-task" }
        if let structure = operation.rest?.queryStructure, !parameters.isEmpty {
            input.append(VAPIField(name: structure, value: Self.queryStructure(parameters)))
        }
        if let field = operation.rest?.bodyField {
            guard !body.isEmpty else {
                return (Self.restError(EndpointError.input(VAPIDecodingError("The request needs a JSON body (the field '\(field)')."))), operation.name)
            }
            do {
                input.append(VAPIField(name: field, value: VAPIValue(rest: try JSONReader.read(body))))
            } catch {
                return (Self.restError(VAPIError(.invalidArgument, id: "vapi.rest.body.invalid", error.message)), operation.name)
            }
        }
        let outcome = await endpoint.invokeREST(operation, asTask: asTask, input: .structure(VAPIStructure(name: "operation-input", fields: input)), sessionId: sessionId)
        let summary = Self.summary(operation.service, operation.wireName, outcome)
        switch outcome {
        case .success(.void): return (Response(status: .noContent), summary)
        case .success(let value): return (Self.json(.ok, value.restJSON), summary)
        case .failure(let error): return (Self.restError(error), summary)
        }
    }

    /// `POST /api/session` (Basic credentials in, the session id as a JSON string out), `GET`, `DELETE`.
    private func session(_ request: Request, sessionId: String?) async -> (Response, String) {
        switch request.method {
        case .post:
            guard let (user, password) = Self.basicCredentials(request.headers[.authorization]) else {
                return (Self.restError(EndpointError.sessionMissing()), "session.create -> unauthenticated")
            }
            switch await endpoint.logIn(user: user, password: password) {
            case .success(let session): return (Self.json(.created, .string(session.id)), "session.create")
            case .failure(let error): return (Self.restError(error), "session.create -> \(error.kind.rawValue)")
            }
        case .get:
            do {
                let session = try endpoint.session(sessionId ?? "")
                let info = SessionBinding.info(user: session.user.qualifiedName, created: session.created, lastAccessed: session.lastAccessed)
                return (Self.json(.ok, info.restJSON), "session.get")
            } catch {
                return (Self.restError(error), "session.get -> \(error.kind.rawValue)")
            }
        case .delete:
            do {
                try endpoint.sessions.close(sessionId ?? "")
                return (Response(status: .noContent), "session.delete")
            } catch {
                return (Self.restError(error), "session.delete -> \(error.kind.rawValue)")
            }
        default:
            return (Self.restError(VAPIError(.operationNotFound, id: "vapi.rest.method", "/api/session takes POST, GET and DELETE.")), "-")
        }
    }

    /// `GET /api/cis/tasks/{task}` and `GET /api/cis/tasks`.
    private func tasks(_ rest: [String], query: [(String, String)], sessionId: String?) -> (Response, String) {
        let security: SecurityContext = sessionId.map { .session($0) } ?? .none
        let operation: String
        var fields: [VAPIField] = []
        switch rest.count {
        case 0:
            operation = "list"
            if !query.isEmpty { fields.append(VAPIField(name: "filter_spec", value: Self.queryStructure(query))) }
        case 1:
            operation = "get"
            fields.append(VAPIField(name: "task", value: .string(rest[0].removingPercentEncoding ?? rest[0])))
        default:
            return (Self.restError(VAPIError(.notFound, id: "vapi.rest.path.not_found", "No operation is served on this path.")), "-")
        }
        let outcome = endpoint.tasksOperation(operation, input: .structure(VAPIStructure(name: "operation-input", fields: fields)), security: security)
        let summary = Self.summary(ServiceName.tasks, operation, outcome)
        switch outcome {
        case .success(let value): return (Self.json(.ok, value.restJSON), summary)
        case .failure(let error): return (Self.restError(error), summary)
        }
    }

    // MARK: - Helpers

    static func query(_ text: String?) -> [(String, String)] {
        guard let text, !text.isEmpty else { return [] }
        return text.split(separator: "&").map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1).map { String($0).replacingOccurrences(of: "+", with: " ") }
            let key = parts[0].removingPercentEncoding ?? parts[0]
            let value = parts.count > 1 ? (parts[1].removingPercentEncoding ?? parts[1]) : ""
            return (key, value)
        }
    }

    /// Query parameters as a structure; a name given twice is a list (`?state=ENABLE&state=DISABLE`).
    static func queryStructure(_ parameters: [(String, String)]) -> VAPIValue {
        var order: [String] = []
        var values: [String: [String]] = [:]
        for (key, value) in parameters {
            if values[key] == nil { order.append(key) }
            values[key, default: []].append(value)
        }
        return .structure(VAPIStructure(name: "", fields: order.map { key in
            let texts = values[key] ?? []
            if texts.count == 1, let only = texts.first {
                if only == "true" || only == "false" { return VAPIField(name: key, value: .bool(only == "true")) }
                return VAPIField(name: key, value: .string(only))
            }
            return VAPIField(name: key, value: .list(texts.map { .string($0) }))
        }))
    }

    static func basicCredentials(_ header: String?) -> (String, String)? {
        guard let header, header.lowercased().hasPrefix("basic "),
              let decoded = Data(base64Encoded: String(header.dropFirst(6)).trimmingCharacters(in: .whitespaces)),
              let text = String(data: decoded, encoding: .utf8), let colon = text.firstIndex(of: ":") else { return nil }
        return (String(text[..<colon]), String(text[text.index(after: colon)...]))
    }

    static func restError(_ error: VAPIError) -> Response {
        json(HTTPResponse.Status(code: error.kind.httpStatus), .object([
            JSONMember("error_type", .string(error.kind.errorType)),
            JSONMember("messages", .array(error.messages.map { $0.value.restJSON })),
        ] + (error.data.map { [JSONMember("data", $0.restJSON)] } ?? [])))
    }

    static func json(_ status: HTTPResponse.Status, _ value: JSONValue) -> Response {
        bytes(status, JSONWriter.bytes(value))
    }

    static func bytes(_ status: HTTPResponse.Status, _ bytes: [UInt8]) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "application/json"
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }
}
