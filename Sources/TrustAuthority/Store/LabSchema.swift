import GRDB

/// The tables of a lab file and how older files are brought up to date. Objects are stored as JSON
/// bodies next to the columns that are searched (names, addresses), so the schema changes rarely.
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
        return migrator
    }()

    /// The newest migration, shown by `vtash lab show`.
    static let version = "v1"
}
