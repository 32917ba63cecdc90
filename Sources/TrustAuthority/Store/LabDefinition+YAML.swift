import Foundation
import KMIP
import Yams

/// Reading and writing lab files (YAML). The reader checks every field and names the line and the field
/// of the first problem; the writer produces the file `vtash lab export` writes and docs/labs/ ships.
extension LabDefinition {
    public init(yaml text: String) throws(LabFileError) {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw Self.syntaxError(error)
        } catch {
            throw LabFileError(line: 0, field: "", problem: "the file is not YAML (\(error))")
        }
        guard let root else { throw LabFileError(line: 0, field: "", problem: "the file is empty; a lab needs at least one vCenter") }
        let fields = try LabFileNode(node: root, field: "").fields(allowed: ["statusRefreshDelay", "vCenters", "keyServers"])
        var vCenters: [VCenter] = []
        guard let vCenterList = fields["vCenters"] else {
            throw LabFileError(line: root.mark?.line ?? 1, field: "vCenters", problem: "missing; a lab needs at least one vCenter")
        }
        for node in try vCenterList.elements() { vCenters.append(try Self.vCenter(node)) }
        guard !vCenters.isEmpty else { throw vCenterList.failure("a lab needs at least one vCenter") }
        try Self.refuseRepeats(vCenterList.elements(), vCenters.map { $0.address.lowercased() }, what: "vCenter address")
        var keyServers: [KeyServerDefinition] = []
        if let list = fields["keyServers"] {
            for node in try list.elements() { keyServers.append(try Self.keyServer(node)) }
            try Self.refuseRepeats(list.elements(), keyServers.map { "\($0.address.lowercased()):\($0.port)" }, what: "key server")
        }
        let delay = try fields["statusRefreshDelay"]?.number(in: 0...86_400) ?? 0
        self.init(vCenters: vCenters, keyServers: keyServers, statusRefreshDelay: delay)
    }

    private static func vCenter(_ node: LabFileNode) throws(LabFileError) -> VCenter {
        let fields = try node.fields(allowed: ["address", "ssoDomain", "users", "trustAuthorityClusters", "clusters"])
        let address = try required(fields, "address", in: node).nonEmptyText()
        let domain = try fields["ssoDomain"]?.nonEmptyText() ?? "vsphere.local"
        var users: [SSOUser] = []
        if let list = fields["users"] {
            for element in try list.elements() {
                let user = try element.fields(allowed: ["name", "password", "groups"])
                users.append(SSOUser(name: try required(user, "name", in: element).nonEmptyText(),
                                     password: try required(user, "password", in: element).text(),
                                     groups: try user["groups"]?.texts() ?? []))
            }
            try refuseRepeats(list.elements(), users.map { $0.name.lowercased() }, what: "user")
        }
        var authorityClusters: [ClusterRecord] = []
        if let list = fields["trustAuthorityClusters"] {
            authorityClusters = try list.elements().map(cluster)
            try refuseRepeats(list.elements(), authorityClusters.map { $0.name.lowercased() }, what: "cluster name")
        }
        var clusters: [ClusterRecord] = []
        if let list = fields["clusters"] {
            clusters = try list.elements().map(cluster)
            try refuseRepeats(list.elements(), clusters.map { $0.name.lowercased() }, what: "cluster name")
            // A MoID names one cluster of the vCenter, whichever list it is in.
            let authorityIds = Set(authorityClusters.map { $0.id.lowercased() })
            if let index = clusters.firstIndex(where: { authorityIds.contains($0.id.lowercased()) }) {
                throw try list.elements()[index].failure("the cluster id '\(clusters[index].id)' is already a Trust Authority cluster of this vCenter")
            }
        }
        return VCenter(address: address, ssoDomain: domain, users: users, trustAuthorityClusters: authorityClusters, clusters: clusters)
    }

    /// A cluster entry: `id`, `name` and `state` (Enabled, the default, or Disabled).
    private static func cluster(_ element: LabFileNode) throws(LabFileError) -> ClusterRecord {
        let cluster = try element.fields(allowed: ["id", "name", "state"])
        var enabled = true
        if let state = cluster["state"] {
            switch try state.text().lowercased() {
            case "enabled": enabled = true
            case "disabled": enabled = false
            case let other: throw state.failure("'\(other)' is not a cluster state; use Enabled or Disabled")
            }
        }
        return ClusterRecord(id: try required(cluster, "id", in: element).nonEmptyText(),
                             name: try required(cluster, "name", in: element).nonEmptyText(), enabled: enabled)
    }

    private static func keyServer(_ node: LabFileNode) throws(LabFileError) -> KeyServerDefinition {
        let fields = try node.fields(allowed: ["address", "port", "live", "username", "keys"])
        let addressNode = try required(fields, "address", in: node)
        let address = try addressNode.nonEmptyText()
        guard !address.contains(where: { $0.isWhitespace || $0 == "/" }) else {
            throw addressNode.failure("'\(address)' is not a host name or an IP address")
        }
        let port = try fields["port"]?.integer(in: 1...65_535) ?? 5696
        let live = try fields["live"]?.boolean() ?? false
        if live {
            for name in ["username", "keys"] {
                if let extra = fields[name] { throw extra.failure("a live key server's \(name) are managed on the server itself; remove this field") }
            }
            return KeyServerDefinition(address: address, port: port, live: true)
        }
        var keys: [KeyDefinition] = []
        if let list = fields["keys"] {
            for element in try list.elements() { keys.append(try key(element)) }
            try refuseRepeats(list.elements(), keys.map(\.id), what: "key id")
        }
        return KeyServerDefinition(address: address, port: port, username: try fields["username"]?.nonEmptyText() ?? "vcqekmip", keys: keys)
    }

    /// A key is its id (`"8"`, Active) or `{id: "9", state: Pre-Active}`.
    private static func key(_ node: LabFileNode) throws(LabFileError) -> KeyDefinition {
        if node.node.scalar != nil { return KeyDefinition(id: try node.nonEmptyText()) }
        let fields = try node.fields(allowed: ["id", "state"])
        let id = try required(fields, "id", in: node).nonEmptyText()
        guard let stateNode = fields["state"] else { return KeyDefinition(id: id) }
        let written = try stateNode.text()
        guard let state = KeyState.allCases.first(where: { $0.description.caseInsensitiveCompare(written) == .orderedSame }) else {
            throw stateNode.failure("'\(written)' is not a key state; use one of \(KeyState.allCases.map(\.description).joined(separator: ", "))")
        }
        return KeyDefinition(id: id, state: state)
    }

    private static func required(_ fields: [String: LabFileNode], _ name: String, in node: LabFileNode) throws(LabFileError) -> LabFileNode {
        guard let value = fields[name] else {
            throw LabFileError(line: node.line, field: node.field.isEmpty ? name : "\(node.field).\(name)", problem: "missing")
        }
        return value
    }

    private static func refuseRepeats(_ nodes: [LabFileNode], _ keys: [String], what: String) throws(LabFileError) {
        var seen = Set<String>()
        for (node, key) in zip(nodes, keys) where !seen.insert(key).inserted {
            throw node.failure("the \(what) '\(key)' appears twice")
        }
    }

    private static func syntaxError(_ error: YamlError) -> LabFileError {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return LabFileError(line: mark.line, field: "", problem: "not valid YAML: \(problem)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            return LabFileError(line: context.mark.line, field: duplicates.joined(separator: ", "), problem: "the field appears twice")
        default:
            return LabFileError(line: 0, field: "", problem: "not valid YAML: \(error)")
        }
    }

    // MARK: - Writing

    /// The lab file text: stable field order, values quoted only where YAML needs it.
    public var yaml: String {
        var lines = [
            "# vtash lab file: the vCenters, users, Trust Authority clusters and key servers of a lab.",
            "# Create a lab from it with `vtash lab init PATH --from FILE` (see docs/labs/README.md).",
            "statusRefreshDelay: \(Self.number(statusRefreshDelay))",
            "vCenters:",
        ]
        for vCenter in vCenters {
            lines.append("  - address: \(Self.scalar(vCenter.address))")
            lines.append("    ssoDomain: \(Self.scalar(vCenter.ssoDomain))")
            lines.append("    users:" + (vCenter.users.isEmpty ? " []" : ""))
            for user in vCenter.users {
                lines.append("      - name: \(Self.scalar(user.name))")
                lines.append("        password: \(Self.scalar(user.password))")
                lines.append("        groups: [\(user.groups.map(Self.scalar).joined(separator: ", "))]")
            }
            lines.append("    trustAuthorityClusters:" + (vCenter.trustAuthorityClusters.isEmpty ? " []" : ""))
            for cluster in vCenter.trustAuthorityClusters {
                lines.append("      - id: \(Self.scalar(cluster.id))")
                lines.append("        name: \(Self.scalar(cluster.name))")
                lines.append("        state: \(cluster.enabled ? "Enabled" : "Disabled")")
            }
            // Workload clusters are optional in a lab file; the seed's lab has none.
            if !vCenter.clusters.isEmpty { lines.append("    clusters:") }
            for cluster in vCenter.clusters {
                lines.append("      - id: \(Self.scalar(cluster.id))")
                lines.append("        name: \(Self.scalar(cluster.name))")
                lines.append("        state: \(cluster.enabled ? "Enabled" : "Disabled")")
            }
        }
        lines.append("keyServers:" + (keyServers.isEmpty ? " []" : ""))
        for server in keyServers {
            lines.append("  - address: \(Self.scalar(server.address))")
            lines.append("    port: \(server.port)")
            if server.live {
                lines.append("    live: true")
                continue
            }
            lines.append("    username: \(Self.scalar(server.username))")
            let keys = server.keys.map { key in
                key.state == .active ? Self.scalar(key.id) : "{id: \(Self.scalar(key.id)), state: \(key.state.description)}"
            }
            lines.append("    keys: [\(keys.joined(separator: ", "))]")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    /// Plain when YAML would read the text back unchanged as a string, double-quoted otherwise.
    static func scalar(_ text: String) -> String {
        let plainCharacters = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "._@!/- \\$"))
        let reserved = ["true", "false", "yes", "no", "on", "off", "null", "y", "n", "~"]
        let isPlain = !text.isEmpty
            && text.unicodeScalars.allSatisfy { plainCharacters.contains($0) && $0.isASCII }
            && text.first.map { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "/" } == true
            && Double(text) == nil
            && text.last != " " && !text.contains(" -") && !text.contains(" #")
            && !reserved.contains(text.lowercased())
        if isPlain { return text }
        var quoted = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": quoted += "\\\""
            case "\\": quoted += "\\\\"
            case "\n": quoted += "\\n"
            case "\t": quoted += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    quoted += String(format: "\\x%02X", scalar.value)
                } else {
                    quoted.unicodeScalars.append(scalar)
                }
            }
        }
        return quoted + "\""
    }
}
