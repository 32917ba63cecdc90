/// The settings of one PowerCLI configuration scope; `nil` is "not set here" (the scope below decides).
struct PowerCLISettings {
    var proxyPolicy: ProxyPolicy?
    var defaultVIServerMode: DefaultVIServerMode?
    var invalidCertificateAction: BadCertificateAction?
    var displayDeprecationWarnings: Bool?
    var webOperationTimeoutSeconds: Int?
    var participateInCEIP: Bool?

    /// `self` where set, else `lower`'s.
    func over(_ lower: PowerCLISettings) -> PowerCLISettings {
        PowerCLISettings(proxyPolicy: proxyPolicy ?? lower.proxyPolicy,
                         defaultVIServerMode: defaultVIServerMode ?? lower.defaultVIServerMode,
                         invalidCertificateAction: invalidCertificateAction ?? lower.invalidCertificateAction,
                         displayDeprecationWarnings: displayDeprecationWarnings ?? lower.displayDeprecationWarnings,
                         webOperationTimeoutSeconds: webOperationTimeoutSeconds ?? lower.webOperationTimeoutSeconds,
                         participateInCEIP: participateInCEIP ?? lower.participateInCEIP)
    }

    /// PowerCLI 13's defaults, what the Session row shows when no scope set anything.
    static let defaults = PowerCLISettings(proxyPolicy: .useSystemProxy, defaultVIServerMode: .multiple, invalidCertificateAction: .unset,
                                           displayDeprecationWarnings: true, webOperationTimeoutSeconds: 300, participateInCEIP: nil)
}
