import TrustAuthority

/// The lab's own error in a std error's `data`: `{kind, arguments}`, so that a client of a served lab gets
/// back the very `LabError`, `AccessError` or `LookupError` (and message) the lab raised. A kind this side
/// does not know decodes to nil.
public enum ErrorDataBinding {
    public static let structureName = "com.vmware.vtash.lab_error"

    /// One of the lab's errors, as a client reads it back.
    public enum LabFailure: Error, Equatable, Sendable {
        case lab(LabError)
        case access(AccessError)
        case lookup(LookupError)
    }

    public static func data(_ error: LabError) -> VAPIValue {
        let (kind, arguments) = parts(error)
        return structure(kind, arguments)
    }

    public static func data(_ error: AccessError) -> VAPIValue {
        switch error {
        case .unknownVCenter(let address): structure("access.unknownVCenter", [address])
        case .incorrectCredentials: structure("access.incorrectCredentials", [])
        case .notTrustedAdmin(let user): structure("access.notTrustedAdmin", [user])
        }
    }

    public static func data(_ error: LookupError) -> VAPIValue {
        switch error {
        case .clusterNotFound(let id): structure("lookup.clusterNotFound", [id])
        case .providerNotFound(let name): structure("lookup.providerNotFound", [name])
        case .noSigningRequest(let name): structure("lookup.noSigningRequest", [name])
        }
    }

    static func structure(_ kind: String, _ arguments: [String]) -> VAPIValue {
        .structure(structureName, [("kind", .string(kind)), ("arguments", .list(arguments.map { .string($0) }))])
    }

    public static func failure(_ data: VAPIValue?) -> LabFailure? {
        guard let data, let input = try? VAPIInput(data), let kind = try? input.string("kind") else { return nil }
        let arguments = (try? input.optionalStrings("arguments")) ?? []
        let first = arguments.first
        switch (kind, first) {
        case ("access.unknownVCenter", let address?): return .access(.unknownVCenter(address))
        case ("access.incorrectCredentials", _): return .access(.incorrectCredentials)
        case ("access.notTrustedAdmin", let user?): return .access(.notTrustedAdmin(user))
        case ("lookup.clusterNotFound", let id?): return .lookup(.clusterNotFound(id))
        case ("lookup.providerNotFound", let name?): return .lookup(.providerNotFound(name))
        case ("lookup.noSigningRequest", let name?): return .lookup(.noSigningRequest(name))
        default: return error(kind: kind, arguments).map { .lab($0) }
        }
    }

    static func parts(_ error: LabError) -> (String, [String]) {
        switch error {
        case .providerExists(let name): ("providerExists", [name])
        case .providerNotFound(let name): ("providerNotFound", [name])
        case .keyServerNotFound(let address): ("keyServerNotFound", [address])
        case .noClientCertificate(let name): ("noClientCertificate", [name])
        case .noSigningRequest(let name): ("noSigningRequest", [name])
        case .certificateDoesNotMatchKey: ("certificateDoesNotMatchKey", [])
        case .certificateDoesNotMatchSigningRequest(let name): ("certificateDoesNotMatchSigningRequest", [name])
        case .certificate(let certificateError): certificateParts(certificateError)
        case .lastServer(let name): ("lastServer", [name])
        case .serverExists(let address): ("serverExists", [address])
        case .liveServer(let address): ("liveServer", [address])
        case .keyServerExists(let endpoint): ("keyServerExists", [endpoint])
        case .invalidKeyServer(let detail): ("invalidKeyServer", [detail])
        case .keyServer(let detail): ("keyServer", [detail])
        case .keyServerUnreachable(let endpoint, let reason): ("keyServerUnreachable", [endpoint, reason])
        case .store(let path, let detail): ("store", [path ?? "", detail])
        case .labExists(let path): ("labExists", [path])
        case .cannotWrite(let path, let reason): ("cannotWrite", [path, reason])
        case .vCenterNotFound(let address): ("vCenterNotFound", [address])
        case .userNotFound(let user, let vCenter): ("userNotFound", [user, vCenter])
        case .notTrustedAdmin(let user, let vCenter): ("notTrustedAdmin", [user, vCenter])
        case .trustAuthorityClusterNotFound(let cluster, let vCenter): ("trustAuthorityClusterNotFound", [cluster, vCenter])
        case .trustedClusterNotFound(let cluster, let vCenter): ("trustedClusterNotFound", [cluster, vCenter])
        case .clusterDisabled(let cluster): ("clusterDisabled", [cluster])
        case .principalChainInvalid(let source, let reason): ("principalChainInvalid", [source, reason])
        case .principalExists(let issuer): ("principalExists", [issuer])
        case .principalNotFound(let name): ("principalNotFound", [name])
        case .domainWithoutName: ("domainWithoutName", [])
        case .notACACertificate(let subject): ("notACACertificate", [subject])
        case .tpmCACertificateInvalid(let name, let reason): ("tpmCACertificateInvalid", [name, reason])
        case .tpmCACertificateExists(let name): ("tpmCACertificateExists", [name])
        case .tpmCACertificateNotFound(let name): ("tpmCACertificateNotFound", [name])
        case .endorsementKeyExists(let name): ("endorsementKeyExists", [name])
        case .endorsementKeyNotFound(let name): ("endorsementKeyNotFound", [name])
        case .baseImageExists(let version): ("baseImageExists", [version])
        case .baseImageNotFound(let version): ("baseImageNotFound", [version])
        case .invalidKeyProviderSetting(let detail): ("invalidKeyProviderSetting", [detail])
        case .serviceRegistrationExists(let endpoint): ("serviceRegistrationExists", [endpoint])
        case .serviceRegistrationNotFound(let id): ("serviceRegistrationNotFound", [id])
        case .serviceRegistrationInUse(let id, let cluster): ("serviceRegistrationInUse", [id, cluster])
        case .serviceAlreadyApplied(let id, let cluster): ("serviceAlreadyApplied", [id, cluster])
        case .serviceNotApplied(let id, let cluster): ("serviceNotApplied", [id, cluster])
        case .nothingToRemediate(let cluster): ("nothingToRemediate", [cluster])
        // Kinds added to the lab later travel as their message only.
        default: ("message", [error.message])
        }
    }

    static func certificateParts(_ error: CertificateError) -> (String, [String]) {
        let (kind, arguments): (String, [String]) = switch error {
        case .noPEMBlock(let source, let expected): ("noPEMBlock", [source, expected.rawValue])
        case .damagedPEM(let source, let detail): ("damagedPEM", [source, detail])
        case .wrongPEMContent(let source, let expected, let found): ("wrongPEMContent", [source, expected.rawValue, found])
        case .malformedCertificate(let source, let detail): ("malformedCertificate", [source, detail])
        case .malformedPrivateKey(let source, let detail): ("malformedPrivateKey", [source, detail])
        case .malformedSigningRequest(let source, let detail): ("malformedSigningRequest", [source, detail])
        case .encryptedPrivateKey(let source): ("encryptedPrivateKey", [source])
        case .unsupportedKey(let source, let detail): ("unsupportedKey", [source, detail])
        case .unsupportedCertificateKey(let subject): ("unsupportedCertificateKey", [subject])
        case .signingRequestSignatureInvalid(let source): ("signingRequestSignatureInvalid", [source])
        case .keyDoesNotMatch(let keySource, let subject): ("keyDoesNotMatch", [keySource, subject])
        case .invalidName(let detail): ("invalidName", [detail])
        case .invalidValidity(let days): ("invalidValidity", [String(days)])
        case .signingFailed(let detail): ("signingFailed", [detail])
        }
        return ("certificate." + kind, arguments)
    }

    static func error(kind: String, _ a: [String]) -> LabError? {
        func argument(_ index: Int) -> String? { a.indices.contains(index) ? a[index] : nil }
        if kind.hasPrefix("certificate.") { return certificateError(kind: String(kind.dropFirst("certificate.".count)), a).map { .certificate($0) } }
        switch (kind, argument(0), argument(1)) {
        case ("providerExists", let name?, _): return .providerExists(name)
        case ("providerNotFound", let name?, _): return .providerNotFound(name)
        case ("keyServerNotFound", let address?, _): return .keyServerNotFound(address)
        case ("noClientCertificate", let name?, _): return .noClientCertificate(name)
        case ("noSigningRequest", let name?, _): return .noSigningRequest(name)
        case ("certificateDoesNotMatchKey", _, _): return .certificateDoesNotMatchKey
        case ("certificateDoesNotMatchSigningRequest", let name?, _): return .certificateDoesNotMatchSigningRequest(name)
        case ("lastServer", let name?, _): return .lastServer(name)
        case ("serverExists", let address?, _): return .serverExists(address)
        case ("liveServer", let address?, _): return .liveServer(address)
        case ("keyServerExists", let endpoint?, _): return .keyServerExists(endpoint)
        case ("invalidKeyServer", let detail?, _): return .invalidKeyServer(detail)
        case ("keyServer", let detail?, _): return .keyServer(detail)
        case ("keyServerUnreachable", let endpoint?, let reason?): return .keyServerUnreachable(endpoint: endpoint, reason: reason)
        case ("store", let path?, let detail?): return .store(path: path.isEmpty ? nil : path, detail: detail)
        case ("labExists", let path?, _): return .labExists(path)
        case ("cannotWrite", let path?, let reason?): return .cannotWrite(path: path, reason: reason)
        case ("vCenterNotFound", let address?, _): return .vCenterNotFound(address)
        case ("userNotFound", let user?, let vCenter?): return .userNotFound(user: user, vCenter: vCenter)
        case ("notTrustedAdmin", let user?, let vCenter?): return .notTrustedAdmin(user: user, vCenter: vCenter)
        case ("trustAuthorityClusterNotFound", let cluster?, let vCenter?): return .trustAuthorityClusterNotFound(cluster: cluster, vCenter: vCenter)
        case ("trustedClusterNotFound", let cluster?, let vCenter?): return .trustedClusterNotFound(cluster: cluster, vCenter: vCenter)
        case ("clusterDisabled", let cluster?, _): return .clusterDisabled(cluster: cluster)
        case ("principalChainInvalid", let source?, let reason?): return .principalChainInvalid(source: source, reason: reason)
        case ("principalExists", let issuer?, _): return .principalExists(issuer)
        case ("principalNotFound", let name?, _): return .principalNotFound(name)
        case ("domainWithoutName", _, _): return .domainWithoutName
        case ("notACACertificate", let subject?, _): return .notACACertificate(subject: subject)
        case ("tpmCACertificateInvalid", let name?, let reason?): return .tpmCACertificateInvalid(name: name, reason: reason)
        case ("tpmCACertificateExists", let name?, _): return .tpmCACertificateExists(name)
        case ("tpmCACertificateNotFound", let name?, _): return .tpmCACertificateNotFound(name)
        case ("endorsementKeyExists", let name?, _): return .endorsementKeyExists(name)
        case ("endorsementKeyNotFound", let name?, _): return .endorsementKeyNotFound(name)
        case ("baseImageExists", let version?, _): return .baseImageExists(version)
        case ("baseImageNotFound", let version?, _): return .baseImageNotFound(version)
        case ("invalidKeyProviderSetting", let detail?, _): return .invalidKeyProviderSetting(detail)
        case ("serviceRegistrationExists", let endpoint?, _): return .serviceRegistrationExists(endpoint)
        case ("serviceRegistrationNotFound", let id?, _): return .serviceRegistrationNotFound(id)
        case ("serviceRegistrationInUse", let id?, let cluster?): return .serviceRegistrationInUse(id: id, cluster: cluster)
        case ("serviceAlreadyApplied", let id?, let cluster?): return .serviceAlreadyApplied(id: id, cluster: cluster)
        case ("serviceNotApplied", let id?, let cluster?): return .serviceNotApplied(id: id, cluster: cluster)
        case ("nothingToRemediate", let cluster?, _): return .nothingToRemediate(cluster: cluster)
        default: return nil
        }
    }

    static func certificateError(kind: String, _ a: [String]) -> CertificateError? {
        func argument(_ index: Int) -> String? { a.indices.contains(index) ? a[index] : nil }
        let expected = argument(1).flatMap(CertificateError.Content.init(rawValue:))
        switch (kind, argument(0), argument(1)) {
        case ("noPEMBlock", let source?, _): return expected.map { .noPEMBlock(source: source, expected: $0) }
        case ("damagedPEM", let source?, let detail?): return .damagedPEM(source: source, detail: detail)
        case ("wrongPEMContent", let source?, _):
            guard let expected, let found = argument(2) else { return nil }
            return .wrongPEMContent(source: source, expected: expected, found: found)
        case ("malformedCertificate", let source?, let detail?): return .malformedCertificate(source: source, detail: detail)
        case ("malformedPrivateKey", let source?, let detail?): return .malformedPrivateKey(source: source, detail: detail)
        case ("malformedSigningRequest", let source?, let detail?): return .malformedSigningRequest(source: source, detail: detail)
        case ("encryptedPrivateKey", let source?, _): return .encryptedPrivateKey(source: source)
        case ("unsupportedKey", let source?, let detail?): return .unsupportedKey(source: source, detail: detail)
        case ("unsupportedCertificateKey", let subject?, _): return .unsupportedCertificateKey(subject: subject)
        case ("signingRequestSignatureInvalid", let source?, _): return .signingRequestSignatureInvalid(source: source)
        case ("keyDoesNotMatch", let keySource?, let subject?): return .keyDoesNotMatch(keySource: keySource, subject: subject)
        case ("invalidName", let detail?, _): return .invalidName(detail: detail)
        case ("invalidValidity", let days?, _): return Int(days).map { .invalidValidity(days: $0) }
        case ("signingFailed", let detail?, _): return .signingFailed(detail: detail)
        default: return nil
        }
    }
}
