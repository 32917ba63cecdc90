import ShellEngine

/// The object types the Trust Authority side's parameters take (objects only: PowerCLI looks these up
/// by object, not by name).
enum TrustAuthorityPrincipalKind: ObjectKind {
    static let typeName = TrustAuthorityServiceObjects.principalType
    static let acceptsName = false
}

enum TrustAuthorityTpm2CACertificateKind: ObjectKind {
    static let typeName = TrustAuthorityServiceObjects.tpmCACertificateType
    static let acceptsName = false
}

enum TrustAuthorityTpm2EndorsementKeyKind: ObjectKind {
    static let typeName = TrustAuthorityServiceObjects.endorsementKeyType
    static let acceptsName = false
}

enum TrustAuthorityVMHostBaseImageKind: ObjectKind {
    static let typeName = TrustAuthorityServiceObjects.baseImageType
    static let acceptsName = false
}

enum TrustAuthorityTpm2AttestationSettingsKind: ObjectKind {
    static let typeName = TrustAuthorityServiceObjects.attestationSettingsType
    static let acceptsName = false
}

/// A host of the Trust Authority cluster (`Get-VMHost`'s object or its name), for the services' `-VMHost`.
enum TrustAuthorityServiceHostKind: ObjectKind {
    static let typeName = TrustAuthorityServiceObjects.vmHostType
    static let acceptsName = true
}

typealias TrustAuthorityPrincipalArgument = ObjectArgument<TrustAuthorityPrincipalKind>
typealias TrustAuthorityTpm2CACertificateArgument = ObjectArgument<TrustAuthorityTpm2CACertificateKind>
typealias TrustAuthorityTpm2EndorsementKeyArgument = ObjectArgument<TrustAuthorityTpm2EndorsementKeyKind>
typealias TrustAuthorityVMHostBaseImageArgument = ObjectArgument<TrustAuthorityVMHostBaseImageKind>
typealias TrustAuthorityTpm2AttestationSettingsArgument = ObjectArgument<TrustAuthorityTpm2AttestationSettingsKind>
typealias TrustAuthorityServiceHostArgument = ObjectArgument<TrustAuthorityServiceHostKind>

extension ObjectArgument {
    /// The imported item an object made by ``TrustAuthorityServiceObjects`` stands for; nil for any other object.
    var itemReference: TrustAuthorityItemReference? {
        guard case .object(let object) = self else { return nil }
        return object.baseObject as? TrustAuthorityItemReference
    }
}

/// The workload vCenter's principal as Get-TrustedPrincipal returns it.
enum TrustedPrincipalObjectKind: ObjectKind {
    static let typeName = PowerCLIObjects.ns + "TrustedPrincipal"
    static let acceptsName = false
}

typealias TrustedPrincipalArgument = ObjectArgument<TrustedPrincipalObjectKind>

/// A host's TPM 2.0 endorsement key as Get-Tpm2EndorsementKey returns it.
enum Tpm2EndorsementKeyObjectKind: ObjectKind {
    static let typeName = PowerCLIObjects.ns + "Tpm2EndorsementKey"
    static let acceptsName = false
}

typealias Tpm2EndorsementKeyObjectArgument = ObjectArgument<Tpm2EndorsementKeyObjectKind>
