import Foundation
import GRDB

/// Enabling and disabling a Trust Authority cluster (`trust_authority_clusters.update`).
extension Lab {
    /// Sets the state of the Trust Authority cluster `id` of the vCenter at `address` in one transaction;
    /// false when the lab has no such cluster (any more).
    @discardableResult
    public func setTrustAuthorityClusterState(vCenter address: String, cluster id: String, enabled: Bool) throws(LabError) -> Bool {
        let changed = try write { db -> Bool in
            let key = address.lowercased()
            guard let body = try Data.fetchOne(db, sql: "SELECT body FROM vcenter WHERE addressKey = ?", arguments: [key]) else { return false }
            var vCenter = try JSONDecoder().decode(VCenter.self, from: body)
            guard let index = vCenter.trustAuthorityClusters.firstIndex(where: { $0.id == id }) else { return false }
            vCenter.trustAuthorityClusters[index].enabled = enabled
            try db.execute(sql: "UPDATE vcenter SET body = ? WHERE addressKey = ?", arguments: [try LabCoding.encode(vCenter), key])
            return true
        }
        invalidate()
        return changed
    }
}
