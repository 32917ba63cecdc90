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
    /// A lab definition built in code that names something the lab does not have.
    case labDefinition(String)

    // MARK: The Trust Authority workflow
    case vCenterNotFound(String)
    case userNotFound(user: String, vCenter: String)
    case notTrustedAdmin(user: String, vCenter: String)
    case trustAuthorityClusterNotFound(cluster: String, vCenter: String)
    case trustedClusterNotFound(cluster: String, vCenter: String)
    case hostNotFound(host: String, vCenter: String)
    case noTPM(host: String)
    case noTPMManufacturerCA(subject: String, issuer: String)
    case clusterDisabled(cluster: String)
    case artifact(ArtifactError)
    case principalChainInvalid(source: String, reason: String)
    case principalExists(String)
    case principalNotFound(String)
    case domainWithoutName
    case notACACertificate(subject: String)
    case tpmCACertificateInvalid(name: String, reason: String)
    case tpmCACertificateExists(String)
    case tpmCACertificateNotFound(String)
    case endorsementKeyExists(String)
    case endorsementKeyNotFound(String)
    case baseImageExists(String)
    case baseImageNotFound(String)
    case keyProviderServerNotFound(provider: String, server: String)
    case serverCertificateNotTrusted(provider: String, thumbprint: String)
    case invalidKeyProviderSetting(String)
    case servicesInfoNotForThisVCenter(source: String, cluster: String, issuer: String)
    case servicesInfoFromThisVCenter(source: String)
    case servicesInfoWithoutServices(source: String, cluster: String)
    case portWithoutAddress
    case serviceRegistrationExists(String)
    case serviceRegistrationNotFound(String)
    case serviceRegistrationInUse(id: String, cluster: String)
    case serviceWrongKind(id: String, expected: TrustAuthorityService.Kind)
    case serviceAlreadyApplied(id: String, cluster: String)
    case serviceNotApplied(id: String, cluster: String)
    case nothingToRemediate(cluster: String)
    case workloadKeyProviderNotFound(name: String, vCenter: String)
    case cannotRegisterStandardKeyProvider(String)
    /// A served lab (`LabEndpoint`) gave no answer: not reachable, TLS refused, session ended; its words.
    case endpoint(String)
    /// An operation with no API the served lab answers (docs/serve.md lists them), asked while the shell is connected to one:
    /// refused rather than run on the shell's own lab, which is not the vCenter the user connected to.
    case notServed(endpoint: String)

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
        case .labDefinition(let detail):
            return "The lab definition cannot be used: \(detail)."
        case .vCenterNotFound(let address):
            return "The lab has no vCenter Server at '\(address)'."
        case .userNotFound(let user, let vCenter):
            return "The user '\(user)' does not exist on vCenter Server '\(vCenter)'."
        case .notTrustedAdmin(let user, let vCenter):
            return "Permission to perform this operation was denied. The user '\(user)' is not a member of the TrustedAdmins group of vCenter Server '\(vCenter)', which vSphere Trust Authority operations require (privilege TrustedAdmin.ManageTrustedHosts)."
        case .trustAuthorityClusterNotFound(let cluster, let vCenter):
            return "Could not find TrustAuthorityCluster '\(cluster)' on vCenter Server '\(vCenter)'."
        case .trustedClusterNotFound(let cluster, let vCenter):
            return "Could not find TrustedCluster '\(cluster)' on vCenter Server '\(vCenter)'."
        case .hostNotFound(let host, let vCenter):
            return "Could not find VMHost '\(host)' on vCenter Server '\(vCenter)'."
        case .noTPM(let host):
            return "The host '\(host)' has no TPM 2.0 chip: it has no endorsement key and cannot be a trusted host."
        case .noTPMManufacturerCA(let subject, let issuer):
            return "The CA certificate that issued '\(subject)' cannot be found: its issuer '\(issuer)' is not a TPM manufacturer CA known to the lab."
        case .clusterDisabled(let cluster):
            return "The Trust Authority cluster '\(cluster)' is disabled. Its attestation and key provider services run only on an enabled cluster: enable it with Set-TrustAuthorityCluster -State Enabled."
        case .artifact(let error):
            return error.message
        case .principalChainInvalid(let source, let reason):
            return "The certificate chain of the principal in the \(source) does not verify: \(reason)."
        case .principalExists(let issuer):
            return "The Trust Authority cluster already has a principal of issuer '\(issuer)'. Remove it with Remove-TrustAuthorityPrincipal to import it again."
        case .principalNotFound(let name):
            return "Could not find TrustAuthorityPrincipal '\(name)'."
        case .domainWithoutName:
            return "The Domain parameter works only together with the Name parameter."
        case .notACACertificate(let subject):
            return "The certificate '\(subject)' is not a CA certificate; a TPM CA certificate is the certificate of the CA that issues endorsement key certificates."
        case .tpmCACertificateInvalid(let name, let reason):
            return "The TPM CA certificate chain '\(name)' does not verify: \(reason)."
        case .tpmCACertificateExists(let name):
            return "The Trust Authority cluster already has a TPM 2.0 CA certificate named '\(name)'."
        case .tpmCACertificateNotFound(let name):
            return "Could not find TrustAuthorityTpm2CACertificate '\(name)'."
        case .endorsementKeyExists(let name):
            return "The Trust Authority cluster already has a TPM 2.0 endorsement key named '\(name)' or with the same public key."
        case .endorsementKeyNotFound(let name):
            return "Could not find TrustAuthorityTpm2EndorsementKey '\(name)'."
        case .baseImageExists(let version):
            return "The Trust Authority cluster already has the base image of ESXi \(version)."
        case .baseImageNotFound(let version):
            return "Could not find TrustAuthorityVMHostBaseImage '\(version)'."
        case .keyProviderServerNotFound(let provider, let server):
            return "Could not find TrustAuthorityKeyProviderServer '\(server)' of the key provider '\(provider)'."
        case .serverCertificateNotTrusted(let provider, let thumbprint):
            return "The key provider '\(provider)' does not trust a certificate with thumbprint \(thumbprint)."
        case .invalidKeyProviderSetting(let detail):
            return detail
        case .servicesInfoNotForThisVCenter(let source, let cluster, let issuer):
            return "The services information in the \(source) is not for this vCenter Server: the Trust Authority cluster '\(cluster)' does not trust its principal (issuer '\(issuer)'). Import this vCenter's principal into that cluster with New-TrustAuthorityPrincipal, then export the services information again."
        case .servicesInfoFromThisVCenter(let source):
            return "The services information in the \(source) describes a Trust Authority cluster of this vCenter Server; import it on the workload vCenter Server of the trusted hosts."
        case .servicesInfoWithoutServices(let source, let cluster):
            return "The services information in the \(source) lists no attestation or key provider service of the Trust Authority cluster '\(cluster)'."
        case .endpoint(let detail):
            return detail
        case .notServed(let endpoint):
            return "This operation has no vSphere Automation API that vtash serves, so it cannot go to the served vCenter at \(endpoint). "
                + "Run it in a shell on the served lab's file (vtash --lab PATH), or Disconnect-VIServer first."
        case .portWithoutAddress:
            return "The ServicePort parameter works only together with the ServiceAddress parameter."
        case .serviceRegistrationExists(let endpoint):
            return "A service with the address \(endpoint) is already registered on this vCenter Server."
        case .serviceRegistrationNotFound(let id):
            return "Could not find the service info with Id '\(id)'."
        case .serviceRegistrationInUse(let id, let cluster):
            return "The service info '\(id)' is applied to the trusted cluster '\(cluster)'. Remove it from the cluster first (Remove-TrustedClusterAttestationServiceInfo or Remove-TrustedClusterKeyProviderServiceInfo)."
        case .serviceWrongKind(let id, let expected):
            return "The service info '\(id)' is not \(expected == .attestation ? "an attestation" : "a key provider") service info."
        case .serviceAlreadyApplied(let id, let cluster):
            return "The service info '\(id)' is already applied to the trusted cluster '\(cluster)'."
        case .serviceNotApplied(let id, let cluster):
            return "The service info '\(id)' is not applied to the trusted cluster '\(cluster)'."
        case .nothingToRemediate(let cluster):
            return "The trusted cluster '\(cluster)' has no desired state to apply: import the Trust Authority services information first (Import-TrustAuthorityServicesInfo)."
        case .workloadKeyProviderNotFound(let name, let vCenter):
            return "Could not find KeyProvider '\(name)' on vCenter Server '\(vCenter)'."
        case .cannotRegisterStandardKeyProvider(let name):
            return "The key provider '\(name)' is of type KeyProvider and cannot be registered. Only key providers of type TrustedKeyProvider or NativeKeyProvider can be registered."
        }
    }
}
