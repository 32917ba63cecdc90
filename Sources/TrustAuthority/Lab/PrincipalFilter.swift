/// Which principals `Get-TrustAuthorityPrincipal` returns: by id, or by name, domain and issuer (any case,
/// any of the listed values; empty matches all). A domain filters only together with a name; the rule is
/// enforced here so every caller gets the same error.
public struct PrincipalFilter: Sendable, Equatable {
    public var ids: [String]
    public var names: [String]
    public var domain: String?
    public var issuers: [String]

    public init(ids: [String] = [], names: [String] = [], domain: String? = nil, issuers: [String] = []) throws(LabError) {
        guard domain == nil || !names.isEmpty else { throw .domainWithoutName }
        self.ids = ids
        self.names = names
        self.domain = domain
        self.issuers = issuers
    }

    public static let all = PrincipalFilter(unchecked: ())

    private init(unchecked: Void) {
        ids = []
        names = []
        domain = nil
        issuers = []
    }

    func matches(_ principal: TrustedPrincipal) -> Bool {
        (ids.isEmpty || ids.contains { $0.equalsIgnoringCase(principal.id) })
            && (names.isEmpty || names.contains { $0.equalsIgnoringCase(principal.name) })
            && (domain.map { $0.equalsIgnoringCase(principal.domain) } ?? true)
            && (issuers.isEmpty || issuers.contains { $0.equalsIgnoringCase(principal.issuer) || $0.equalsIgnoringCase(principal.issuerAlias) })
    }
}
