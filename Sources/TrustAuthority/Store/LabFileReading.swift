import Yams

/// What the lab file reader has collected so far, with the nodes it came from, so that references
/// between parts of the file (a host's TPM manufacturer, an imported principal's vCenter, a services
/// info's Trust Authority cluster) are checked once the whole file is read and still name line and field.
struct LabFileReading {
    var manufacturers: [String] = []
    var hosts: [(node: LabFileNode, machineNodes: [LabFileNode], definition: VMHostDefinition)] = []
    var imports: [(principals: [LabFileNode], keys: [LabFileNode], imports: TrustAuthorityImports)] = []
    var servicesInfo: [(node: LabFileNode, entry: TrustedClusterImport)] = []
    var keyProviders: [WorkloadKeyProviderDefinition] = []

    func checkReferences(_ vCenters: [VCenter]) throws(LabFileError) {
        try LabDefinition.refuseRepeats(hosts.map(\.node), hosts.map { $0.definition.name.lowercased() }, what: "host name")
        for entry in imports {
            for (node, address) in zip(entry.principals, entry.imports.principals)
            where !vCenters.contains(where: { $0.address.equalsIgnoringCase(address) }) {
                throw node.failure("'\(address)' is not the address of a vCenter of this lab")
            }
            for (node, name) in zip(entry.keys, entry.imports.endorsementKeys) {
                guard let host = hosts.first(where: { $0.definition.name.equalsIgnoringCase(name) }) else {
                    throw node.failure("'\(name)' is not the name of a host of this lab")
                }
                guard host.definition.tpmManufacturer != nil else { throw node.failure("the host '\(name)' has no TPM") }
            }
        }
        for (node, entry) in servicesInfo {
            guard let vCenter = vCenters.first(where: { $0.address.equalsIgnoringCase(entry.trustAuthorityVCenter) }) else {
                throw node.failure("'\(entry.trustAuthorityVCenter)' is not the address of a vCenter of this lab")
            }
            guard vCenter.trustAuthorityClusters.contains(where: { $0.id.equalsIgnoringCase(entry.trustAuthorityClusterId) }) else {
                throw node.failure("'\(entry.trustAuthorityClusterId)' is not a Trust Authority cluster id of the vCenter \(vCenter.address)")
            }
            guard !vCenter.address.equalsIgnoringCase(entry.vCenter) else {
                throw node.failure("a workload cluster takes the services info of a Trust Authority cluster of another vCenter")
            }
        }
    }
}
