import ShellEngine
/// A masked secret (`-Password '********'`) replay needs, with what the command line says about whose it is.
public struct SecretRequest: Equatable, Sendable {
    /// The parameter as written (`Password`, `KmipServerPassword`).
    public var parameter: String
    /// `-User` / `-Username` on the same line, when written literally.
    public var user: String?
    /// `-Server` on the same line, when written literally.
    public var server: String?
    public var command: String

    public init(parameter: String, user: String?, server: String?, command: String) {
        self.parameter = parameter
        self.user = user
        self.server = server
        self.command = command
    }
}
