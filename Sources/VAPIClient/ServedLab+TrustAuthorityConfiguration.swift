import TrustAuthority

/// Step 4 of the workflow on a served lab (`LabEndpoint`): each operation the `RemoteLab`'s, its refusal the lab's own error.
extension ServedLab {
    public func principals(of clusterId: String) throws(LabError) -> [TrustedPrincipal] {
        try relay { () throws(RemoteLabError) in try remote.principals(of: clusterId) }
    }

    public func importPrincipal(_ principal: TrustedPrincipal, into clusterId: String) throws(LabError) {
        try relay { () throws(RemoteLabError) in try remote.importPrincipal(principal, into: clusterId) }
    }

    public func removePrincipal(_ principal: String, from clusterId: String) throws(LabError) {
        try relay { () throws(RemoteLabError) in try remote.removePrincipal(principal, from: clusterId) }
    }

    public func tpm2CACertificates(of clusterId: String) throws(LabError) -> [Tpm2CACertificate] {
        try relay { () throws(RemoteLabError) in try remote.tpm2CACertificates(of: clusterId) }
    }

    public func importTpm2CACertificate(_ certificate: Tpm2CACertificate, into clusterId: String) throws(LabError) {
        try relay { () throws(RemoteLabError) in try remote.importTpm2CACertificate(certificate, into: clusterId) }
    }

    public func removeTpm2CACertificate(_ name: String, from clusterId: String) throws(LabError) {
        try relay { () throws(RemoteLabError) in try remote.removeTpm2CACertificate(name, from: clusterId) }
    }

    public func tpm2EndorsementKeys(of clusterId: String) throws(LabError) -> [Tpm2EndorsementKey] {
        try relay { () throws(RemoteLabError) in try remote.tpm2EndorsementKeys(of: clusterId) }
    }

    public func importTpm2EndorsementKeys(_ keys: [Tpm2EndorsementKey], into clusterId: String) throws(LabError) {
        try relay { () throws(RemoteLabError) in try remote.importTpm2EndorsementKeys(keys, into: clusterId) }
    }

    public func removeTpm2EndorsementKey(_ name: String, from clusterId: String) throws(LabError) {
        try relay { () throws(RemoteLabError) in try remote.removeTpm2EndorsementKey(name, from: clusterId) }
    }

    public func baseImages(of clusterId: String) throws(LabError) -> [VMHostBaseImage] {
        try relay { () throws(RemoteLabError) in try remote.baseImages(of: clusterId) }
    }

    public func importBaseImage(_ database: BaseImageDatabase, into clusterId: String) throws(LabError) -> VMHostBaseImage {
        try relay { () throws(RemoteLabError) in try remote.importBaseImage(database, into: clusterId) }
    }

    public func removeBaseImage(_ image: String, from clusterId: String) throws(LabError) {
        try relay { () throws(RemoteLabError) in try remote.removeBaseImage(image, from: clusterId) }
    }

    public func tpm2AttestationSettings(of clusterId: String) throws(LabError) -> Tpm2AttestationSettings {
        try relay { () throws(RemoteLabError) in try remote.tpm2AttestationSettings(of: clusterId) }
    }

    public func setTpm2AttestationSettings(of clusterId: String, requireEndorsementKey: Bool?,
                                           requireCertificateValidation: Bool?) throws(LabError) -> Tpm2AttestationSettings {
        try relay { () throws(RemoteLabError) in
            try remote.setTpm2AttestationSettings(of: clusterId, requireEndorsementKey: requireEndorsementKey,
                                                  requireCertificateValidation: requireCertificateValidation)
        }
    }
}
