import Foundation

/// The trust steps of the procedure, each whole or not at all.
extension Lab {
    static func clientSubject(for provider: KeyProvider) -> CertificateSubject {
        CertificateSubject(commonName: provider.name, organizationalUnit: "vSphere Trust Authority", organization: "VMware",
                           locality: "Palo Alto", state: "California", country: "US")
    }

    /// `New-TrustAuthorityKeyProviderClientCertificate`: a self-signed client certificate made inside vCenter.
    @discardableResult
    public func createSelfSignedClientCertificate(provider name: String) throws(LabError) -> CertificateInfo {
        if let endpoint { return try endpoint.createSelfSignedClientCertificate(provider: name) }
        guard let provider = provider(named: name) else { throw .providerNotFound(name) }
        let issued: IssuedCertificate
        do {
            issued = try IssuedCertificate.selfSignedClient(commonName: provider.name, subject: Lab.clientSubject(for: provider))
        } catch {
            throw .certificate(error)
        }
        try updateProvider(named: name) { (kp: inout KeyProvider) throws(LabError) in
            kp.clientCertificate = issued.certificate
            kp.clientKey = issued.key
        }
        return issued.certificate
    }

    /// `New-TrustAuthorityKeyProviderClientCertificateCSR`: a new key and a PKCS#10 request for it.
    @discardableResult
    public func createSigningRequest(provider name: String) throws(LabError) -> CertificateRequest {
        if let endpoint { return try endpoint.createSigningRequest(provider: name) }
        guard let provider = provider(named: name) else { throw .providerNotFound(name) }
        let key: PrivateKeyMaterial
        let request: CertificateRequest
        do {
            key = try PrivateKeyMaterial.generate(.rsa2048)
            request = try CertificateRequest.create(key: key, subject: Lab.clientSubject(for: provider))
        } catch {
            throw .certificate(error)
        }
        try updateProvider(named: name) { (kp: inout KeyProvider) throws(LabError) in
            kp.signingRequest = request
            kp.signingRequestKey = key
        }
        return request
    }

    /// `Set-TrustAuthorityKeyProviderClientCertificate`: with a key, a KMS-issued pair; without one, the
    /// certificate signed for the provider's pending CSR (or for its current key).
    public func setClientCertificate(provider name: String, certificate: CertificateInfo, key: PrivateKeyMaterial?) throws(LabError) {
        if let endpoint { return try endpoint.setClientCertificate(provider: name, certificate: certificate, key: key) }
        try updateProvider(named: name) { (kp: inout KeyProvider) throws(LabError) in
            if let key {
                guard key.matches(certificate) else { throw .certificateDoesNotMatchKey }
                kp.clientCertificate = certificate
                kp.clientKey = key
                return
            }
            if let pendingKey = kp.signingRequestKey, pendingKey.matches(certificate) {
                kp.clientCertificate = certificate
                kp.clientKey = pendingKey
                kp.signingRequest = nil
                kp.signingRequestKey = nil
                return
            }
            if let currentKey = kp.clientKey, currentKey.matches(certificate) {
                kp.clientCertificate = certificate
                return
            }
            if kp.signingRequestKey == nil && kp.clientKey == nil { throw .noSigningRequest(kp.name) }
            throw .certificateDoesNotMatchSigningRequest(kp.name)
        }
    }

    /// `Add-TrustAuthorityKeyProviderServerCertificate`: the provider now trusts these certificates.
    public func trustServerCertificates(provider name: String, _ certificates: [CertificateInfo]) throws(LabError) {
        if let endpoint { return try endpoint.trustServerCertificates(provider: name, certificates) }
        try updateProvider(named: name) { (kp: inout KeyProvider) throws(LabError) in
            for certificate in certificates where !kp.trustedServerCertificates.contains(certificate) {
                kp.trustedServerCertificates.append(certificate)
            }
        }
    }

    /// `Set-TrustAuthorityKeyProviderServerCertificate`: replaces the trusted set.
    public func replaceTrustedServerCertificates(provider name: String, _ certificates: [CertificateInfo]) throws(LabError) {
        if let endpoint { return try endpoint.replaceTrustedServerCertificates(provider: name, certificates) }
        try updateProvider(named: name) { (kp: inout KeyProvider) throws(LabError) in
            kp.trustedServerCertificates = certificates
        }
    }

    /// `Add-TrustAuthorityKeyProviderServer`.
    public func addServer(provider name: String, _ server: KeyProviderServer) throws(LabError) {
        func add(_ kp: inout KeyProvider) throws(LabError) {
            if kp.servers.contains(where: { $0.name.caseInsensitiveCompare(server.name) == .orderedSame }) { throw .serverExists(server.name) }
            kp.servers.append(server)
        }
        // On a served lab: the provider's server list with one more (`kms.providers.update`).
        if endpoint != nil {
            guard let provider = try findProvider(named: name) else { throw .providerNotFound(name) }
            return try changeServedOrLocal(provider, add)
        }
        try updateProvider(named: name, add)
    }

    /// The certificate a simulated key server presents.
    public func presentedCertificate(address: String, port: Int) -> CertificateInfo? {
        keyServer(address: address, port: port)?.serverCertificate.certificate
    }

    // MARK: - The key server administrator's side (simulated servers only; a live one is refused)

    /// The KMS trusts an uploaded client certificate.
    public func trustClientCertificate(keyServer address: String, _ certificate: CertificateInfo) throws(LabError) {
        try updateKeyServer(address: address) { (server: inout SimulatedKeyServer) throws(LabError) in
            if !server.trustedClientCertificates.contains(certificate) { server.trustedClientCertificates.append(certificate) }
        }
    }

    /// The KMS's CA signs a CSR.
    public func signRequest(keyServer address: String, _ request: CertificateRequest) throws(LabError) -> CertificateInfo {
        let server = try administeredKeyServer(address)
        do {
            return try server.certificateAuthority.sign(request)
        } catch {
            throw .certificate(error)
        }
    }

    /// The KMS issues a client certificate and its private key.
    public func issueClientCertificate(keyServer address: String, commonName: String) throws(LabError) -> IssuedCertificate {
        let server = try administeredKeyServer(address)
        do {
            return try server.certificateAuthority.issueClientCertificate(
                subject: CertificateSubject(commonName: commonName, organization: "VMware", country: "US"))
        } catch {
            throw .certificate(error)
        }
    }

    /// The KMS creates a new key; returns its id.
    public func createKey(keyServer address: String) throws(LabError) -> String {
        try updateKeyServer(address: address) { (server: inout SimulatedKeyServer) throws(LabError) in try server.createKey() }
    }
}
