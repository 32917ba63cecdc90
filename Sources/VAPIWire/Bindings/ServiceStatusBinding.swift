import TrustAuthority

/// `kms.ServiceStatus.Info {health, details}`.
public enum ServiceStatusBinding {
    public static func info(_ status: KeyProviderServiceStatus) -> VAPIValue {
        .structure(ServiceName.serviceStatus + ".info", [
            ("health", HealthBinding.value(status.health)), ("details", .list(status.details.map(HealthBinding.message))),
        ])
    }

    public static func status(_ value: VAPIValue) throws(VAPIDecodingError) -> KeyProviderServiceStatus {
        let input = try VAPIInput(value)
        return KeyProviderServiceStatus(health: try KeyProviderBinding.health(input), details: try HealthBinding.texts(input, "details"))
    }
}
