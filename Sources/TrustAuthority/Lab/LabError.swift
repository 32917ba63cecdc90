/// Why a lab change was refused; each message says what to fix.
public enum LabError: Error, Equatable, Sendable {
    case providerExists(String)
    case providerNotFound(String)
    case keyServerNotFound(String)
    case noClientCertificate(String)
    case noSigningRequest(String)
    case certificateDoesNotMatchKey
    case certificateDoesNotMatchSigningRequest(String)
    case certificate(CertificateError)
    case lastServer(String)
    case serverExists(String)
    case liveServer(String)
    case keyServerExists(String)
    case invalidKeyServer(String)
    case keyServer(String)
    case keyServerUnreachable(endpoint: String, reason: String)
    /// The lab's database cannot be opened, read or written.
    case store(path: String?, detail: String)
    case labExists(String)
    case labFile(path: String, LabFileError)
    case cannotWrite(path: String, reason: String)

    public var message: String {
        switch self {
        case .providerExists(let name):
            return "A key provider with the name '\(name)' already exists. Key provider names must be unique across all vCenter Server systems."
        case .providerNotFound(let name):
            return "The key provider '\(name)' was not found."
        case .keyServerNotFound(let address):
            return "The lab has no key server at '\(address)'. Get-LabKeyServer lists the key servers."
        case .noClientCertificate(let name):
            return "The key provider '\(name)' has no client certificate. Create one with New-TrustAuthorityKeyProviderClientCertificate or upload one with Set-TrustAuthorityKeyProviderClientCertificate."
        case .noSigningRequest(let name):
            return "The key provider '\(name)' has no certificate signing request and no private key for this certificate. Create a CSR with New-TrustAuthorityKeyProviderClientCertificateCSR, or pass the certificate's private key."
        case .certificateDoesNotMatchKey:
            return "The private key does not match the certificate's public key."
        case .certificateDoesNotMatchSigningRequest(let name):
            return "The certificate was not issued for the certificate signing request of key provider '\(name)': its public key differs. Upload the certificate the KMS signed for this CSR, or pass its private key."
        case .certificate(let error):
            return error.message
        case .lastServer(let name):
            return "You cannot remove all Trust Authority key provider servers from the key provider '\(name)'. A Trust Authority key provider requires at least 1 Trust Authority key provider server."
        case .serverExists(let address):
            return "The key provider already has a key server at '\(address)'."
        case .liveServer(let address):
            return "The key server '\(address)' is live: lab cmdlets act only as the administrator of simulated key servers. Trust client certificates, sign requests and create keys with the live server's own tools."
        case .keyServerExists(let endpoint):
            return "The lab already has a key server at '\(endpoint)'. Get-LabKeyServer lists the key servers."
        case .invalidKeyServer(let detail):
            return detail
        case .keyServerUnreachable(let endpoint, let reason):
            return "Cannot retrieve the certificate of the key server \(endpoint): \(reason)."
        case .store(let path, let detail):
            return "The lab \(path.map { "at '\($0)'" } ?? "in memory") cannot be used: \(detail)."
        case .labExists(let path):
            return "A lab already exists at '\(path)'. Use 'vtash lab reset' to return it to the default, or choose another path."
        case .cannotWrite(let path, let reason):
            return "Cannot write the file '\(path)': \(reason)."
        case .labFile(let path, let error):
            return "The lab file '\(path)' cannot be used: \(error.message)."
        case .keyServer(let detail):
            return "The key server refused the change: \(detail)."
        }
    }
}
