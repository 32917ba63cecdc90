/// How to reach one KMIP server over mutual TLS 1.2. Certificates and keys are PEM text, not file paths.
public struct TLSClientConfiguration: Sendable, Hashable {
    public var host: String
    /// 5696 is KMIP's registered port.
    public var port: Int
    /// The client certificate, optionally followed by its intermediates (PEM). Nil sends no certificate.
    public var clientCertificateChainPEM: String?
    public var clientPrivateKeyPEM: String?
    /// The only certificates the client trusts as roots (PEM, one or more per string). Empty trusts nothing.
    public var trustedCertificatesPEM: [String]
    /// The name to check the server certificate against and send as SNI. Nil (the default, and required for
    /// an IP address) checks the certificate's IP SAN against the connected address.
    public var serverHostname: String?
    /// Seconds to wait for the TCP connection.
    public var connectTimeout: Double
    /// Seconds to wait for the TLS handshake, and for each response.
    public var responseTimeout: Double
    public var proxy: HTTPProxy?

    public init(
        host: String, port: Int = 5696, clientCertificateChainPEM: String?, clientPrivateKeyPEM: String?,
        trustedCertificatesPEM: [String], serverHostname: String? = nil, connectTimeout: Double = 10,
        responseTimeout: Double = 30, proxy: HTTPProxy? = nil
    ) {
        self.host = host
        self.port = port
        self.clientCertificateChainPEM = clientCertificateChainPEM
        self.clientPrivateKeyPEM = clientPrivateKeyPEM
        self.trustedCertificatesPEM = trustedCertificatesPEM
        self.serverHostname = serverHostname
        self.connectTimeout = connectTimeout
        self.responseTimeout = responseTimeout
        self.proxy = proxy
    }
}
