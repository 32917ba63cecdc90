import Foundation

/// A row of the `keyServer` table: a simulated server with all it holds, or a live server's endpoint.
enum StoredKeyServer {
    case simulated(SimulatedKeyServer)
    case live(LiveKeyServer)

    var endpointKey: String {
        switch self {
        case .simulated(let server): return Self.endpointKey(address: server.address, port: server.port)
        case .live(let server): return Self.endpointKey(address: server.address, port: server.port)
        }
    }

    var isLive: Bool {
        if case .live = self { return true }
        return false
    }

    func body() throws -> Data {
        switch self {
        case .simulated(let server): return try LabCoding.encode(server)
        case .live(let server): return try LabCoding.encode(server)
        }
    }

    static func decode(body: Data, live: Bool) throws -> StoredKeyServer {
        let decoder = JSONDecoder()
        return live ? .live(try decoder.decode(LiveKeyServer.self, from: body))
                    : .simulated(try decoder.decode(SimulatedKeyServer.self, from: body))
    }

    static func endpointKey(address: String, port: Int) -> String { "\(address.lowercased()):\(port)" }
}
