import TrustAuthority

/// `Providers.Health`: `OK`, `WARNING`, `ERROR`, `NONE`.
public enum HealthBinding {
    public static func value(_ health: ProviderStatus.Health) -> VAPIValue {
        .string(health.rawValue.uppercased())
    }

    public static func health(_ text: String) -> ProviderStatus.Health? {
        switch text {
        case "OK": .ok
        case "WARNING": .warning
        case "ERROR": .error
        case "NONE": ProviderStatus.Health.none
        default: nil
        }
    }

    /// A health detail sentence as a `LocalizableMessage`.
    public static func message(_ text: String) -> VAPIValue {
        LocalizableMessage(id: "com.vmware.vcenter.trusted_infrastructure.kms.health.detail", text).value
    }

    static func texts(_ input: VAPIInput, _ field: String) throws(VAPIDecodingError) -> [String] {
        try (input.structures(field) ?? []).map { (message: VAPIInput) throws(VAPIDecodingError) in try LocalizableMessage(message).defaultMessage }
    }
}
