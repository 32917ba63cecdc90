import TrustAuthority

/// `kms.ServiceStatus.Info {health, details}`, and the same structure of `attestation.ServiceStatus` and
/// `trusted_clusters.ServicesAppliedConfig` (health NONE/OK/ERROR there).
public enum ServiceStatusBinding {
    /// `trust_authority_clusters.kms.ServiceStatus.Info` (vSphere API 7.0.0.0).
    public static func info(_ status: TrustAuthorityServicesStatus.ServiceHealth) -> VAPIValue {
        .structure(ServiceName.serviceStatus + ".info", [
            ("health", HealthBinding.value(status.health)), ("details", .list(status.details.map(HealthBinding.message))),
        ])
    }

    /// `trust_authority_clusters.attestation.ServiceStatus.Info` (vSphere API 7.0.0.0).
    public static func attestationInfo(_ status: TrustAuthorityServicesStatus.ServiceHealth) -> VAPIValue {
        .structure(ServiceName.attestationServiceStatus + ".info", [
            ("health", HealthBinding.value(status.health)), ("details", .list(status.details.map(HealthBinding.message))),
        ])
    }

    /// `trusted_clusters.ServicesAppliedConfig.Info` (vSphere API 7.0.1.0).
    public static func appliedConfigInfo(_ status: TrustedClusterAppliedStatus) -> VAPIValue {
        .structure(ServiceName.servicesAppliedConfig + ".info", [
            ("health", HealthBinding.value(status.health)), ("details", .list(status.details.map(HealthBinding.message))),
        ])
    }

    /// Health and details of any of these Info structures.
    public static func health(_ value: VAPIValue) throws(VAPIDecodingError) -> TrustAuthorityServicesStatus.ServiceHealth {
        let input = try VAPIInput(value)
        return TrustAuthorityServicesStatus.ServiceHealth(health: try KeyProviderBinding.health(input), details: try HealthBinding.texts(input, "details"))
    }
}
