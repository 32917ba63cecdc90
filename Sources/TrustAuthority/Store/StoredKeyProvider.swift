import Foundation
import GRDB

/// How a key provider is kept in the store: its plain fields as columns of `keyProvider`, its key servers
/// as rows of `keyProviderServer`, and its certificates, keys and trust history (present on few providers,
/// costly to read) as one JSON `trust` column that is NULL when there is none. A lab of 10,000 providers is
/// then listed by reading columns rather than decoding 10,000 JSON documents.
enum StoredKeyProvider {
    private static let columns = """
        position, name, clusterId, primaryKeyId, description, proxyAddress, proxyPort, connectionTimeoutSeconds, \
        kmipServerUsername, kmipServerPassword, trust
        """

    /// Every provider in creation order. Trust material is decoded on every core when many providers have it.
    static func fetchAll(_ db: Database) throws -> [KeyProvider] {
        var servers: [Int64: [KeyProviderServer]] = [:]
        let serverRows = try Row.fetchCursor(db, sql: "SELECT provider, name, address, port FROM keyProviderServer ORDER BY provider, ordinal")
        while let row = try serverRows.next() {
            servers[try row.decode(Int64.self, atIndex: 0), default: []].append(try server(row))
        }
        var providers: [KeyProvider] = []
        var trust: [(index: Int, body: Data)] = []
        let rows = try Row.fetchCursor(db, sql: "SELECT \(columns) FROM keyProvider ORDER BY position")
        while let row = try rows.next() {
            let position = try row.decode(Int64.self, atIndex: 0)
            providers.append(try plainFields(row, servers: servers[position] ?? []))
            if let body = try row.decode(Data?.self, atIndex: 10) { trust.append((providers.count - 1, body)) }
        }
        let decoded = try OrderedChunks<ProviderTrust>.map(trust.map(\.body), minimumPerChunk: 64) { body in
            try JSONDecoder().decode(ProviderTrust.self, from: body)
        }
        for (entry, material) in zip(trust, decoded) { material.apply(to: &providers[entry.index]) }
        return providers
    }

    static func fetch(named name: String, _ db: Database) throws -> KeyProvider? {
        guard let row = try Row.fetchOne(db, sql: "SELECT \(columns) FROM keyProvider WHERE nameKey = ?", arguments: [name.lowercased()]) else {
            return nil
        }
        let servers = try Row.fetchAll(db, sql: "SELECT name, address, port FROM keyProviderServer WHERE provider = ? ORDER BY ordinal",
                                       arguments: [try row.decode(Int64.self, atIndex: 0)])
        var provider = try plainFields(row, servers: servers.map { try server($0, from: 0) })
        if let body = try row.decode(Data?.self, atIndex: 10) {
            try JSONDecoder().decode(ProviderTrust.self, from: body).apply(to: &provider)
        }
        return provider
    }

    /// The provider called `name` with its servers in one cached statement (a join), which SQLite runs on one
    /// snapshot: what `Lab.findProvider` reads outside a transaction (see `LabStore.readOneStatement`).
    static func fetchInOneStatement(named name: String, _ db: Database) throws -> KeyProvider? {
        let rows = try Row.fetchCursor(db.cachedStatement(sql: """
            SELECT p.position, p.name, p.clusterId, p.primaryKeyId, p.description, p.proxyAddress, p.proxyPort,
                p.connectionTimeoutSeconds, p.kmipServerUsername, p.kmipServerPassword, p.trust, s.name, s.address, s.port
            FROM keyProvider p LEFT JOIN keyProviderServer s ON s.provider = p.position
            WHERE p.nameKey = ? ORDER BY s.ordinal
            """), arguments: [name.lowercased()])
        var first: Row?
        var servers: [KeyProviderServer] = []
        while let row = try rows.next() {
            if first == nil { first = row.copy() }
            if try row.decode(String?.self, atIndex: 11) != nil { servers.append(try server(row, from: 11)) }
        }
        guard let first else { return nil }
        var provider = try plainFields(first, servers: servers)
        if let body = try first.decode(Data?.self, atIndex: 10) {
            try JSONDecoder().decode(ProviderTrust.self, from: body).apply(to: &provider)
        }
        return provider
    }

    /// Adds `provider` after the others, or at `position` (a migration keeps the order it found).
    static func insert(_ provider: KeyProvider, at position: Int64? = nil, _ db: Database) throws {
        var values = try arguments(provider)
        values += [position]
        try db.execute(sql: """
            INSERT INTO keyProvider (nameKey, name, clusterId, primaryKeyId, description, proxyAddress, proxyPort,
                connectionTimeoutSeconds, kmipServerUsername, kmipServerPassword, trust, position)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: values)
        try insertServers(of: provider, position: db.lastInsertedRowID, db)
    }

    /// Rewrites the stored provider called `name` (the name itself may not change).
    static func update(named name: String, to provider: KeyProvider, _ db: Database) throws {
        guard let position = try Int64.fetchOne(db, sql: "SELECT position FROM keyProvider WHERE nameKey = ?", arguments: [name.lowercased()]) else {
            return
        }
        var values = try arguments(provider)
        values += [position]
        try db.execute(sql: """
            UPDATE keyProvider SET nameKey = ?, name = ?, clusterId = ?, primaryKeyId = ?, description = ?, proxyAddress = ?,
                proxyPort = ?, connectionTimeoutSeconds = ?, kmipServerUsername = ?, kmipServerPassword = ?, trust = ?
            WHERE position = ?
            """, arguments: values)
        try db.execute(sql: "DELETE FROM keyProviderServer WHERE provider = ?", arguments: [position])
        try insertServers(of: provider, position: position, db)
    }

    private static func insertServers(of provider: KeyProvider, position: Int64, _ db: Database) throws {
        for (ordinal, server) in provider.servers.enumerated() {
            try db.execute(sql: "INSERT INTO keyProviderServer (provider, ordinal, name, address, port) VALUES (?, ?, ?, ?, ?)",
                           arguments: [position, ordinal, server.name, server.address, server.port])
        }
    }

    private static func arguments(_ provider: KeyProvider) throws -> StatementArguments {
        let trust = ProviderTrust(provider)
        return [provider.name.lowercased(), provider.name, provider.clusterId, provider.primaryKeyId, provider.description,
                provider.proxyAddress, provider.proxyPort, provider.connectionTimeoutSeconds, provider.kmipServerUsername,
                provider.kmipServerPassword, trust.isEmpty ? nil : try LabCoding.encode(trust)]
    }

    private static func plainFields(_ row: Row, servers: [KeyProviderServer]) throws -> KeyProvider {
        var provider = KeyProvider(name: try row.decode(String.self, atIndex: 1), clusterId: try row.decode(String.self, atIndex: 2),
                                   primaryKeyId: try row.decode(String.self, atIndex: 3), description: try row.decode(String.self, atIndex: 4),
                                   servers: servers, connectionTimeoutSeconds: try row.decode(Int.self, atIndex: 7))
        provider.proxyAddress = try row.decode(String?.self, atIndex: 5)
        provider.proxyPort = try row.decode(Int?.self, atIndex: 6)
        provider.kmipServerUsername = try row.decode(String?.self, atIndex: 8)
        provider.kmipServerPassword = try row.decode(String?.self, atIndex: 9)
        return provider
    }

    /// A server row: `provider, name, address, port` (start 1) or `name, address, port` (start 0).
    private static func server(_ row: Row, from start: Int = 1) throws -> KeyProviderServer {
        KeyProviderServer(name: try row.decode(String.self, atIndex: start), address: try row.decode(String.self, atIndex: start + 1),
                          port: try row.decode(Int.self, atIndex: start + 2))
    }
}
