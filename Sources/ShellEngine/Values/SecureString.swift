/// `System.Security.SecureString`: holds a secret that never prints.
public final class SecureString: @unchecked Sendable {
    /// Read only by cmdlets that must pass the secret on (Connect-VIServer, the KMIP password).
    public let plainText: String

    public init(plainText: String) {
        self.plainText = plainText
    }
}
