import Foundation
import NIOConcurrencyHelpers
import NIOCore
import NIOHTTP1
import NIOPosix
import VAPIWire

/// A client of a served lab's `POST /api` (vAPI JSON-RPC, as the Python SDK sends it) over one keep-alive
/// HTTPS connection, opened again when the endpoint closed it. One call at a time: a caller waits for its
/// answer before the next call (the load generator gives each simulated client its own connection).
public final class VAPIConnection: Sendable {
    public let host: String
    public let port: Int
    let trust: ServerTrust
    private let group: any EventLoopGroup
    private let state = NIOLockedValueBox<(connection: HTTPSConnection?, nextId: Int)>((nil, 0))

    public init(host: String, port: Int, trust: ServerTrust, group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton) {
        self.host = host
        self.port = port
        self.trust = trust
        self.group = group
    }

    /// `https://host:port`, how messages name the lab.
    public var address: String { "https://\(host.contains(":") ? "[\(host)]" : host):\(port)" }

    /// One vAPI call; the endpoint's answer is the output or a std error, a failure to get one is `RemoteError`.
    public func invoke(_ service: String, _ operation: String, _ fields: [(String, VAPIValue)] = [],
                       security: SecurityContext) async throws(RemoteError) -> Result<VAPIValue, VAPIError> {
        let (request, future) = prepare(service, operation, fields, security: security)
        let reply: HTTPReply
        do {
            reply = try await future.get()
        } catch {
            throw dropConnection(after: error)
        }
        return try read(reply, request)
    }

    /// The same call for callers that are not async (the shell's cmdlets). Never call it on an event loop.
    public func invokeWaiting(_ service: String, _ operation: String, _ fields: [(String, VAPIValue)] = [],
                              security: SecurityContext) throws(RemoteError) -> Result<VAPIValue, VAPIError> {
        let (request, future) = prepare(service, operation, fields, security: security)
        let reply: HTTPReply
        do {
            reply = try future.wait()
        } catch {
            throw dropConnection(after: error)
        }
        return try read(reply, request)
    }

    /// A REST call (`/api/...`), for the REST forms.
    public func rest(_ method: HTTPMethod, _ path: String, headers: [(String, String)] = [], body: [UInt8] = []) async throws(RemoteError) -> HTTPReply {
        do {
            return try await connection().flatMap { $0.send(method: method, path: path, headers: headers, body: body) }.get()
        } catch {
            throw dropConnection(after: error)
        }
    }

    public func close() {
        state.withLockedValue { state in
            state.connection?.close()
            state.connection = nil
        }
    }

    private func prepare(_ service: String, _ operation: String, _ fields: [(String, VAPIValue)],
                         security: SecurityContext) -> (JSONRPCRequest, EventLoopFuture<HTTPReply>) {
        let id = state.withLockedValue { state -> Int in
            state.nextId += 1
            return state.nextId
        }
        let request = JSONRPCRequest(id: .string(String(id)), serviceId: service, operationId: operation,
                                     input: .structure("operation-input", fields), security: security)
        let body = request.body
        let future = connection().flatMap { connection in
            connection.send(method: .POST, path: "/api", headers: [("Content-Type", "application/json")], body: body)
        }
        return (request, future)
    }

    private func read(_ reply: HTTPReply, _ request: JSONRPCRequest) throws(RemoteError) -> Result<VAPIValue, VAPIError> {
        guard reply.status == 200 else { throw RemoteError("The lab at \(address) answered HTTP \(reply.status) to \(request.serviceId).\(request.operationId).") }
        let response: JSONRPCResponse
        do {
            response = try JSONRPCResponse(body: reply.body)
        } catch {
            throw RemoteError("The lab at \(address) refused \(request.serviceId).\(request.operationId): \(error.message)")
        }
        guard response.id == request.id else { throw RemoteError("The lab at \(address) answered another request (id \(response.id)).") }
        switch response.outcome {
        case .output(let value): return .success(value)
        case .error(let error): return .failure(error)
        }
    }

    private func connection() -> EventLoopFuture<HTTPSConnection> {
        if let open = state.withLockedValue({ $0.connection }), open.isActive {
            return group.next().makeSucceededFuture(open)
        }
        return HTTPSConnection.connect(host: host, port: port, trust: trust, group: group).map { connection in
            self.state.withLockedValue { state in
                state.connection?.close()
                state.connection = connection
            }
            return connection
        }
    }

    private func dropConnection(after error: any Error) -> RemoteError {
        close()
        if let remote = error as? RemoteError { return remote }
        return RemoteError("Cannot reach the lab at \(address): \(error)")
    }
}
