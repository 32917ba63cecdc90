import ShellEngine

/// PowerCLI's configuration in a session: the Session, User and AllUsers scopes. The Session row shows the
/// effective values (Session over User over AllUsers over the defaults); the others only what was set in them.
/// The User scope is kept in a file when the session has one (``userFile``: vtash's data folder, as PowerCLI keeps
/// it in the user's profile); Session and AllUsers live as long as the session.
final class PowerCLIConfiguration {
    var session = PowerCLISettings()
    var user = PowerCLISettings()
    var allUsers = PowerCLISettings()
    /// Where the User scope is read from and written to; `nil`: nowhere (tests, throw-away labs).
    var userFile: String?

    private static let stateKey = "PowerCLIConfiguration"

    static func of(_ shell: Shell) -> PowerCLIConfiguration {
        if let existing = shell.moduleState[stateKey] as? PowerCLIConfiguration { return existing }
        let created = PowerCLIConfiguration()
        shell.moduleState[stateKey] = created
        return created
    }

    var effective: PowerCLISettings { session.over(user.over(allUsers.over(.defaults))) }

    func settings(_ scope: ConfigurationScope) -> PowerCLISettings {
        switch scope {
        case .session: return effective
        case .user: return user
        case .allUsers: return allUsers
        }
    }

    func update(_ scope: ConfigurationScope, _ change: (inout PowerCLISettings) -> Void) throws(PowerCLISettingsFileError) {
        switch scope {
        case .session: change(&session)
        case .user:
            var changed = user
            change(&changed)
            if let userFile { try changed.save(to: userFile) }
            user = changed
        case .allUsers: change(&allUsers)
        }
    }

    static let typeName = "VMware.VimAutomation.ViCore.Impl.V1.PowerCLIConfigurationImpl"

    func object(_ scope: ConfigurationScope) -> PSObject {
        let values = settings(scope)
        func enumValue<E: EnumerationValue>(_ value: E?) -> Value { value.map { .enumValue($0.enumValue) } ?? .null }
        return PSObject(typeNames: [Self.typeName, "System.Object"], properties: [
            PSProperty(name: "Scope", value: .enumValue(scope.enumValue)),
            PSProperty(name: "ProxyPolicy", value: enumValue(values.proxyPolicy)),
            PSProperty(name: "DefaultVIServerMode", value: enumValue(values.defaultVIServerMode)),
            PSProperty(name: "InvalidCertificateAction", value: enumValue(values.invalidCertificateAction)),
            PSProperty(name: "DisplayDeprecationWarnings", value: values.displayDeprecationWarnings.map { .bool($0) } ?? .null),
            PSProperty(name: "WebOperationTimeoutSeconds", value: values.webOperationTimeoutSeconds.map { .int($0) } ?? .null),
            PSProperty(name: "ParticipateInCEIP", value: values.participateInCEIP.map { .bool($0) } ?? .null),
        ])
    }
}
