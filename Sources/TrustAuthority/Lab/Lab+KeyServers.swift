import Foundation

/// Adding key servers to the lab, and finding the one a lab (administrator) cmdlet names.
extension Lab {
    /// `New-LabKeyServer` without `-Live`: a simulated server with its own CA and server certificate, no keys yet.
    @discardableResult
    public func addSimulatedKeyServer(address: String, port: Int, username: String) throws(LabError) -> SimulatedKeyServer {
        try checkNewKeyServer(address: address, port: port)
        let server: SimulatedKeyServer
        do {
            server = try SimulatedKeyServer.make(address: address, port: port, username: username, keyIds: [])
        } catch {
            throw .certificate(error)
        }
        try add(.simulated(server))
        return server
    }

    /// `New-LabKeyServer -Live`: from now on the lab may contact ADDRESS:PORT, and only for this server.
    @discardableResult
    public func addLiveKeyServer(address: String, port: Int) throws(LabError) -> LiveKeyServer {
        try checkNewKeyServer(address: address, port: port)
        let server = LiveKeyServer(address: address, port: port)
        try add(.live(server))
        return server
    }

    private func add(_ server: StoredKeyServer) throws(LabError) {
        try refuseWhileServed()
        try write { store in
            if try store.hasKeyServer(endpointKey: server.endpointKey) { throw LabError.keyServerExists(server.endpointKey) }
            try store.insert(server)
        }
        invalidate()
    }

    private func checkNewKeyServer(address: String, port: Int) throws(LabError) {
        guard !address.isEmpty, !address.contains(where: { $0.isWhitespace || $0 == "/" }) else {
            throw .invalidKeyServer("'\(address)' is not a key server address. Give a host name or an IP address, e.g. 127.0.0.1.")
        }
        guard (1...65535).contains(port) else {
            throw .invalidKeyServer("The key server port \(port) is not valid. Specify a port from 1 to 65535.")
        }
        if keyServer(address: address, port: port) != nil || liveKeyServer(address: address, port: port) != nil {
            throw .keyServerExists("\(address):\(port)")
        }
    }

    /// The simulated server a lab cmdlet's `-KeyServer ADDRESS[:PORT]` names; a live one is refused,
    /// because the lab does not administer a real key server.
    public func administeredKeyServer(_ text: String) throws(LabError) -> SimulatedKeyServer {
        try refuseWhileServed()
        let servers = keyServers
        if let index = keyServerIndex(address: text), servers.indices.contains(index) { return servers[index] }
        let isLive = liveKeyServers.contains { server in
            if server.address.equalsIgnoringCase(text) { return true }
            guard let (host, port) = Self.splitEndpoint(text) else { return false }
            return server.address.equalsIgnoringCase(host) && server.port == port
        }
        throw isLive ? .liveServer(text) : .keyServerNotFound(text)
    }

    /// `host:port` split at the last colon, when what follows is a port number.
    static func splitEndpoint(_ text: String) -> (String, Int)? {
        guard let colon = text.lastIndex(of: ":"), let port = Int(text[text.index(after: colon)...]) else { return nil }
        let host = String(text[..<colon])
        return host.isEmpty ? nil : (host, port)
    }

    /// The key-server administrator's side has no vCenter API: while the shell is connected to a served lab it would
    /// act on the shell's own lab, not the served one, so it is refused (`Get-LabKeyServer` asks too).
    public func refuseWhileServed() throws(LabError) {
        if let endpoint { throw .notServed(endpoint: endpoint.address) }
    }
}
