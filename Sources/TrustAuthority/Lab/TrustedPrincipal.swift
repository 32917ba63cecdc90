import Foundation

/// A workload vCenter's trusted principal: the security token service principal whose tokens a Trust
/// Authority cluster accepts, with the certificate chain that signs them. `Get-TrustedPrincipal` and
/// `Export-TrustedPrincipal` show it on the workload vCenter; `New-TrustAuthorityPrincipal` imports it
/// into a Trust Authority cluster, where `Get-TrustAuthorityPrincipal` lists it.
public struct TrustedPrincipal: Sendable, Equatable {
    public enum PrincipalType: String, Sendable, Equatable, Codable, CaseIterable {
        case stsUser = "STSUser"
        case stsGroup = "STSGroup"
    }

    /// The principal's name: the vCenter's `vpxd-extension-<instance UUID>` solution user.
    public var name: String
    /// The SSO domain, e.g. `vsphere.local`.
    public var domain: String
    /// The token issuer: `https://<address>/websso/SAML2/Metadata/<domain>`.
    public var issuer: String
    /// The vCenter's friendly name (its address).
    public var issuerAlias: String
    public var type: PrincipalType
    /// The token signing certificate first, then its CA.
    public var certificateChain: [CertificateInfo]

    public init(name: String, domain: String, issuer: String, issuerAlias: String, type: PrincipalType,
                certificateChain: [CertificateInfo]) {
        self.name = name
        self.domain = domain
        self.issuer = issuer
        self.issuerAlias = issuerAlias
        self.type = type
        self.certificateChain = certificateChain
    }

    /// The principal of `vCenter`, whose signing chain is `authority`'s.
    init(vCenter: VCenter, authority: VCenterAuthority) {
        self.init(name: "vpxd-extension-\(vCenter.instanceUuid)", domain: vCenter.ssoDomain,
                  issuer: Self.issuer(address: vCenter.address, domain: vCenter.ssoDomain), issuerAlias: vCenter.address,
                  type: .stsUser, certificateChain: authority.chain)
    }

    static func issuer(address: String, domain: String) -> String {
        "https://\(address)/websso/SAML2/Metadata/\(domain)"
    }

    /// PowerCLI's id of the principal on a Trust Authority cluster: `<domain>\<name>`.
    public var id: String { "\(domain)\\\(name)" }

    // MARK: - The principal file (vtash's own format; see docs/workflow-domain.md)

    static let fileFormat = "vtash.trustedPrincipal"

    /// The text `Export-TrustedPrincipal` writes: JSON with the fields above and the chain as PEM texts.
    public var fileText: String {
        JSONFields.text([
            "format": Self.fileFormat, "formatVersion": 1, "name": name, "domain": domain, "issuer": issuer,
            "issuerAlias": issuerAlias, "type": type.rawValue, "certificateChain": certificateChain.map(\.pem),
        ])
    }

    /// Reads a principal file; `source` names it in errors (`file 'C:\temp\principal.json'`).
    public init(fileBytes: [UInt8], source: String) throws(ArtifactError) {
        let fields = try JSONFields(bytes: fileBytes, source: source)
        try fields.requireFormat(Self.fileFormat, description: "trusted principal (Export-TrustedPrincipal)")
        let typeText = try fields.string("type")
        guard let type = PrincipalType.allCases.first(where: { $0.rawValue.caseInsensitiveCompare(typeText) == .orderedSame }) else {
            throw .invalidField(source: source, field: "type", detail: "'\(typeText)' is not STSUser or STSGroup")
        }
        self.init(name: try fields.string("name"), domain: try fields.string("domain"), issuer: try fields.string("issuer"),
                  issuerAlias: try fields.optionalString("issuerAlias") ?? "", type: type,
                  certificateChain: try fields.certificateChain("certificateChain"))
    }
}

extension TrustedPrincipal: Codable {}
