import ShellEngine
import TrustAuthority

/// What Get-TrustAuthorityAttestationService and Get-TrustAuthorityKeyProviderService share: the services of
/// one kind of the named clusters (each must be enabled), or of every enabled cluster of the connected
/// vCenter when none is named, filtered by host, address and group.
struct TrustAuthorityServiceSelection {
    var kind: TrustAuthorityService.Kind
    var clusters: [TrustAuthorityClusterArgument]
    var hosts: [TrustAuthorityServiceHostArgument]
    var addresses: [String]
    var groups: [String]

    func services(_ administrator: TrustAuthorityAdministrator) throws -> [TrustAuthorityService] {
        let records: [ClusterRecord]
        if clusters.isEmpty {
            // Unnamed, the disabled clusters are simply not asked: only a named disabled cluster is an error.
            records = try administrator.perform { () throws(LabError) in try administrator.lab.trustAuthorityClusters(by: administrator.user) }.filter(\.enabled)
        } else {
            records = try clusters.map(administrator.cluster)
        }
        let hostNames = hosts.map(Self.hostName)
        let addressPatterns = addresses.map { WildcardPattern($0) }
        let groupPatterns = groups.map { WildcardPattern($0) }
        var found: [TrustAuthorityService] = []
        for cluster in records {
            let services = try administrator.perform { () throws(LabError) in
                try administrator.lab.trustAuthorityServices(of: cluster.id, kind: kind, by: administrator.user)
            }
            found += services.filter { service in
                (hostNames.isEmpty || hostNames.contains { $0.caseInsensitiveCompare(service.address) == .orderedSame })
                    && (addressPatterns.isEmpty || addressPatterns.contains { $0.matches(service.address) })
                    && (groupPatterns.isEmpty || groupPatterns.contains { $0.matches(service.group) })
            }
        }
        return found
    }

    /// A host object's Name, or the name given.
    static func hostName(_ argument: TrustAuthorityServiceHostArgument) -> String {
        switch argument {
        case .object(let object): return LanguagePrimitives.toString(object["Name"])
        case .name(let name): return name
        }
    }
}
