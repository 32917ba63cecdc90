import Foundation
import GRDB

/// The tables of a lab file and how older files are brought up to date. vCenters and key servers are
/// stored as JSON bodies next to the columns that are searched (addresses); key providers, which a lab may
/// hold by the ten thousand, as columns (see `StoredKeyProvider`).
enum LabSchema {
    static let migrator: DatabaseMigrator = {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.create(table: "setting") { table in
                table.primaryKey("name", .text)
                table.column("value", .text).notNull()
            }
            try db.create(table: "vcenter") { table in
                table.autoIncrementedPrimaryKey("position")
                table.column("addressKey", .text).notNull().unique()
                table.column("body", .blob).notNull()
            }
            try db.create(table: "keyServer") { table in
                table.autoIncrementedPrimaryKey("position")
                table.column("endpointKey", .text).notNull().unique()
                table.column("live", .boolean).notNull()
                table.column("body", .blob).notNull()
            }
            try db.create(table: "keyProvider") { table in
                table.autoIncrementedPrimaryKey("position")
                table.column("nameKey", .text).notNull().unique()
                table.column("name", .text).notNull()
                table.column("body", .blob).notNull()
            }
        }
        // v2: key providers as columns and server rows, so that listing many does not decode JSON for each.
        migrator.registerMigration("v2") { db in
            let old = try Row.fetchAll(db, sql: "SELECT position, body FROM keyProvider ORDER BY position")
            try db.rename(table: "keyProvider", to: "keyProviderV1")
            try db.create(table: "keyProvider") { table in
                table.autoIncrementedPrimaryKey("position")
                table.column("nameKey", .text).notNull().unique()
                table.column("name", .text).notNull()
                table.column("clusterId", .text).notNull()
                table.column("primaryKeyId", .text).notNull()
                table.column("description", .text).notNull()
                table.column("proxyAddress", .text)
                table.column("proxyPort", .integer)
                table.column("connectionTimeoutSeconds", .integer).notNull()
                table.column("kmipServerUsername", .text)
                table.column("kmipServerPassword", .text)
                table.column("trust", .blob)
            }
            try db.create(table: "keyProviderServer") { table in
                table.column("provider", .integer).notNull().references("keyProvider", column: "position", onDelete: .cascade)
                table.column("ordinal", .integer).notNull()
                table.column("name", .text).notNull()
                table.column("address", .text).notNull()
                table.column("port", .integer).notNull()
                table.primaryKey(["provider", "ordinal"])
            }
            for row in old {
                let provider = try JSONDecoder().decode(KeyProvider.self, from: try row.decode(Data.self, atIndex: 1))
                try StoredKeyProvider.insert(provider, at: try row.decode(Int64.self, atIndex: 0), db)
            }
            try db.drop(table: "keyProviderV1")
        }
        // v3: the whole Trust Authority workflow. Each vCenter gets its certificate authority and token signing
        // certificate (its principal); hosts, TPM manufacturers and the configurations of Trust Authority and
        // workload clusters get tables of their own. A lab from v2 keeps its vCenters and has no hosts yet.
        migrator.registerMigration("v3") { db in
            try createWorkflowTables(db)
            let transaction = LabTransaction(db: db)
            for vCenter in try transaction.vCenters() {
                try transaction.insert(try VCenterAuthority.make(vCenter: vCenter.address, ssoDomain: vCenter.ssoDomain))
            }
            try transaction.setSetting(LabTransaction.inventoryRevision, UUID().uuidString)
        }
        return migrator
    }()

    private static func createWorkflowTables(_ db: Database) throws {
        try db.create(table: "vcenterAuthority") { table in
            table.primaryKey("addressKey", .text)
            table.column("body", .blob).notNull()
        }
        try db.create(table: "tpmManufacturer") { table in
            table.autoIncrementedPrimaryKey("position")
            table.column("nameKey", .text).notNull().unique()
            table.column("body", .blob).notNull()
        }
        try db.create(table: "host") { table in
            table.autoIncrementedPrimaryKey("position")
            table.column("vcenterKey", .text).notNull()
            table.column("hostId", .text).notNull()
            table.column("clusterId", .text).notNull()
            table.column("name", .text).notNull()
            table.column("body", .blob).notNull()
            table.uniqueKey(["vcenterKey", "hostId"])
        }
        try db.create(table: "trustAuthorityConfiguration") { table in
            table.column("vcenterKey", .text).notNull()
            table.column("clusterKey", .text).notNull()
            table.column("body", .blob).notNull()
            table.primaryKey(["vcenterKey", "clusterKey"])
        }
        try db.create(table: "workloadConfiguration") { table in
            table.primaryKey("vcenterKey", .text)
            table.column("body", .blob).notNull()
        }
    }
}
