import Foundation

/// Step 3 of the procedure, on the workload vCenter: what the Trust Authority cluster needs to know about
/// the hosts to trust (`Get-/Export-TrustedPrincipal`, `Export-VMHostImageDb`, `Get-/Export-Tpm2EndorsementKey`,
/// `Export-Tpm2CACertificate`). The callers write the files; these return their contents.
extension Lab {
    /// The principal of the user's vCenter, with its real signing chain (`fileText` is the file).
    public func trustedPrincipal(by user: SessionUser) throws(LabError) -> TrustedPrincipal {
        if let endpoint { return try endpoint.trustedPrincipal() }
        let vCenter = try authorize(user)
        guard let authority = authority(of: vCenter.address) else {
            throw .store(path: path, detail: "the vCenter '\(vCenter.address)' has no certificate authority")
        }
        return TrustedPrincipal(vCenter: vCenter, authority: authority)
    }

    /// The host `host` (name or MoID) of the user's vCenter.
    public func host(_ host: String, by user: SessionUser) throws(LabError) -> VMHost {
        let vCenter = try authorize(user)
        guard let found = self.host(host, on: vCenter.address) else { throw .hostNotFound(host: host, vCenter: vCenter.address) }
        return found
    }

    /// The base image database of `host` (`tgzBytes()` is the `.tgz` file).
    public func baseImageDatabase(ofHost host: String, by user: SessionUser) throws(LabError) -> BaseImageDatabase {
        BaseImageDatabase(host: try self.host(host, by: user))
    }

    /// The endorsement key of `host`'s TPM 2.0 (`pem` is the file `Export-Tpm2EndorsementKey` writes).
    public func endorsementKey(ofHost host: String, by user: SessionUser) throws(LabError) -> Tpm2EndorsementKey {
        let found = try self.host(host, by: user)
        guard let tpm = found.tpm else { throw .noTPM(host: found.name) }
        return tpm.endorsementKey
    }

    /// The CA certificate that issued `certificate` (an endorsement key certificate): the certificate of the
    /// TPM manufacturer whose CA signed it (`Export-Tpm2CACertificate`). Public information: no privilege.
    public func tpmCACertificate(issuerOf certificate: CertificateInfo) throws(LabError) -> CertificateInfo {
        for manufacturer in tpmManufacturers {
            let authority = manufacturer.certificateAuthority.certificate
            if authority.structure.subject == certificate.structure.issuer, signatureMemo.isSigned(certificate, by: authority) {
                return authority
            }
        }
        throw .noTPMManufacturerCA(subject: certificate.subject, issuer: certificate.issuer)
    }
}
