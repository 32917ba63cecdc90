import Foundation
import GRDB

/// The lab's SQLite database: one file (or memory, for a throw-away lab), WAL mode, one immediate
/// transaction per change so that two vtash processes on one lab never lose each other's writes.
final class LabStore: Sendable {
    /// The database file; nil for a lab held in memory.
    let path: String?
    private let queue: DatabaseQueue

    private init(path: String?, queue: DatabaseQueue) {
        self.path = path
        self.queue = queue
    }

    /// Opens the lab at `path`, creating the file (mode 0600: it holds private keys) and its folder when
    /// missing, and bringing its schema up to date.
    static func open(path: String) throws(LabError) -> LabStore {
        try prepareFile(at: path)
        var configuration = Configuration()
        // WAL with synchronous=NORMAL: a killed process loses nothing committed. Set by hand rather than with
        // GRDB's `.wal`, which writes a dummy table on every open to keep a non-empty WAL file for pool readers
        // (a DatabaseQueue has none), costing start-up two fsyncs.
        configuration.prepareDatabase { db in
            guard try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL")?.lowercased() == "wal" else {
                throw LabError.store(path: path, detail: "SQLite cannot use write-ahead logging for this file")
            }
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        configuration.busyMode = .timeout(10)  // another vtash may be writing; wait for it instead of failing
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            // Migrating writes; a lab that is up to date is only read, so start-up does not wait on the disk.
            if try !queue.read({ db in try LabSchema.migrator.hasCompletedMigrations(db) }) {
                try LabSchema.migrator.migrate(queue)
            }
            return LabStore(path: path, queue: queue)
        } catch let error as DatabaseError {
            throw .store(path: path, detail: Self.describe(error))
        } catch {
            throw .store(path: path, detail: "\(error)")
        }
    }

    /// Closes the database: SQLite moves the write-ahead log into the file and removes it, so that the file on its
    /// own holds every change (a copy or backup of it). A lab that fails to close keeps its WAL, which the next
    /// opener reads: nothing committed is lost either way.
    func closeDatabase() {
        try? queue.close()
    }

    /// A lab that lives only as long as this process (`--new-lab`, replays, tests).
    static func inMemory() throws(LabError) -> LabStore {
        do {
            let queue = try DatabaseQueue()
            try LabSchema.migrator.migrate(queue)
            return LabStore(path: nil, queue: queue)
        } catch {
            throw .store(path: nil, detail: "\(error)")
        }
    }

    func read<Value>(_ body: (LabTransaction) throws -> Value) throws(LabError) -> Value {
        do {
            return try queue.read { db in try body(LabTransaction(db: db)) }
        } catch {
            throw mapped(error)
        }
    }

    /// Runs `body`, which reads with one statement, outside a transaction: SQLite runs a statement on one snapshot,
    /// and GRDB's read transactions prepare their BEGIN and COMMIT anew each time, which expires every cached
    /// statement (SQLite then parses it again: most of a served `providers.get`'s instructions).
    func readOneStatement<Value>(_ body: (LabTransaction) throws -> Value) throws(LabError) -> Value {
        do {
            return try queue.inDatabase { db in try body(LabTransaction(db: db)) }
        } catch {
            throw mapped(error)
        }
    }

    /// Runs `body` in one IMMEDIATE transaction: every change it makes is stored, or none is.
    func write<Value>(_ body: (LabTransaction) throws -> Value) throws(LabError) -> Value {
        do {
            return try queue.writeWithoutTransaction { db in
                var value: Value?
                try db.inTransaction(.immediate) {
                    value = try body(LabTransaction(db: db))
                    return .commit
                }
                guard let value else { throw LabError.store(path: path, detail: "the transaction ended without a result") }
                return value
            }
        } catch {
            throw mapped(error)
        }
    }

    /// Changes whenever another connection (another vtash) commits to this lab.
    /// Asked before every use of the cached topology, so it runs outside a transaction on a cached statement.
    func dataVersion() -> Int? {
        // Nobody else can open a lab held in memory: only this process's own writes change it.
        if path == nil { return 0 }
        return try? queue.inDatabase { db in try Int.fetchOne(db.cachedStatement(sql: "PRAGMA data_version")) }
    }

    /// `PRAGMA integrity_check`: `["ok"]` for a sound file.
    func integrityCheck() throws(LabError) -> [String] {
        do {
            return try queue.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
        } catch {
            throw mapped(error)
        }
    }

    private func mapped(_ error: any Error) -> LabError {
        if let error = error as? LabError { return error }
        if let error = error as? DatabaseError { return .store(path: path, detail: Self.describe(error)) }
        if let error = error as? DecodingError { return .store(path: path, detail: "a stored object cannot be read (\(Self.describe(error)))") }
        return .store(path: path, detail: "\(error)")
    }

    private static func describe(_ error: DatabaseError) -> String {
        error.message ?? "SQLite error \(error.resultCode.rawValue)"
    }

    private static func describe(_ error: DecodingError) -> String {
        switch error {
        case .dataCorrupted(let context), .keyNotFound(_, let context), .typeMismatch(_, let context), .valueNotFound(_, let context):
            let path = context.codingPath.map(\.stringValue).joined(separator: ".")
            return path.isEmpty ? context.debugDescription : "\(path): \(context.debugDescription)"
        @unknown default:
            return "\(error)"
        }
    }

    /// Creates the folder (0700) and an empty file (0600) before SQLite does, so the file never exists
    /// with wider permissions; SQLite gives its -wal and -shm files the same mode.
    private static func prepareFile(at path: String) throws(LabError) {
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty, !FileManager.default.fileExists(atPath: folder) {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                                        attributes: [.posixPermissions: 0o700])
            } catch {
                throw .store(path: path, detail: "its folder cannot be created (\(error.localizedDescription))")
            }
        }
        let descriptor = Foundation.open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw .store(path: path, detail: String(cString: strerror(errno)))
        }
        close(descriptor)
    }
}
