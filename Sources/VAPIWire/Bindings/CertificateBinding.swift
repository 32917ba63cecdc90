import TrustAuthority

/// `ClientCertificate.Info {certificate}`, `ClientCertificate.UpdateSpec {certificate, private_key?}`,
/// `Csr.Info {csr}` and the peer-certificate structures: PEM text on the wire, the lab's certificate types here.
public enum CertificateBinding {
    static let clientCertificate = ServiceName.clientCertificate
    static let current = ServiceName.currentPeerCertificates
    static let trusted = ServiceName.trustedPeerCertificates

    public static func clientCertificateInfo(_ certificate: CertificateInfo) -> VAPIValue {
        .structure(clientCertificate + ".info", [("certificate", .string(certificate.pem))])
    }

    public static func signingRequestInfo(_ request: CertificateRequest) -> VAPIValue {
        .structure(ServiceName.signingRequest + ".info", [("csr", .string(request.pem))])
    }

    /// The certificate (and the key, for a KMS-issued pair) an UpdateSpec uploads.
    public static func upload(updateSpec spec: VAPIInput) throws(VAPIDecodingError) -> (certificate: String, privateKey: String?) {
        (try spec.string("certificate"), try spec.optionalString("private_key"))
    }

    public static func clientCertificateUpdateSpec(certificate: CertificateInfo, key: PrivateKeyMaterial?) -> VAPIValue {
        .structure(clientCertificate + ".update_spec", [
            ("certificate", .string(certificate.pem)), ("private_key", .optional(key.map { .secret($0.pem) })),
        ])
    }

    public static func currentPeerSummary(_ presented: PresentedCertificate) -> VAPIValue {
        .structure(current + ".summary", [
            ("server_name", .string(presented.serverName)), ("certificate", .optionalString(presented.certificate?.pem)),
            ("error_messages", .list(presented.failure.map { [LocalizableMessage(id: "com.vmware.vcenter.trusted_infrastructure.kms.peer.unreachable", $0).value] } ?? [])),
            ("trusted", .bool(presented.trusted)),
        ])
    }

    /// Which summaries a FilterSpec keeps: only the named servers, only (un)trusted ones.
    public static func filter(_ spec: VAPIInput?) throws(VAPIDecodingError) -> (PresentedCertificate) -> Bool {
        let names = try spec?.optionalStrings("server_names").map(Set.init)
        let trusted = try spec?.optionalBool("trusted")
        return { presented in
            (names.map { $0.contains(presented.serverName) } ?? true) && (trusted.map { $0 == presented.trusted } ?? true)
        }
    }

    public static func trustedPeerInfo(_ certificates: [CertificateInfo]) -> VAPIValue {
        .structure(trusted + ".info", [("certificates", .list(certificates.map { .string($0.pem) }))])
    }

    public static func trustedPeerUpdateSpec(_ certificates: [CertificateInfo]) -> VAPIValue {
        .structure(trusted + ".update_spec", [("certificates", .set(.list(certificates.map { .string($0.pem) })))])
    }

    /// PEM texts of the certificates in an Info or UpdateSpec.
    public static func certificates(_ input: VAPIInput) throws(VAPIDecodingError) -> [String]? {
        try input.optionalStrings("certificates")
    }

    /// A Summary read back: the server, what it presents (or why not) and whether it is trusted.
    public static func presented(summary value: VAPIValue) throws(VAPIDecodingError) -> (serverName: String, certificate: String?, failure: String?, trusted: Bool) {
        let input = try VAPIInput(value)
        let failures = try HealthBinding.texts(input, "error_messages")
        return (try input.string("server_name"), try input.optionalString("certificate"), failures.first, try input.optionalBool("trusted") ?? false)
    }
}
