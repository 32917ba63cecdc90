import TrustAuthority

/// How the client checks the endpoint's certificate, as PowerCLI's InvalidCertificateAction decides:
/// `Fail` verifies against trusted CAs, an accepted certificate (`Warn`/`Prompt` answered yes) is pinned,
/// `Ignore` checks nothing.
public enum ServerTrust: Sendable {
    /// A chain to one of these CAs (e.g. the lab's `PATH-serve/ca.pem`), for the host name or address.
    case authorities([CertificateInfo])
    /// Exactly this leaf certificate, whatever its issuer or names.
    case pinned(CertificateInfo)
    /// Nothing checked (InvalidCertificateAction Ignore).
    case unverified
}
