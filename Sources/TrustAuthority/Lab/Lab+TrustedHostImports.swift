import Foundation

/// Step 4 of the procedure, on the Trust Authority vCenter: what the cluster is told to trust
/// (`New-/Get-/Remove-TrustAuthorityPrincipal`, `…Tpm2CACertificate`, `…Tpm2EndorsementKey`,
/// `…VMHostBaseImage`, `Get-/Set-TrustAuthorityTpm2AttestationSettings`). Every change is one transaction. On a
/// served lab (`endpoint`) each operation is the served lab's, after the checks that need no lab.
extension Lab {
    /// The configuration of the Trust Authority cluster `clusterId` of the user's vCenter.
    public func trustAuthorityConfiguration(of clusterId: String, by user: SessionUser) throws(LabError) -> TrustAuthorityConfiguration {
        if let endpoint {
            return TrustAuthorityConfiguration(vCenter: endpoint.address, clusterId: clusterId, principals: try endpoint.principals(of: clusterId),
                                               tpmCACertificates: try endpoint.tpm2CACertificates(of: clusterId),
                                               endorsementKeys: try endpoint.tpm2EndorsementKeys(of: clusterId), baseImages: try endpoint.baseImages(of: clusterId),
                                               attestationSettings: try endpoint.tpm2AttestationSettings(of: clusterId))
        }
        let (vCenter, cluster) = try authorize(user, trustAuthorityCluster: clusterId)
        return try configurations().trustAuthority(vCenter: vCenter.address, clusterId: cluster.id)
    }

    private func changeConfiguration<Value>(of clusterId: String, by user: SessionUser,
                                            _ change: (inout TrustAuthorityConfiguration) throws(LabError) -> Value) throws(LabError) -> Value {
        let (vCenter, cluster) = try authorize(user, trustAuthorityCluster: clusterId)
        return try updateTrustAuthorityConfiguration(vCenter: vCenter.address, clusterId: cluster.id, change)
    }

    // MARK: - Principals

    /// `New-TrustAuthorityPrincipal`: the cluster trusts `principal` once its chain verifies; `source`
    /// names the file in errors. One principal per issuer.
    @discardableResult
    public func importPrincipal(_ principal: TrustedPrincipal, into clusterId: String, source: String = "input",
                                by user: SessionUser, at date: Date = Date()) throws(LabError) -> TrustedPrincipal {
        if let problem = CertificateChain.problem(principal.certificateChain, at: date, signatures: signatureMemo) {
            throw .principalChainInvalid(source: source, reason: problem)
        }
        if let endpoint {
            try endpoint.importPrincipal(principal, into: clusterId)
            return principal
        }
        return try changeConfiguration(of: clusterId, by: user) { (configuration: inout TrustAuthorityConfiguration) throws(LabError) in
            if configuration.principals.contains(where: { $0.issuer.equalsIgnoringCase(principal.issuer) }) {
                throw .principalExists(principal.issuer)
            }
            configuration.principals.append(principal)
            return principal
        }
    }

    /// `Get-TrustAuthorityPrincipal`.
    public func principals(of clusterId: String, matching filter: PrincipalFilter = .all, by user: SessionUser) throws(LabError) -> [TrustedPrincipal] {
        if let endpoint { return try endpoint.principals(of: clusterId).filter(filter.matches) }
        return try trustAuthorityConfiguration(of: clusterId, by: user).principals.filter(filter.matches)
    }

    /// `Remove-TrustAuthorityPrincipal`: by id (`domain\name`), name or issuer.
    public func removePrincipal(_ principal: String, from clusterId: String, by user: SessionUser) throws(LabError) {
        if let endpoint { return try endpoint.removePrincipal(principal, from: clusterId) }
        return try changeConfiguration(of: clusterId, by: user) { (configuration: inout TrustAuthorityConfiguration) throws(LabError) in
            guard let index = configuration.principals.firstIndex(where: {
                $0.id.equalsIgnoringCase(principal) || $0.name.equalsIgnoringCase(principal) || $0.issuer.equalsIgnoringCase(principal)
            }) else { throw .principalNotFound(principal) }
            configuration.principals.remove(at: index)
        }
    }

    // MARK: - TPM 2.0 CA certificates

    /// `New-TrustAuthorityTpm2CACertificate`: every certificate must be a CA and the chain must verify.
    @discardableResult
    public func importTpm2CACertificate(_ certificate: Tpm2CACertificate, into clusterId: String, by user: SessionUser,
                                        at date: Date = Date()) throws(LabError) -> Tpm2CACertificate {
        if let notCA = certificate.certificateChain.first(where: { !$0.isCertificateAuthority }) {
            throw .notACACertificate(subject: notCA.subject)
        }
        if let problem = CertificateChain.problem(certificate.certificateChain, at: date, signatures: signatureMemo) {
            throw .tpmCACertificateInvalid(name: certificate.name, reason: problem)
        }
        if let endpoint {
            try endpoint.importTpm2CACertificate(certificate, into: clusterId)
            return certificate
        }
        return try changeConfiguration(of: clusterId, by: user) { (configuration: inout TrustAuthorityConfiguration) throws(LabError) in
            if configuration.tpmCACertificates.contains(where: { $0.name.equalsIgnoringCase(certificate.name) }) {
                throw .tpmCACertificateExists(certificate.name)
            }
            configuration.tpmCACertificates.append(certificate)
            return certificate
        }
    }

    /// `Get-TrustAuthorityTpm2CACertificate` (all, or those named).
    public func tpm2CACertificates(of clusterId: String, named names: [String] = [], by user: SessionUser) throws(LabError) -> [Tpm2CACertificate] {
        let certificates = if let endpoint { try endpoint.tpm2CACertificates(of: clusterId) } else { try trustAuthorityConfiguration(of: clusterId, by: user).tpmCACertificates }
        return certificates.filter { certificate in
            names.isEmpty || names.contains { $0.equalsIgnoringCase(certificate.name) }
        }
    }

    /// `Remove-TrustAuthorityTpm2CACertificate`.
    public func removeTpm2CACertificate(_ name: String, from clusterId: String, by user: SessionUser) throws(LabError) {
        if let endpoint { return try endpoint.removeTpm2CACertificate(name, from: clusterId) }
        return try changeConfiguration(of: clusterId, by: user) { (configuration: inout TrustAuthorityConfiguration) throws(LabError) in
            guard let index = configuration.tpmCACertificates.firstIndex(where: { $0.name.equalsIgnoringCase(name) }) else {
                throw .tpmCACertificateNotFound(name)
            }
            configuration.tpmCACertificates.remove(at: index)
        }
    }

    // MARK: - TPM 2.0 endorsement keys

    /// `New-TrustAuthorityTpm2EndorsementKey`: one key per name and per public key.
    @discardableResult
    public func importTpm2EndorsementKey(_ key: Tpm2EndorsementKey, into clusterId: String, by user: SessionUser) throws(LabError) -> Tpm2EndorsementKey {
        if let endpoint {
            try endpoint.importTpm2EndorsementKeys([key], into: clusterId)
            return key
        }
        return try changeConfiguration(of: clusterId, by: user) { (configuration: inout TrustAuthorityConfiguration) throws(LabError) in
            if configuration.endorsementKeys.contains(where: { $0.name.equalsIgnoringCase(key.name) || $0.publicKey == key.publicKey }) {
                throw .endorsementKeyExists(key.name)
            }
            configuration.endorsementKeys.append(key)
            return key
        }
    }

    /// `Get-TrustAuthorityTpm2EndorsementKey` (all, or those named).
    public func tpm2EndorsementKeys(of clusterId: String, named names: [String] = [], by user: SessionUser) throws(LabError) -> [Tpm2EndorsementKey] {
        let keys = if let endpoint { try endpoint.tpm2EndorsementKeys(of: clusterId) } else { try trustAuthorityConfiguration(of: clusterId, by: user).endorsementKeys }
        return keys.filter { key in
            names.isEmpty || names.contains { $0.equalsIgnoringCase(key.name) }
        }
    }

    /// `Remove-TrustAuthorityTpm2EndorsementKey`.
    public func removeTpm2EndorsementKey(_ name: String, from clusterId: String, by user: SessionUser) throws(LabError) {
        if let endpoint { return try endpoint.removeTpm2EndorsementKey(name, from: clusterId) }
        return try changeConfiguration(of: clusterId, by: user) { (configuration: inout TrustAuthorityConfiguration) throws(LabError) in
            guard let index = configuration.endorsementKeys.firstIndex(where: { $0.name.equalsIgnoringCase(name) }) else {
                throw .endorsementKeyNotFound(name)
            }
            configuration.endorsementKeys.remove(at: index)
        }
    }

    // MARK: - Base images

    /// `New-TrustAuthorityVMHostBaseImage`: the image of a database read from a `.tgz`
    /// (`BaseImageDatabase(tgzBytes:source:)`); one image per version and build.
    @discardableResult
    public func importBaseImage(_ database: BaseImageDatabase, into clusterId: String, by user: SessionUser) throws(LabError) -> VMHostBaseImage {
        if let endpoint { return try endpoint.importBaseImage(database, into: clusterId) }
        let image = database.baseImage
        return try changeConfiguration(of: clusterId, by: user) { (configuration: inout TrustAuthorityConfiguration) throws(LabError) in
            if configuration.baseImages.contains(where: { $0.imageVersion.equalsIgnoringCase(image.imageVersion) }) {
                throw .baseImageExists(image.imageVersion)
            }
            configuration.baseImages.append(image)
            return image
        }
    }

    /// `Get-TrustAuthorityVMHostBaseImage`.
    public func baseImages(of clusterId: String, by user: SessionUser) throws(LabError) -> [VMHostBaseImage] {
        if let endpoint { return try endpoint.baseImages(of: clusterId) }
        return try trustAuthorityConfiguration(of: clusterId, by: user).baseImages
    }

    /// `Remove-TrustAuthorityVMHostBaseImage`: by version (`7.0.3-21930508`) or image profile name.
    public func removeBaseImage(_ image: String, from clusterId: String, by user: SessionUser) throws(LabError) {
        if let endpoint { return try endpoint.removeBaseImage(image, from: clusterId) }
        return try changeConfiguration(of: clusterId, by: user) { (configuration: inout TrustAuthorityConfiguration) throws(LabError) in
            guard let index = configuration.baseImages.firstIndex(where: {
                $0.imageVersion.equalsIgnoringCase(image) || $0.name.equalsIgnoringCase(image)
            }) else { throw .baseImageNotFound(image) }
            configuration.baseImages.remove(at: index)
        }
    }

    // MARK: - TPM 2.0 attestation settings

    /// `Get-TrustAuthorityTpm2AttestationSettings`.
    public func tpm2AttestationSettings(of clusterId: String, by user: SessionUser) throws(LabError) -> Tpm2AttestationSettings {
        if let endpoint { return try endpoint.tpm2AttestationSettings(of: clusterId) }
        return try trustAuthorityConfiguration(of: clusterId, by: user).attestationSettings
    }

    /// `Set-TrustAuthorityTpm2AttestationSettings`: nil leaves a setting as it is; returns the settings now.
    @discardableResult
    public func setTpm2AttestationSettings(of clusterId: String, requireEndorsementKey: Bool? = nil,
                                           requireCertificateValidation: Bool? = nil, by user: SessionUser) throws(LabError) -> Tpm2AttestationSettings {
        if let endpoint {
            return try endpoint.setTpm2AttestationSettings(of: clusterId, requireEndorsementKey: requireEndorsementKey,
                                                           requireCertificateValidation: requireCertificateValidation)
        }
        return try changeConfiguration(of: clusterId, by: user) { (configuration: inout TrustAuthorityConfiguration) throws(LabError) in
            if let requireEndorsementKey { configuration.attestationSettings.requireEndorsementKey = requireEndorsementKey }
            if let requireCertificateValidation { configuration.attestationSettings.requireCertificateValidation = requireCertificateValidation }
            return configuration.attestationSettings
        }
    }
}
