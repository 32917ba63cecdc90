import Foundation
import TrustAuthority

/// What `vtash lab show` prints: the lab's file and state, its vCenters, key servers and key providers.
struct LabSummary {
    let lab: Lab

    var text: String {
        var lines: [String] = []
        let integrity = (try? lab.integrityCheck()) ?? ["cannot be checked"]
        lines.append("Lab:          \(lab.path ?? "(in memory)")")
        lines.append("Integrity:    \(integrity.joined(separator: "; "))")
        lines.append("Schema:       \(lab.schemaVersion ?? "unknown")")
        lines.append("Status delay: \(Int(lab.statusRefreshDelay)) s")
        for vCenter in lab.vCenters {
            lines.append("")
            lines.append("vCenter \(vCenter.address) (SSO domain \(vCenter.ssoDomain))")
            for user in vCenter.users {
                lines.append("  user    \(user.name)@\(vCenter.ssoDomain)  groups: \(user.groups.joined(separator: ", "))")
            }
            for cluster in vCenter.trustAuthorityClusters {
                lines.append("  cluster '\(cluster.name)' (\(cluster.trustAuthorityClusterId)), \(cluster.enabled ? "Enabled" : "Disabled")")
            }
            for cluster in vCenter.clusters {
                lines.append("  workload cluster '\(cluster.name)' (\(cluster.trustedClusterId)), \(cluster.enabled ? "Enabled" : "Disabled")")
            }
        }
        lines.append("")
        let definition = lab.definition
        for server in definition.keyServers {
            if server.live {
                lines.append("Key server \(server.address):\(server.port)  live")
                continue
            }
            let trusted = lab.keyServer(address: server.address, port: server.port)?.trustedClientCertificates.count ?? 0
            let keys = server.keys.map { $0.state == .active ? $0.id : "\($0.id) (\($0.state))" }
            lines.append("Key server \(server.address):\(server.port)  simulated, user \(server.username), "
                + "keys: \(keys.isEmpty ? "none" : keys.joined(separator: ", ")), uploaded client certificates: \(trusted)")
        }
        let providers = (try? lab.providers()) ?? []
        lines.append("")
        lines.append("Key providers: \(providers.count)")
        for provider in providers {
            let servers = provider.servers.map { "\($0.address):\($0.port)" }.joined(separator: ", ")
            lines.append("  \(provider.name)  cluster \(provider.clusterId), primary key \(provider.primaryKeyId), servers \(servers), "
                + "client certificate: \(provider.clientCertificate == nil ? "no" : "yes"), "
                + "trusted server certificates: \(provider.trustedServerCertificates.count)")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
