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
        let fields = try LabFileNode(node: root, field: "").fields(allowed: ["statusRefreshDelay", "tpmManufacturers", "vCenters", "keyServers"])
        var reading = LabFileReading()
        if let list = fields["tpmManufacturers"] {
            for element in try list.elements() {
                if element.node.scalar != nil {
                    reading.manufacturers.append(try element.nonEmptyText())
                } else {
                    let manufacturer = try element.fields(allowed: ["name"])
                    reading.manufacturers.append(try Self.required(manufacturer, "name", in: element).nonEmptyText())
                }
            }
            try Self.refuseRepeats(list.elements(), reading.manufacturers.map { $0.lowercased() }, what: "TPM manufacturer")
        }
        var vCenters: [VCenter] = []
        guard let vCenterList = fields["vCenters"] else {
            throw LabFileError(line: root.mark?.line ?? 1, field: "vCenters", problem: "missing; a lab needs at least one vCenter")
        }
        for node in try vCenterList.elements() { vCenters.append(try Self.vCenter(node, &reading)) }
        guard !vCenters.isEmpty else { throw vCenterList.failure("a lab needs at least one vCenter") }
        try Self.refuseRepeats(vCenterList.elements(), vCenters.map { $0.address.lowercased() }, what: "vCenter address")
        try reading.checkReferences(vCenters)
        var keyServers: [KeyServerDefinition] = []
        if let list = fields["keyServers"] {
            for node in try list.elements() { keyServers.append(try Self.keyServer(node)) }
            try Self.refuseRepeats(list.elements(), keyServers.map { "\($0.address.lowercased()):\($0.port)" }, what: "key server")
        }
        let delay = try fields["statusRefreshDelay"]?.number(in: 0...86_400) ?? 0
        self.init(vCenters: vCenters, keyServers: keyServers, statusRefreshDelay: delay, tpmManufacturers: reading.manufacturers,
                  hosts: reading.hosts.map(\.definition), trustAuthorityImports: reading.imports.map(\.imports).filter { !$0.isEmpty },
                  trustedClusterImports: reading.servicesInfo.map(\.entry),
                  workloadKeyProviders: reading.keyProviders.filter { $0.kind != .trusted } + reading.keyProviders.filter { $0.kind == .trusted })
    }

    private static func vCenter(_ node: LabFileNode, _ reading: inout LabFileReading) throws(LabFileError) -> VCenter {
        let fields = try node.fields(allowed: ["address", "ssoDomain", "users", "datacenters", "trustAuthorityClusters", "clusters", "keyProviders"])
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
        var datacenters: [Datacenter] = []
        if let list = fields["datacenters"] {
            for element in try list.elements() {
                let datacenter = try element.fields(allowed: ["id", "name"])
                datacenters.append(Datacenter(id: try required(datacenter, "id", in: element).nonEmptyText(),
                                              name: try required(datacenter, "name", in: element).nonEmptyText()))
            }
            try refuseRepeats(list.elements(), datacenters.map { $0.id.lowercased() }, what: "datacenter id")
        }
        let hostsBefore = reading.hosts.count
        var authorityClusters: [ClusterRecord] = []
        if let list = fields["trustAuthorityClusters"] {
            for element in try list.elements() {
                authorityClusters.append(try cluster(element, vCenter: address, datacenters: datacenters, trustAuthority: true, &reading))
            }
            try refuseRepeats(list.elements(), authorityClusters.map { $0.name.lowercased() }, what: "cluster name")
        }
        var clusters: [ClusterRecord] = []
        if let list = fields["clusters"] {
            for element in try list.elements() {
                clusters.append(try cluster(element, vCenter: address, datacenters: datacenters, trustAuthority: false, &reading))
            }
            try refuseRepeats(list.elements(), clusters.map { $0.name.lowercased() }, what: "cluster name")
            // A MoID names one cluster of the vCenter, whichever list it is in.
            let authorityIds = Set(authorityClusters.map { $0.id.lowercased() })
            if let index = clusters.firstIndex(where: { authorityIds.contains($0.id.lowercased()) }) {
                throw try list.elements()[index].failure("the cluster id '\(clusters[index].id)' is already a Trust Authority cluster of this vCenter")
            }
        }
        let hosts = reading.hosts[hostsBefore...]
        try refuseRepeats(hosts.map(\.node), hosts.map { $0.definition.id.lowercased() }, what: "host id")
        let machines = hosts.flatMap { host in zip(host.machineNodes, host.definition.virtualMachines) }
        try refuseRepeats(machines.map(\.0), machines.map { $0.1.id.lowercased() }, what: "virtual machine id")
        if let list = fields["keyProviders"] {
            var names: [String] = []
            for element in try list.elements() {
                let provider = try keyProvider(element, vCenter: address)
                names.append(provider.name.lowercased())
                reading.keyProviders.append(provider)
            }
            try refuseRepeats(list.elements(), names, what: "key provider name")
            let defaults = try list.elements().filter { element in
                (try? element.fields(allowed: ["name", "type", "registered", "default"])["default"]?.boolean()) == true
            }
            if defaults.count > 1 { throw defaults[1].failure("only one key provider of a vCenter can be the default") }
        }
        return VCenter(address: address, ssoDomain: domain, users: users, trustAuthorityClusters: authorityClusters, clusters: clusters,
                       datacenters: datacenters)
    }

    /// A cluster entry: `id`, `name`, `state` (Enabled, the default, or Disabled), `datacenter`, `hosts`, and
    /// `imports` (Trust Authority clusters) or `servicesInfo` (workload clusters).
    private static func cluster(_ element: LabFileNode, vCenter: String, datacenters: [Datacenter], trustAuthority: Bool,
                                _ reading: inout LabFileReading) throws(LabFileError) -> ClusterRecord {
        let cluster = try element.fields(allowed: ["id", "name", "state", "datacenter", "hosts", trustAuthority ? "imports" : "servicesInfo"])
        var enabled = true
        if let state = cluster["state"] {
            switch try state.text().lowercased() {
            case "enabled": enabled = true
            case "disabled": enabled = false
            case let other: throw state.failure("'\(other)' is not a cluster state; use Enabled or Disabled")
            }
        }
        let id = try required(cluster, "id", in: element).nonEmptyText()
        var datacenterId: String?
        if let node = cluster["datacenter"] {
            let written = try node.nonEmptyText()
            guard let datacenter = datacenters.first(where: { $0.id.equalsIgnoringCase(written) }) else {
                throw node.failure("'\(written)' is not a datacenter id of this vCenter")
            }
            datacenterId = datacenter.id
        }
        if let list = cluster["hosts"] {
            for hostNode in try list.elements() { try host(hostNode, vCenter: vCenter, clusterId: id, &reading) }
        }
        if let node = cluster["imports"] { try imports(node, vCenter: vCenter, clusterId: id, &reading) }
        if let node = cluster["servicesInfo"] {
            let info = try node.fields(allowed: ["from", "applied"])
            let fromNode = try required(info, "from", in: node)
            let from = try fromNode.fields(allowed: ["vCenter", "cluster"])
            reading.servicesInfo.append((fromNode, TrustedClusterImport(
                vCenter: vCenter, clusterId: id, trustAuthorityVCenter: try required(from, "vCenter", in: fromNode).nonEmptyText(),
                trustAuthorityClusterId: try required(from, "cluster", in: fromNode).nonEmptyText(),
                applied: try info["applied"]?.boolean() ?? true)))
        }
        return ClusterRecord(id: id, name: try required(cluster, "name", in: element).nonEmptyText(), enabled: enabled, datacenterId: datacenterId)
    }

    private static func host(_ node: LabFileNode, vCenter: String, clusterId: String, _ reading: inout LabFileReading) throws(LabFileError) {
        let fields = try node.fields(allowed: ["id", "name", "version", "build", "tpm", "vms"])
        var manufacturer: String?
        if let tpm = fields["tpm"] {
            let written = try tpm.nonEmptyText()
            guard let known = reading.manufacturers.first(where: { $0.equalsIgnoringCase(written) }) else {
                throw tpm.failure("'\(written)' is not one of the lab's tpmManufacturers")
            }
            manufacturer = known
        }
        let nameNode = try required(fields, "name", in: node)
        let name = try nameNode.nonEmptyText()
        guard !name.contains(where: { $0.isWhitespace || $0 == "/" }) else { throw nameNode.failure("'\(name)' is not a host name") }
        var machines: [VirtualMachine] = []
        var machineNodes: [LabFileNode] = []
        if let list = fields["vms"] {
            for element in try list.elements() {
                let machine = try element.fields(allowed: ["id", "name", "powerState", "cpus", "memoryGB"])
                var poweredOn = true
                if let state = machine["powerState"] {
                    switch try state.text().lowercased() {
                    case "poweredon": poweredOn = true
                    case "poweredoff": poweredOn = false
                    case let other: throw state.failure("'\(other)' is not a power state; use PoweredOn or PoweredOff")
                    }
                }
                machines.append(VirtualMachine(id: try required(machine, "id", in: element).nonEmptyText(),
                                               name: try required(machine, "name", in: element).nonEmptyText(), poweredOn: poweredOn,
                                               cpuCount: try machine["cpus"]?.integer(in: 1...768) ?? 2,
                                               memoryGB: try machine["memoryGB"]?.integer(in: 1...24_576) ?? 4))
                machineNodes.append(element)
            }
        }
        let versionNode = try required(fields, "version", in: node)
        let version = try versionNode.nonEmptyText()
        guard !version.contains("-") else { throw versionNode.failure("'\(version)' is not an ESXi version such as 7.0.3 (the build is its own field)") }
        reading.hosts.append((node, machineNodes, VMHostDefinition(
            vCenter: vCenter, clusterId: clusterId, id: try required(fields, "id", in: node).nonEmptyText(), name: name, version: version,
            build: try required(fields, "build", in: node).nonEmptyText(), tpmManufacturer: manufacturer, virtualMachines: machines)))
    }

    private static func imports(_ node: LabFileNode, vCenter: String, clusterId: String, _ reading: inout LabFileReading) throws(LabFileError) {
        let fields = try node.fields(allowed: ["principals", "tpmCACertificates", "endorsementKeys", "baseImages", "attestationSettings"])
        var imports = TrustAuthorityImports(vCenter: vCenter, clusterId: clusterId)
        if let list = fields["tpmCACertificates"] {
            for element in try list.elements() {
                let written = try element.nonEmptyText()
                guard let known = reading.manufacturers.first(where: { $0.equalsIgnoringCase(written) }) else {
                    throw element.failure("'\(written)' is not one of the lab's tpmManufacturers")
                }
                imports.tpmCACertificates.append(known)
            }
            try refuseRepeats(list.elements(), imports.tpmCACertificates.map { $0.lowercased() }, what: "TPM CA certificate")
        }
        if let list = fields["baseImages"] {
            for element in try list.elements() {
                let written = try element.nonEmptyText()
                guard VMHostBaseImage(imageVersion: written) != nil else {
                    throw element.failure("'\(written)' is not a base image such as 7.0.3-21930508 (version-build)")
                }
                imports.baseImages.append(written)
            }
            try refuseRepeats(list.elements(), imports.baseImages.map { $0.lowercased() }, what: "base image")
        }
        if let settings = fields["attestationSettings"] {
            let values = try settings.fields(allowed: ["requireEndorsementKey", "requireCertificateValidation"])
            imports.attestationSettings = Tpm2AttestationSettings(
                requireEndorsementKey: try values["requireEndorsementKey"]?.boolean() ?? false,
                requireCertificateValidation: try values["requireCertificateValidation"]?.boolean() ?? true)
        }
        let principals = try fields["principals"]?.elements() ?? []
        imports.principals = try principals.map { element throws(LabFileError) in try element.nonEmptyText() }
        try refuseRepeats(principals, imports.principals.map { $0.lowercased() }, what: "principal")
        let keys = try fields["endorsementKeys"]?.elements() ?? []
        imports.endorsementKeys = try keys.map { element throws(LabFileError) in try element.nonEmptyText() }
        try refuseRepeats(keys, imports.endorsementKeys.map { $0.lowercased() }, what: "endorsement key")
        reading.imports.append((principals, keys, imports))
    }

    private static func keyProvider(_ element: LabFileNode, vCenter: String) throws(LabFileError) -> WorkloadKeyProviderDefinition {
        let fields = try element.fields(allowed: ["name", "type", "registered", "default"])
        let typeNode = try required(fields, "type", in: element)
        let written = try typeNode.text()
        guard let kind = WorkloadKeyProvider.Kind.allCases.first(where: { $0.rawValue.caseInsensitiveCompare(written) == .orderedSame }) else {
            throw typeNode.failure("'\(written)' is not a key provider type; use KeyProvider, NativeKeyProvider or TrustedKeyProvider")
        }
        let registered = try fields["registered"]?.boolean() ?? false
        if registered && kind == .standard, let node = fields["registered"] {
            throw node.failure("a key provider of type KeyProvider cannot be registered")
        }
        return WorkloadKeyProviderDefinition(vCenter: vCenter, name: try required(fields, "name", in: element).nonEmptyText(), kind: kind,
                                             registered: registered, defaultForSystem: try fields["default"]?.boolean() ?? false)
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

    static func required(_ fields: [String: LabFileNode], _ name: String, in node: LabFileNode) throws(LabFileError) -> LabFileNode {
        guard let value = fields[name] else {
            throw LabFileError(line: node.line, field: node.field.isEmpty ? name : "\(node.field).\(name)", problem: "missing")
        }
        return value
    }

    static func refuseRepeats(_ nodes: [LabFileNode], _ keys: [String], what: String) throws(LabFileError) {
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
            "# vtash lab file: the vCenters (users, datacenters, clusters, hosts), TPM manufacturers, Trust Authority",
            "# imports and key servers of a lab.",
            "# Create a lab from it with `vtash lab init PATH --from FILE` (see docs/labs/README.md).",
            "statusRefreshDelay: \(Self.number(statusRefreshDelay))",
        ]
        if !tpmManufacturers.isEmpty {
            lines.append("tpmManufacturers:")
            for name in tpmManufacturers { lines.append("  - name: \(Self.scalar(name))") }
        }
        lines.append("vCenters:")
        var hostsByCluster: [String: [VMHostDefinition]] = [:]
        for host in hosts { hostsByCluster["\(host.vCenter.lowercased())|\(host.clusterId.lowercased())", default: []].append(host) }
        for vCenter in vCenters {
            lines.append("  - address: \(Self.scalar(vCenter.address))")
            lines.append("    ssoDomain: \(Self.scalar(vCenter.ssoDomain))")
            lines.append("    users:" + (vCenter.users.isEmpty ? " []" : ""))
            for user in vCenter.users {
                lines.append("      - name: \(Self.scalar(user.name))")
                lines.append("        password: \(Self.scalar(user.password))")
                lines.append("        groups: [\(user.groups.map(Self.scalar).joined(separator: ", "))]")
            }
            if !vCenter.datacenters.isEmpty { lines.append("    datacenters:") }
            for datacenter in vCenter.datacenters {
                lines.append("      - {id: \(Self.scalar(datacenter.id)), name: \(Self.scalar(datacenter.name))}")
            }
            lines.append("    trustAuthorityClusters:" + (vCenter.trustAuthorityClusters.isEmpty ? " []" : ""))
            for cluster in vCenter.trustAuthorityClusters {
                lines += Self.clusterLines(cluster, hosts: hostsByCluster["\(vCenter.address.lowercased())|\(cluster.id.lowercased())"] ?? [])
                if let imports = trustAuthorityImports.first(where: {
                    $0.vCenter.equalsIgnoringCase(vCenter.address) && $0.clusterId.equalsIgnoringCase(cluster.id)
                }), !imports.isEmpty {
                    lines += Self.importLines(imports)
                }
            }
            // Workload clusters are optional in a lab file.
            if !vCenter.clusters.isEmpty { lines.append("    clusters:") }
            for cluster in vCenter.clusters {
                lines += Self.clusterLines(cluster, hosts: hostsByCluster["\(vCenter.address.lowercased())|\(cluster.id.lowercased())"] ?? [])
                if let entry = trustedClusterImports.first(where: {
                    $0.vCenter.equalsIgnoringCase(vCenter.address) && $0.clusterId.equalsIgnoringCase(cluster.id)
                }) {
                    lines.append("        servicesInfo:")
                    lines.append("          from: {vCenter: \(Self.scalar(entry.trustAuthorityVCenter)), cluster: \(Self.scalar(entry.trustAuthorityClusterId))}")
                    lines.append("          applied: \(entry.applied)")
                }
            }
            let providers = workloadKeyProviders.filter { $0.vCenter.equalsIgnoringCase(vCenter.address) }
            if !providers.isEmpty { lines.append("    keyProviders:") }
            for provider in providers {
                var fields = ["name: \(Self.scalar(provider.name))", "type: \(provider.kind.rawValue)"]
                if provider.registered { fields.append("registered: true") }
                if provider.defaultForSystem { fields.append("default: true") }
                lines.append("      - {\(fields.joined(separator: ", "))}")
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

    private static func clusterLines(_ cluster: ClusterRecord, hosts members: [VMHostDefinition]) -> [String] {
        var lines = [
            "      - id: \(Self.scalar(cluster.id))",
            "        name: \(Self.scalar(cluster.name))",
            "        state: \(cluster.enabled ? "Enabled" : "Disabled")",
        ]
        if let datacenter = cluster.datacenterId { lines.append("        datacenter: \(Self.scalar(datacenter))") }
        if !members.isEmpty { lines.append("        hosts:") }
        for host in members {
            lines.append("          - id: \(Self.scalar(host.id))")
            lines.append("            name: \(Self.scalar(host.name))")
            lines.append("            version: \(Self.scalar(host.version))")
            lines.append("            build: \(Self.scalar(host.build))")
            if let manufacturer = host.tpmManufacturer { lines.append("            tpm: \(Self.scalar(manufacturer))") }
            if !host.virtualMachines.isEmpty { lines.append("            vms:") }
            for machine in host.virtualMachines {
                var fields = ["id: \(Self.scalar(machine.id))", "name: \(Self.scalar(machine.name))"]
                if !machine.poweredOn { fields.append("powerState: PoweredOff") }
                if machine.cpuCount != 2 { fields.append("cpus: \(machine.cpuCount)") }
                if machine.memoryGB != 4 { fields.append("memoryGB: \(machine.memoryGB)") }
                lines.append("              - {\(fields.joined(separator: ", "))}")
            }
        }
        return lines
    }

    private static func importLines(_ imports: TrustAuthorityImports) -> [String] {
        var lines = ["        imports:"]
        for (name, values) in [("principals", imports.principals), ("tpmCACertificates", imports.tpmCACertificates),
                               ("endorsementKeys", imports.endorsementKeys), ("baseImages", imports.baseImages)] where !values.isEmpty {
            lines.append("          \(name): [\(values.map(scalar).joined(separator: ", "))]")
        }
        if imports.attestationSettings != Tpm2AttestationSettings() {
            lines.append("          attestationSettings: {requireEndorsementKey: \(imports.attestationSettings.requireEndorsementKey), "
                + "requireCertificateValidation: \(imports.attestationSettings.requireCertificateValidation)}")
        }
        return lines
    }

    private static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    /// Made once: a lab file of 2,000 hosts writes tens of thousands of values.
    private static let plainCharacters = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "._@!/- \\$"))

    /// Plain when YAML would read the text back unchanged as a string, double-quoted otherwise.
    static func scalar(_ text: String) -> String {
        let plainCharacters = Self.plainCharacters
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
