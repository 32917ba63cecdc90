import Foundation
import GRDB

extension LabInventory {
    /// Every host in the order the lab file gave them; bodies are decoded on every core when there are many.
    static func load(_ db: Database) throws -> LabInventory {
        let bodies = try Data.fetchAll(db, sql: "SELECT body FROM host ORDER BY position")
        let hosts = try OrderedChunks<VMHost>.map(bodies, minimumPerChunk: 256) { body in
            try JSONDecoder().decode(VMHost.self, from: body)
        }
        return LabInventory(hosts: hosts)
    }
}
