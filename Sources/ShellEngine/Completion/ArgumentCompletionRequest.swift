/// The argument being completed: which command and parameter it goes to and what is typed so far.
public struct ArgumentCompletionRequest: Sendable {
    /// The command's name as registered (aliases already resolved), e.g. `Get-TrustAuthorityCluster`.
    public var commandName: String
    /// The parameter's declared name (an alias or abbreviation as typed is resolved).
    public var parameterName: String
    /// The parameter's type, when the command is a known cmdlet.
    public var parameterType: ParameterType?
    /// The argument typed so far, unquoted (may be empty).
    public var prefix: String

    public init(commandName: String, parameterName: String, parameterType: ParameterType?, prefix: String) {
        self.commandName = commandName
        self.parameterName = parameterName
        self.parameterType = parameterType
        self.prefix = prefix
    }
}
