import ShellEngine
import TrustAuthority

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

/// The Trust Authority cluster's services as Get-TrustAuthorityAttestationService / Get-TrustAuthorityKeyProviderService
/// return them (Add-AttestationServiceInfo -AttestationService, Add-KeyProviderServiceInfo -KeyProviderService).
enum TrustAuthorityAttestationServiceKind: ObjectKind {
    static let typeName = TrustAuthorityServiceObjects.attestationServiceType
    static let acceptsName = false
}

enum TrustAuthorityKeyProviderServiceKind: ObjectKind {
    static let typeName = TrustAuthorityServiceObjects.keyProviderServiceType
    static let acceptsName = false
}

typealias TrustAuthorityAttestationServiceArgument = ObjectArgument<TrustAuthorityAttestationServiceKind>
typealias TrustAuthorityKeyProviderServiceArgument = ObjectArgument<TrustAuthorityKeyProviderServiceKind>
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

/// An `X509Chain` (a principal's or a TPM CA certificate's `CertificateChain`), for the `-CertificateChain` sets.
enum X509ChainKind: ObjectKind {
    static let typeName = TrustAuthorityServiceObjects.chainType
    static let acceptsName = false
}

typealias X509ChainArgument = ObjectArgument<X509ChainKind>

/// `PrincipalType` (`New-TrustAuthorityPrincipal -Type`): STSUser (the default) or STSGroup.
enum PrincipalTypeArgument: String, EnumerationValue {
    case stsUser = "STSUser"
    case stsGroup = "STSGroup"

    static let typeName = TrustAuthorityServiceObjects.principalTypeEnum
    static var unboundValue: PrincipalTypeArgument { .stsUser }

    var domainType: TrustedPrincipal.PrincipalType { self == .stsUser ? .stsUser : .stsGroup }
}

extension ObjectArgument where Kind == X509ChainKind {
    /// The certificates of a chain vtash made, leaf first; nil for any other object (or a chain element that is not a
    /// certificate of vtash's making).
    var certificates: [CertificateInfo]? {
        guard case .object(let chain) = self, case .array(let elements) = chain["ChainElements"] else { return nil }
        var certificates: [CertificateInfo] = []
        for element in elements {
            guard case .object(let item) = element, case .object(let certificate) = item["Certificate"],
                  let box = certificate.baseObject as? CertificateBox else { return nil }
            certificates.append(box.info)
        }
        return certificates
    }
}
