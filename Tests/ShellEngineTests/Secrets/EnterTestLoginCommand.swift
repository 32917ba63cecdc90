@testable import ShellEngine

/// A cmdlet that takes a password the way PowerCLI's do: `-Password` (alias `-Pwd`, position 1, also from a
/// pipeline object's property), a SecureString `-Key` and a `-Credential`.
final class EnterTestLoginCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Enter-TestLogin", className: "Tests.EnterTestLogin", synopsis: "Logs in (test).",
        parameters: [
            ParameterMetadata("Server", .string, position: 0),
            ParameterMetadata("Password", .string, aliases: ["Pwd"], position: 1, pipeline: .byPropertyName),
            ParameterMetadata("Key", .secureString),
            ParameterMetadata("Credential", .any),
        ])

    init() {}

    func process(_ context: CommandContext) throws {
        try context.write(.string("logged in to " + (context.parameters.string("Server") ?? "nowhere")))
    }
}

/// Parameters that look like secrets by their first letters and hold none.
final class SetTestPolicyCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Set-TestPolicy", className: "Tests.SetTestPolicy", synopsis: "Sets a policy (test).",
        parameters: [
            ParameterMetadata("PasswordPolicy", .string),
            ParameterMetadata("PassThru", .switchParameter),
            ParameterMetadata("SaveCredentials", .switchParameter),
            ParameterMetadata("PrivateKeyFilePath", .string),
        ])

    init() {}

    func process(_ context: CommandContext) throws {
        try context.write(.string("policy " + (context.parameters.string("PasswordPolicy") ?? "none")))
    }
}
