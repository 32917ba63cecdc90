import ShellEngine
import TrustAuthority

/// The object types the Trust Authority side's parameters take (objects only: PowerCLI looks these up by
/// object, not by name). Marker types only, so they live together under one name.
enum TrustAuthorityServiceObjectKinds {
    enum TrustAuthorityPrincipal: ObjectKind {
        static let typeName = TrustAuthorityServiceObjects.principalType
        static let acceptsName = false
    }

    enum TrustAuthorityTpm2CACertificate: ObjectKind {
        static let typeName = TrustAuthorityServiceObjects.tpmCACertificateType
        static let acceptsName = false
    }

    enum TrustAuthorityTpm2EndorsementKey: ObjectKind {
        static let typeName = TrustAuthorityServiceObjects.endorsementKeyType
        static let acceptsName = false
    }

    enum TrustAuthorityVMHostBaseImage: ObjectKind {
        static let typeName = TrustAuthorityServiceObjects.baseImageType
        static let acceptsName = false
    }

    enum TrustAuthorityTpm2AttestationSettings: ObjectKind {
        static let typeName = TrustAuthorityServiceObjects.attestationSettingsType
        static let acceptsName = false
    }

    /// A host of the Trust Authority cluster (`Get-VMHost`'s object or its name), for the services' `-VMHost`.
    enum TrustAuthorityServiceHost: ObjectKind {
        static let typeName = TrustAuthorityServiceObjects.vmHostType
        static let acceptsName = true
    }

    /// The Trust Authority cluster's services as Get-TrustAuthorityAttestationService / Get-TrustAuthorityKeyProviderService
    /// return them (Add-AttestationServiceInfo -AttestationService, Add-KeyProviderServiceInfo -KeyProviderService).
    enum TrustAuthorityAttestationService: ObjectKind {
        static let typeName = TrustAuthorityServiceObjects.attestationServiceType
        static let acceptsName = false
    }

    enum TrustAuthorityKeyProviderService: ObjectKind {
        static let typeName = TrustAuthorityServiceObjects.keyProviderServiceType
        static let acceptsName = false
    }

    /// The workload vCenter's principal as Get-TrustedPrincipal returns it.
    enum TrustedPrincipalObject: ObjectKind {
        static let typeName = PowerCLIObjects.ns + "TrustedPrincipal"
        static let acceptsName = false
    }

    /// A host's TPM 2.0 endorsement key as Get-Tpm2EndorsementKey returns it.
    enum Tpm2EndorsementKeyObject: ObjectKind {
        static let typeName = PowerCLIObjects.ns + "Tpm2EndorsementKey"
        static let acceptsName = false
    }

    /// An `X509Chain` (a principal's or a TPM CA certificate's `CertificateChain`), for the `-CertificateChain` sets.
    enum X509Chain: ObjectKind {
        static let typeName = TrustAuthorityServiceObjects.chainType
        static let acceptsName = false
    }
}

typealias TrustAuthorityAttestationServiceArgument = ObjectArgument<TrustAuthorityServiceObjectKinds.TrustAuthorityAttestationService>
typealias TrustAuthorityKeyProviderServiceArgument = ObjectArgument<TrustAuthorityServiceObjectKinds.TrustAuthorityKeyProviderService>
typealias TrustAuthorityPrincipalArgument = ObjectArgument<TrustAuthorityServiceObjectKinds.TrustAuthorityPrincipal>
typealias TrustAuthorityTpm2CACertificateArgument = ObjectArgument<TrustAuthorityServiceObjectKinds.TrustAuthorityTpm2CACertificate>
typealias TrustAuthorityTpm2EndorsementKeyArgument = ObjectArgument<TrustAuthorityServiceObjectKinds.TrustAuthorityTpm2EndorsementKey>
typealias TrustAuthorityVMHostBaseImageArgument = ObjectArgument<TrustAuthorityServiceObjectKinds.TrustAuthorityVMHostBaseImage>
typealias TrustAuthorityTpm2AttestationSettingsArgument = ObjectArgument<TrustAuthorityServiceObjectKinds.TrustAuthorityTpm2AttestationSettings>
typealias TrustAuthorityServiceHostArgument = ObjectArgument<TrustAuthorityServiceObjectKinds.TrustAuthorityServiceHost>

extension ObjectArgument {
    /// The imported item an object made by ``TrustAuthorityServiceObjects`` stands for; nil for any other object.
    var itemReference: TrustAuthorityItemReference? {
        guard case .object(let object) = self else { return nil }
        return object.baseObject as? TrustAuthorityItemReference
    }
}

typealias TrustedPrincipalArgument = ObjectArgument<TrustAuthorityServiceObjectKinds.TrustedPrincipalObject>

typealias Tpm2EndorsementKeyObjectArgument = ObjectArgument<TrustAuthorityServiceObjectKinds.Tpm2EndorsementKeyObject>

typealias X509ChainArgument = ObjectArgument<TrustAuthorityServiceObjectKinds.X509Chain>

extension ObjectArgument where Kind == TrustAuthorityServiceObjectKinds.X509Chain {
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
