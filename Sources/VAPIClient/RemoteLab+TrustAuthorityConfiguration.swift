import Foundation
import TrustAuthority
import VAPIWire

/// Step 4 on a served Trust Authority cluster: what the cluster trusts (principals, TPM 2.0 CA certificates and
/// endorsement keys, base images, attestation settings), each the `$task` operations the SDK calls.
extension RemoteLab {
    // MARK: - Principals (`consumer_principals`)

    public func principals(of cluster: String) throws(RemoteLabError) -> [TrustedPrincipal] {
        let summaries = try list(task(ServiceName.consumerPrincipals, "list", [("cluster", .string(cluster)), ("spec", .unset)]))
        return try summaries.map { (summary: VAPIValue) throws(RemoteLabError) -> TrustedPrincipal in
            let id = try decode { () throws(VAPIDecodingError) in try VAPIInput(summary).string("id") }
            let info = try task(ServiceName.consumerPrincipals, "get", [("cluster", .string(cluster)), ("profile", .string(id))])
            return try decode { () throws(VAPIDecodingError) in try PrincipalBinding.principal(info: info) }
        }
    }

    public func importPrincipal(_ principal: TrustedPrincipal, into cluster: String) throws(RemoteLabError) {
        _ = try task(ServiceName.consumerPrincipals, "create", [("cluster", .string(cluster)), ("spec", PrincipalBinding.createSpec(principal))])
    }

    public func removePrincipal(_ principal: String, from cluster: String) throws(RemoteLabError) {
        _ = try task(ServiceName.consumerPrincipals, "delete", [("cluster", .string(cluster)), ("profile", .string(principal))])
    }

    // MARK: - TPM 2.0 CA certificates

    public func tpm2CACertificates(of cluster: String) throws(RemoteLabError) -> [Tpm2CACertificate] {
        let summaries = try list(task(ServiceName.tpm2CACertificates, "list", [("cluster", .string(cluster))]))
        let names = try decode { () throws(VAPIDecodingError) in try Tpm2Binding.names(summaries: summaries) }
        return try names.map { (name: String) throws(RemoteLabError) -> Tpm2CACertificate in
            let info = try task(ServiceName.tpm2CACertificates, "get", [("cluster", .string(cluster)), ("name", .string(name))])
            return try decode { () throws(VAPIDecodingError) in try Tpm2Binding.caCertificate(info: info, name: name) }
        }
    }

    public func importTpm2CACertificate(_ certificate: Tpm2CACertificate, into cluster: String) throws(RemoteLabError) {
        _ = try task(ServiceName.tpm2CACertificates, "create", [("cluster", .string(cluster)), ("spec", Tpm2Binding.caCreateSpec(certificate))])
    }

    public func removeTpm2CACertificate(_ name: String, from cluster: String) throws(RemoteLabError) {
        _ = try task(ServiceName.tpm2CACertificates, "delete", [("cluster", .string(cluster)), ("name", .string(name))])
    }

    // MARK: - TPM 2.0 endorsement keys

    public func tpm2EndorsementKeys(of cluster: String) throws(RemoteLabError) -> [Tpm2EndorsementKey] {
        let summaries = try list(task(ServiceName.tpm2EndorsementKeys, "list", [("cluster", .string(cluster))]))
        let names = try decode { () throws(VAPIDecodingError) in try Tpm2Binding.names(summaries: summaries) }
        return try names.map { (name: String) throws(RemoteLabError) -> Tpm2EndorsementKey in
            let info = try task(ServiceName.tpm2EndorsementKeys, "get", [("cluster", .string(cluster)), ("name", .string(name))])
            return try decode { () throws(VAPIDecodingError) in try Tpm2Binding.endorsementKey(info: info, name: name) }
        }
    }

    /// Several keys in one change as the local lab makes it: every key is checked against the cluster's keys (and
    /// the others given) before the first is sent, and a refusal after that removes the keys this call created.
    public func importTpm2EndorsementKeys(_ keys: [Tpm2EndorsementKey], into cluster: String) throws(RemoteLabError) {
        var known = try tpm2EndorsementKeys(of: cluster)
        for key in keys {
            if known.contains(where: { $0.name.caseInsensitiveCompare(key.name) == .orderedSame || $0.publicKey == key.publicKey }) {
                throw .lab(.endorsementKeyExists(key.name))
            }
            known.append(key)
        }
        var created: [String] = []
        do throws(RemoteLabError) {
            for key in keys {
                _ = try task(ServiceName.tpm2EndorsementKeys, "create", [("cluster", .string(cluster)), ("spec", Tpm2Binding.keyCreateSpec(key))])
                created.append(key.name)
            }
        } catch {
            for name in created.reversed() { try? removeTpm2EndorsementKey(name, from: cluster) }
            throw error
        }
    }

    public func removeTpm2EndorsementKey(_ name: String, from cluster: String) throws(RemoteLabError) {
        _ = try task(ServiceName.tpm2EndorsementKeys, "delete", [("cluster", .string(cluster)), ("name", .string(name))])
    }

    // MARK: - Base images (`attestation.os.esx.base_images`)

    public func baseImages(of cluster: String) throws(RemoteLabError) -> [VMHostBaseImage] {
        let summaries = try list(task(ServiceName.baseImages, "list", [("cluster", .string(cluster)), ("spec", .unset)]))
        return try summaries.map { (summary: VAPIValue) throws(RemoteLabError) -> VMHostBaseImage in
            try decode { () throws(VAPIDecodingError) in try BaseImageBinding.image(summary: summary) }
        }
    }

    /// The image database as the `.tgz` the cmdlet read (written anew from what was read: the served lab reads it the same way).
    public func importBaseImage(_ database: BaseImageDatabase, into cluster: String) throws(RemoteLabError) -> VMHostBaseImage {
        _ = try task(ServiceName.baseImages, "import_from_imgdb", [("cluster", .string(cluster)), ("imgdb", .binary(database.tgzBytes()))])
        return database.baseImage
    }

    public func removeBaseImage(_ image: String, from cluster: String) throws(RemoteLabError) {
        _ = try task(ServiceName.baseImages, "delete", [("cluster", .string(cluster)), ("version", .string(image))])
    }

    // MARK: - TPM 2.0 attestation settings

    public func tpm2AttestationSettings(of cluster: String) throws(RemoteLabError) -> Tpm2AttestationSettings {
        let info = try task(ServiceName.tpm2Settings, "get", [("cluster", .string(cluster))])
        return try decode { () throws(VAPIDecodingError) in try Tpm2Binding.settings(info: info) }
    }

    public func setTpm2AttestationSettings(of cluster: String, requireEndorsementKey: Bool?,
                                           requireCertificateValidation: Bool?) throws(RemoteLabError) -> Tpm2AttestationSettings {
        let spec = Tpm2Binding.settingsUpdateSpec(requireEndorsementKey: requireEndorsementKey, requireCertificateValidation: requireCertificateValidation)
        _ = try task(ServiceName.tpm2Settings, "update", [("cluster", .string(cluster)), ("spec", spec)])
        return try tpm2AttestationSettings(of: cluster)
    }
}
