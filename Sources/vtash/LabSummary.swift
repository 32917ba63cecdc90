import Foundation
import TrustAuthority

/// What `vtash lab show` prints: the lab's file and state, its vCenters (users, datacenters, clusters with
/// their hosts, Trust Authority imports, trusted clusters with their attestation, key providers), TPM
/// manufacturers, key servers and key providers.
struct LabSummary {
    let lab: Lab

    var text: String {
        var lines: [String] = []
        let integrity = (try? lab.integrityCheck()) ?? ["cannot be checked"]
        lines.append("Lab:          \(lab.path ?? "(in memory)")")
        lines.append("Integrity:    \(integrity.joined(separator: "; "))")
        lines.append("Schema:       \(lab.schemaVersion ?? "unknown")")
        lines.append("Status delay: \(Int(lab.statusRefreshDelay)) s")
        let overview = lab.overview()
        for summary in overview.vCenters {
            let vCenter = summary.vCenter
            lines.append("")
            lines.append("vCenter \(vCenter.address) (SSO domain \(vCenter.ssoDomain))")
            for user in vCenter.users {
                lines.append("  user    \(user.name)@\(vCenter.ssoDomain)  groups: \(user.groups.joined(separator: ", "))")
            }
            for datacenter in vCenter.datacenters {
                lines.append("  datacenter '\(datacenter.name)' (\(datacenter.id))")
            }
            for entry in summary.trustAuthorityClusters {
                let cluster = entry.cluster
                lines.append("  cluster '\(cluster.name)' (\(cluster.trustAuthorityClusterId)), \(cluster.enabled ? "Enabled" : "Disabled"), "
                    + Self.count(entry.hostCount, "host"))
                let configuration = entry.configuration
                let settings = configuration.attestationSettings
                lines.append("    imported: " + [Self.count(configuration.principals.count, "principal"),
                                                 Self.count(configuration.tpmCACertificates.count, "TPM CA certificate"),
                                                 Self.count(configuration.endorsementKeys.count, "endorsement key"),
                                                 Self.count(configuration.baseImages.count, "base image")].joined(separator: ", ")
                    + "; requires " + (settings.requireCertificateValidation ? "certificate validation" : "no certificate validation")
                    + (settings.requireEndorsementKey ? " and imported endorsement keys" : ""))
            }
            for entry in summary.trustedClusters {
                let cluster = entry.trusted.cluster
                var line = "  workload cluster '\(cluster.name)' (\(cluster.trustedClusterId)), \(cluster.enabled ? "Enabled" : "Disabled"), "
                    + Self.count(entry.hostCount, "host")
                if let source = entry.trusted.source {
                    line += ", services of '\(source.clusterName)' on \(source.vCenter), applied \(entry.appliedHealth.rawValue)"
                } else {
                    line += ", no services info imported"
                }
                lines.append(line)
                if entry.hostCount > 0 { lines.append("    attestation: \(entry.passed) Passed, \(entry.failed) Failed") }
            }
            if !summary.registrations.isEmpty {
                let attestation = summary.registrations.filter { $0.kind == .attestation }.count
                lines.append("  registered services: \(attestation) attestation, \(summary.registrations.count - attestation) key provider")
            }
            for provider in summary.keyProviders {
                var flags = [provider.kind.rawValue]
                if provider.registered { flags.append("registered") }
                if summary.defaultKeyProvider.map({ $0.caseInsensitiveCompare(provider.name) == .orderedSame }) == true { flags.append("default") }
                lines.append("  key provider \(provider.name) (\(flags.joined(separator: ", ")))")
            }
            if summary.virtualMachineCount > 0 { lines.append("  virtual machines: \(summary.virtualMachineCount)") }
        }
        if !overview.tpmManufacturers.isEmpty {
            lines.append("")
            lines.append("TPM manufacturers: \(overview.tpmManufacturers.joined(separator: ", "))")
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

    private static func count(_ value: Int, _ noun: String) -> String {
        "\(value) \(noun)\(value == 1 ? "" : "s")"
    }
}
