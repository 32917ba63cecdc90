import Foundation
import TrustAuthority

/// `trust_authority_clusters.consumer_principals`: CreateSpec / Info `{certificates: [X509CertChain], issuer_alias,
/// issuer, principal: StsPrincipal {id: {name, domain}, type: STS_USER|STS_GROUP}}`, Summary without the
/// certificates, FilterSpec `{id?, principals?, issuer?}`, as vmware-vcenter 9.1.1.0 declares them
/// (com/vmware/vcenter/trusted_infrastructure/trust_authority_clusters_client.py). A profile's id is the
/// principal's PowerCLI id, `<domain>\<name>`.
public enum PrincipalBinding {
    static let prefix = ServiceName.consumerPrincipals

    static func principal(_ principal: TrustedPrincipal) -> VAPIValue {
        .structure("com.vmware.vcenter.trusted_infrastructure.sts_principal", [
            ("id", .structure("com.vmware.vcenter.trusted_infrastructure.sts_principal_id", [("name", .string(principal.name)), ("domain", .string(principal.domain))])),
            ("type", .string(principal.type == .stsUser ? "STS_USER" : "STS_GROUP")),
        ])
    }

    public static func summary(_ principal: TrustedPrincipal) -> VAPIValue {
        .structure(prefix + ".summary", [
            ("id", .string(principal.id)), ("principal", Self.principal(principal)), ("issuer_alias", .string(principal.issuerAlias)),
            ("issuer", .string(principal.issuer)),
        ])
    }

    public static func info(_ principal: TrustedPrincipal, at date: Date) -> VAPIValue {
        let (health, details) = Tpm2Binding.health(principal.certificateChain, at: date)
        return .structure(prefix + ".info", [
            ("id", .string(principal.id)), ("principal", Self.principal(principal)), ("issuer_alias", .string(principal.issuerAlias)),
            ("issuer", .string(principal.issuer)), ("certificates", .list([Tpm2Binding.chain(principal.certificateChain)])),
            ("health", HealthBinding.value(health)), ("message", .optional(details.first.map(HealthBinding.message))),
        ])
    }

    /// `trusted_infrastructure.Principal.Info` `{certificates, issuer, principal, name}`: the served vCenter's own
    /// principal, what Get-/Export-TrustedPrincipal show (`name` is the vCenter's friendly name, its issuer alias).
    public static func ownInfo(_ principal: TrustedPrincipal) -> VAPIValue {
        .structure(ServiceName.principal + ".info", [
            ("certificates", .list([Tpm2Binding.chain(principal.certificateChain)])), ("issuer", .string(principal.issuer)),
            ("principal", Self.principal(principal)), ("name", .string(principal.issuerAlias)),
        ])
    }

    /// `ConsumerPrincipals.CreateSpec` as the domain's principal (the chains' certificates in order).
    public static func principal(createSpec spec: VAPIInput) throws(VAPIDecodingError) -> TrustedPrincipal {
        let sts = try spec.structure("principal")
        let id = try sts.structure("id")
        let type: TrustedPrincipal.PrincipalType
        switch try sts.string("type") {
        case "STS_USER": type = .stsUser
        case "STS_GROUP": type = .stsGroup
        case let other: throw VAPIDecodingError("spec.principal.type '\(other)' is not STS_USER or STS_GROUP.")
        }
        var chain: [CertificateInfo] = []
        for (index, element) in (try spec.structures("certificates") ?? []).enumerated() {
            chain += try Tpm2Binding.certificates(element, source: "spec.certificates[\(index)].cert_chain")
        }
        guard !chain.isEmpty else { throw VAPIDecodingError("spec.certificates holds no certificate: the principal's token signing chain is required.") }
        return TrustedPrincipal(name: try id.string("name"), domain: try id.string("domain"), issuer: try spec.string("issuer"),
                                issuerAlias: try spec.string("issuer_alias"), type: type, certificateChain: chain)
    }

    /// `ConsumerPrincipals.FilterSpec`: by profile id and issuer (any of the listed; none given matches all).
    public static func filter(_ spec: VAPIInput?) throws(VAPIDecodingError) -> (TrustedPrincipal) -> Bool {
        let ids = try spec?.optionalStrings("id") ?? []
        let issuers = try spec?.optionalStrings("issuer") ?? []
        return { principal in
            (ids.isEmpty || ids.contains { $0.caseInsensitiveCompare(principal.id) == .orderedSame })
                && (issuers.isEmpty || issuers.contains { $0.caseInsensitiveCompare(principal.issuer) == .orderedSame })
        }
    }

    /// `ConsumerPrincipals.CreateSpec` of a principal (what a shell on a served lab sends for New-TrustAuthorityPrincipal).
    public static func createSpec(_ principal: TrustedPrincipal) -> VAPIValue {
        .structure(prefix + ".create_spec", [
            ("certificates", .list([Tpm2Binding.chain(principal.certificateChain)])), ("issuer_alias", .string(principal.issuerAlias)),
            ("issuer", .string(principal.issuer)), ("principal", Self.principal(principal)),
        ])
    }

    /// `ConsumerPrincipals.Info` as the domain's principal: it has the create spec's fields.
    public static func principal(info value: VAPIValue) throws(VAPIDecodingError) -> TrustedPrincipal {
        try principal(createSpec: try VAPIInput(value))
    }

    /// `trusted_infrastructure.Principal.Info` as the served vCenter's own principal (`name` is its issuer alias).
    public static func ownPrincipal(info value: VAPIValue) throws(VAPIDecodingError) -> TrustedPrincipal {
        let info = try VAPIInput(value)
        let sts = try info.structure("principal")
        let id = try sts.structure("id")
        var chain: [CertificateInfo] = []
        for (index, element) in (try info.structures("certificates") ?? []).enumerated() {
            chain += try Tpm2Binding.certificates(element, source: "certificates[\(index)].cert_chain")
        }
        return TrustedPrincipal(name: try id.string("name"), domain: try id.string("domain"), issuer: try info.string("issuer"),
                                issuerAlias: try info.string("name"), type: try sts.string("type") == "STS_GROUP" ? .stsGroup : .stsUser,
                                certificateChain: chain)
    }
}
