@testable import ShellEngine

/// A cmdlet that takes a password the way PowerCLI's do: `-Password` (alias `-Pwd`, position 1, also from a
/// pipeline object's property), a SecureString `-Key` and a `-Credential`.
final class EnterTestLoginCommand: Cmdlet {
    static let command = CommandDescription(name: "Enter-TestLogin", className: "Tests.EnterTestLogin", synopsis: "Logs in (test).")

    @Parameter(position: 0) var server: String?
    @Parameter(aliases: ["Pwd"], position: 1, pipeline: .byPropertyName) var password: String?
    @Parameter var key: SecureString?
    @Parameter var credential: Value

    init() {}

    func process(_ context: CommandContext) throws {
        try context.write(.string("logged in to " + (server ?? "nowhere")))
    }
}

/// Parameters that look like secrets by their first letters and hold none.
final class SetTestPolicyCommand: Cmdlet {
    static let command = CommandDescription(name: "Set-TestPolicy", className: "Tests.SetTestPolicy", synopsis: "Sets a policy (test).")

    @Parameter var passwordPolicy: String?
    @Parameter var passThru: SwitchParameter
    @Parameter var saveCredentials: SwitchParameter
    @Parameter var privateKeyFilePath: String?

    init() {}

    func process(_ context: CommandContext) throws {
        try context.write(.string("policy " + (passwordPolicy ?? "none")))
    }
}
