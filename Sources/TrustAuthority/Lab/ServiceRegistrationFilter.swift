/// Which registrations `Get-AttestationServiceInfo` / `Get-KeyProviderServiceInfo` return: by id, or by
/// address, group, port and Trust Authority cluster id (each list matches any of its values, any case;
/// an empty list matches all). The rule that a port filters only together with an address is enforced
/// here, so every caller gets the same error.
public struct ServiceRegistrationFilter: Sendable, Equatable {
    public var ids: [String]
    public var addresses: [String]
    public var groups: [String]
    public var ports: [Int]
    public var trustAuthorityClusterIds: [String]

    public init(ids: [String] = [], addresses: [String] = [], groups: [String] = [], ports: [Int] = [],
                trustAuthorityClusterIds: [String] = []) throws(LabError) {
        guard ports.isEmpty || !addresses.isEmpty else { throw .portWithoutAddress }
        self.ids = ids
        self.addresses = addresses
        self.groups = groups
        self.ports = ports
        self.trustAuthorityClusterIds = trustAuthorityClusterIds
    }

    public static let all = ServiceRegistrationFilter(unchecked: ())

    private init(unchecked: Void) {
        ids = []
        addresses = []
        groups = []
        ports = []
        trustAuthorityClusterIds = []
    }

    func matches(_ registration: ServiceRegistration) -> Bool {
        (ids.isEmpty || ids.contains { $0.equalsIgnoringCase(registration.id) })
            && (addresses.isEmpty || addresses.contains { $0.equalsIgnoringCase(registration.address) })
            && (groups.isEmpty || groups.contains { $0.equalsIgnoringCase(registration.group) })
            && (ports.isEmpty || ports.contains(registration.port))
            && (trustAuthorityClusterIds.isEmpty || trustAuthorityClusterIds.contains { id in
                id.equalsIgnoringCase(registration.trustAuthorityClusterId)
                    || id.equalsIgnoringCase("TrustAuthorityCluster-" + registration.trustAuthorityClusterId)
            })
    }
}
