import Foundation
import TrustAuthority

/// `attestation.tpm2`: `CaCertificates` (Summary `{name, health}`, Info `{cert_chain: X509CertChain, health,
/// details}`, CreateSpec `{name, cert_chain?}`), `EndorsementKeys` (Summary `{name, health}`, Info `{public_key,
/// health, details}`, CreateSpec `{name, public_key?, certificate?}`) and `Settings` (Info `{require_endorsement_keys,
/// require_certificate_validation, health, details}`, UpdateSpec with both optional), as vmware-vcenter 9.1.1.0
/// declares them (com/vmware/vcenter/trusted_infrastructure/trust_authority_clusters/attestation/tpm2_client.py).
public enum Tpm2Binding {
    static let caPrefix = ServiceName.tpm2CACertificates
    static let keyPrefix = ServiceName.tpm2EndorsementKeys
    static let settingsPrefix = ServiceName.tpm2Settings
    static let chainName = "com.vmware.vcenter.trusted_infrastructure.x509_cert_chain"

    /// A chain is healthy while every certificate of it is valid (what Get-TrustAuthorityTpm2CACertificate shows).
    static func health(_ certificates: [CertificateInfo], at date: Date) -> (ProviderStatus.Health, [String]) {
        let expired = certificates.filter { !$0.isValid(at: date) }
        guard !expired.isEmpty else { return (.ok, []) }
        return (.error, expired.map { "The certificate '\($0.subject)' is not valid now (valid from \($0.notBefore) to \($0.notAfter))." })
    }

    public static func caSummary(_ certificate: Tpm2CACertificate, at date: Date) -> VAPIValue {
        .structure(caPrefix + ".summary", [("name", .string(certificate.name)), ("health", HealthBinding.value(health(certificate.certificateChain, at: date).0))])
    }

    public static func caInfo(_ certificate: Tpm2CACertificate, at date: Date) -> VAPIValue {
        let (state, details) = health(certificate.certificateChain, at: date)
        return .structure(caPrefix + ".info", [
            ("cert_chain", chain(certificate.certificateChain)), ("health", HealthBinding.value(state)), ("details", .list(details.map(HealthBinding.message))),
        ])
    }

    public static func chain(_ certificates: [CertificateInfo]) -> VAPIValue {
        .structure(chainName, [("cert_chain", .list(certificates.map { .string($0.pem) }))])
    }

    /// The chain's certificates, each a PEM text (one certificate per element, as X509CertChain holds them).
    public static func certificates(_ chain: VAPIInput, source: String) throws(VAPIDecodingError) -> [CertificateInfo] {
        let texts = try chain.optionalStrings("cert_chain") ?? []
        var certificates: [CertificateInfo] = []
        for (index, text) in texts.enumerated() {
            do throws(CertificateError) {
                certificates += try CertificateInfo.parseAll(pem: text, source: "\(source)[\(index)]")
            } catch {
                throw VAPIDecodingError(error.message)
            }
        }
        return certificates
    }

    /// `CaCertificates.CreateSpec` as the domain's `Tpm2CACertificate` (chain put in order, leaf first).
    public static func caCertificate(createSpec spec: VAPIInput) throws(VAPIDecodingError) -> Tpm2CACertificate {
        let name = try spec.string("name")
        guard let chain = try spec.optionalStructure("cert_chain") else {
            throw VAPIDecodingError("spec.cert_chain is required: the TPM CA certificate chain to trust.")
        }
        let certificates = try certificates(chain, source: "spec.cert_chain.cert_chain")
        guard !certificates.isEmpty else { throw VAPIDecodingError("spec.cert_chain.cert_chain holds no certificate.") }
        return Tpm2CACertificate(name: name, certificateChain: Tpm2CACertificate.chainOrder(certificates))
    }

    public static func keySummary(_ key: Tpm2EndorsementKey, at date: Date) -> VAPIValue {
        .structure(keyPrefix + ".summary", [("name", .string(key.name)), ("health", HealthBinding.value(health(key.certificate.map { [$0] } ?? [], at: date).0))])
    }

    public static func keyInfo(_ key: Tpm2EndorsementKey, at date: Date) -> VAPIValue {
        let (state, details) = health(key.certificate.map { [$0] } ?? [], at: date)
        return .structure(keyPrefix + ".info", [
            ("public_key", .string(key.publicKeyPEM)), ("health", HealthBinding.value(state)), ("details", .list(details.map(HealthBinding.message))),
            ("certificate", .optionalString(key.certificate?.pem)),
        ])
    }

    /// `EndorsementKeys.CreateSpec`: a public key (PEM), a certificate (PEM), or both.
    public static func endorsementKey(createSpec spec: VAPIInput) throws(VAPIDecodingError) -> Tpm2EndorsementKey {
        let name = try spec.string("name")
        let pem = (try spec.optionalString("public_key") ?? "") + "\n" + (try spec.optionalString("certificate") ?? "")
        do throws(CertificateError) {
            return try Tpm2EndorsementKey(pem: pem, name: name, source: "spec")
        } catch {
            throw VAPIDecodingError(error.message)
        }
    }

    public static func settingsInfo(_ settings: Tpm2AttestationSettings) -> VAPIValue {
        .structure(settingsPrefix + ".info", [
            ("require_endorsement_keys", .bool(settings.requireEndorsementKey)), ("require_certificate_validation", .bool(settings.requireCertificateValidation)),
            ("health", HealthBinding.value(.ok)), ("details", .list([])),
        ])
    }

    /// `Settings.UpdateSpec`: nil leaves a setting as it is.
    public static func settings(updateSpec spec: VAPIInput) throws(VAPIDecodingError) -> (requireEndorsementKey: Bool?, requireCertificateValidation: Bool?) {
        (try spec.optionalBool("require_endorsement_keys"), try spec.optionalBool("require_certificate_validation"))
    }

    // MARK: - What a shell on a served lab sends and reads back

    public static func caCreateSpec(_ certificate: Tpm2CACertificate) -> VAPIValue {
        .structure(caPrefix + ".create_spec", [("name", .string(certificate.name)), ("cert_chain", .set(chain(certificate.certificateChain)))])
    }

    /// `CaCertificates.Info` of the certificate `name` (the Info does not repeat the name).
    public static func caCertificate(info value: VAPIValue, name: String) throws(VAPIDecodingError) -> Tpm2CACertificate {
        let info = try VAPIInput(value)
        return Tpm2CACertificate(name: name, certificateChain: try certificates(try info.structure("cert_chain"), source: "cert_chain"))
    }

    public static func names(summaries: [VAPIValue]) throws(VAPIDecodingError) -> [String] {
        try summaries.map { (summary: VAPIValue) throws(VAPIDecodingError) in try VAPIInput(summary).string("name") }
    }

    public static func keyCreateSpec(_ key: Tpm2EndorsementKey) -> VAPIValue {
        .structure(keyPrefix + ".create_spec", [
            ("name", .string(key.name)), ("public_key", .optionalString(key.publicKeyPEM)), ("certificate", .optionalString(key.certificate?.pem)),
        ])
    }

    /// `EndorsementKeys.Info` of the key `name`, with the certificate vtash adds to it (`certificate`, absent from the
    /// SDK's Info, whose clients keep it as an extra field) so that a shell on a served lab shows the key whole.
    public static func endorsementKey(info value: VAPIValue, name: String) throws(VAPIDecodingError) -> Tpm2EndorsementKey {
        let info = try VAPIInput(value)
        let pem = (try info.optionalString("public_key") ?? "") + "\n" + (try info.optionalString("certificate") ?? "")
        do throws(CertificateError) {
            return try Tpm2EndorsementKey(pem: pem, name: name, source: "the lab's answer")
        } catch {
            throw VAPIDecodingError(error.message)
        }
    }

    public static func settingsUpdateSpec(requireEndorsementKey: Bool?, requireCertificateValidation: Bool?) -> VAPIValue {
        .structure(settingsPrefix + ".update_spec", [
            ("require_endorsement_keys", .optional(requireEndorsementKey.map { .bool($0) })),
            ("require_certificate_validation", .optional(requireCertificateValidation.map { .bool($0) })),
        ])
    }

    public static func settings(info value: VAPIValue) throws(VAPIDecodingError) -> Tpm2AttestationSettings {
        let info = try VAPIInput(value)
        return Tpm2AttestationSettings(requireEndorsementKey: try info.optionalBool("require_endorsement_keys") ?? false,
                                       requireCertificateValidation: try info.optionalBool("require_certificate_validation") ?? false)
    }
}
