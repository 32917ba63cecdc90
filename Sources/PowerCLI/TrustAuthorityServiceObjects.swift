import Foundation
import ShellEngine
import TrustAuthority

/// The objects of the Trust Authority side of the procedure, with PowerCLI's type names and the properties
/// the reference gives (reference/powercli-cmdlets.md §2); where it gives none, docs/workflow-cmdlets.md says
/// what vtash chose.
enum TrustAuthorityServiceObjects {
    static let ns = PowerCLIObjects.ns
    static let principalType = ns + "TrustAuthorityPrincipal"
    static let principalTypeEnum = ns + "PrincipalType"
    static let tpmCACertificateType = ns + "TrustAuthorityTpm2CACertificate"
    static let endorsementKeyType = ns + "TrustAuthorityTpm2EndorsementKey"
    static let baseImageType = ns + "TrustAuthorityVMHostBaseImage"
    static let attestationSettingsType = ns + "TrustAuthorityTpm2AttestationSettings"
    static let servicesStatusType = ns + "TrustAuthorityServicesStatus"
    static let attestationServiceStatusType = ns + "TrustAuthorityAttestationServiceStatus"
    static let keyProviderServiceStatusType = ns + "TrustAuthorityKeyProviderServiceStatus"
    static let attestationServiceType = ns + "TrustAuthorityAttestationService"
    static let keyProviderServiceType = ns + "TrustAuthorityKeyProviderService"
    static let chainType = "System.Security.Cryptography.X509Certificates.X509Chain"
    static let chainElementType = "System.Security.Cryptography.X509Certificates.X509ChainElement"
    /// The host type Get-VMHost returns, which the services cmdlets' `-VMHost` takes.
    static let vmHostType = "VMware.VimAutomation.ViCore.Types.V1.Inventory.VMHost"

    static let principalLayout = PropertyLayout([
        "Name", "Domain", "Issuer", "IssuerAlias", "Type", "CertificateChain", "Health", "HealthDescription", "Id", "TrustAuthorityClusterId", "Uid",
    ])
    static let tpmCACertificateLayout = PropertyLayout(["Name", "CertificateChain", "Health", "HealthDescription", "Id", "TrustAuthorityClusterId", "Uid"])
    static let endorsementKeyLayout = PropertyLayout([
        "Name", "PublicKey", "Certificate", "Health", "HealthDescription", "Id", "TrustAuthorityClusterId", "Uid",
    ])
    static let baseImageLayout = PropertyLayout(["Name", "VMHostVersion", "Health", "HealthDescription", "Id", "TrustAuthorityClusterId", "Uid"])
    static let attestationSettingsLayout = PropertyLayout([
        "RequireCertificateValidation", "RequireEndorsementKey", "Health", "HealthDescription", "Id", "TrustAuthorityClusterId", "Uid",
    ])
    static let servicesStatusLayout = PropertyLayout(["TrustAuthorityClusterId", "AttestationServiceStatus", "KeyProviderServiceStatus", "Uid"])
    static let serviceStatusLayout = PropertyLayout(["Health", "Details", "TrustAuthorityClusterId", "Uid"])
    static let serviceLayout = PropertyLayout([
        "ServiceAddress", "ServicePort", "ServiceGroup", "VMHost", "CertificateChain", "TrustAuthorityClusterId", "Id", "Uid",
    ])

    /// PowerCLI's cluster id (`TrustAuthorityCluster-domain-c8`) of a cluster's MoID.
    static func clusterId(_ moid: String) -> String { "TrustAuthorityCluster-" + moid }

    static func principal(_ principal: TrustedPrincipal, clusterId moid: String, connection: PowerCLISession.Connection, at date: Date = Date()) -> PSObject {
        let health = health(of: principal.certificateChain, at: date)
        let object = PSObject(typeNames: [principalType, "System.Object"], layout: principalLayout, values: [
            .string(principal.name), .string(principal.domain), .string(principal.issuer), .string(principal.issuerAlias),
            .enumValue(principalTypeValue(principal.type)),
            .array([.object(chain(principal.certificateChain))]),
            health.value, health.description,
            .string(principal.id), .string(clusterId(moid)),
            .string(connection.uid + "TrustAuthorityCluster=\(clusterId(moid))/TrustAuthorityPrincipal=\(principal.id)/"),
        ])
        object.stringText = principal.id
        object.baseObject = TrustAuthorityItemReference(clusterId: moid, key: principal.id)
        return object
    }

    static let principalTypeNames = TrustedPrincipal.PrincipalType.allCases.map(\.rawValue)

    static func principalTypeValue(_ type: TrustedPrincipal.PrincipalType) -> EnumValue {
        EnumValue(typeName: principalTypeEnum, name: type.rawValue, rawValue: principalTypeNames.firstIndex(of: type.rawValue) ?? 0)
    }

    static func tpmCACertificate(_ certificate: Tpm2CACertificate, clusterId moid: String, connection: PowerCLISession.Connection, at date: Date = Date()) -> PSObject {
        let health = health(of: certificate.certificateChain, at: date)
        let object = PSObject(typeNames: [tpmCACertificateType, "System.Object"], layout: tpmCACertificateLayout, values: [
            .string(certificate.name), .object(chain(certificate.certificateChain)), health.value, health.description,
            .string(certificate.name), .string(clusterId(moid)),
            .string(connection.uid + "TrustAuthorityCluster=\(clusterId(moid))/TrustAuthorityTpm2CACertificate=\(certificate.name)/"),
        ])
        object.stringText = certificate.name
        object.baseObject = TrustAuthorityItemReference(clusterId: moid, key: certificate.name)
        return object
    }

    static func endorsementKey(_ key: Tpm2EndorsementKey, clusterId moid: String, connection: PowerCLISession.Connection, at date: Date = Date()) -> PSObject {
        let health = health(of: key.certificate.map { [$0] } ?? [], at: date)
        let object = PSObject(typeNames: [endorsementKeyType, "System.Object"], layout: endorsementKeyLayout, values: [
            .string(key.name), .string(key.publicKeyPEM), key.certificate.map { .object(PowerCLIObjects.certificate($0)) } ?? .null,
            health.value, health.description, .string(key.name), .string(clusterId(moid)),
            .string(connection.uid + "TrustAuthorityCluster=\(clusterId(moid))/TrustAuthorityTpm2EndorsementKey=\(key.name)/"),
        ])
        object.stringText = key.name
        object.baseObject = TrustAuthorityItemReference(clusterId: moid, key: key.name)
        return object
    }

    static func baseImage(_ image: VMHostBaseImage, clusterId moid: String, connection: PowerCLISession.Connection) -> PSObject {
        let object = PSObject(typeNames: [baseImageType, "System.Object"], layout: baseImageLayout, values: [
            .string(image.name), .string(image.imageVersion), PowerCLIObjects.health(.ok), .array([]),
            .string(image.imageVersion), .string(clusterId(moid)),
            .string(connection.uid + "TrustAuthorityCluster=\(clusterId(moid))/TrustAuthorityVMHostBaseImage=\(image.imageVersion)/"),
        ])
        object.stringText = image.name
        object.baseObject = TrustAuthorityItemReference(clusterId: moid, key: image.imageVersion)
        return object
    }

    static func attestationSettings(_ settings: Tpm2AttestationSettings, clusterId moid: String, connection: PowerCLISession.Connection) -> PSObject {
        let id = clusterId(moid)
        let object = PSObject(typeNames: [attestationSettingsType, "System.Object"], layout: attestationSettingsLayout, values: [
            .bool(settings.requireCertificateValidation), .bool(settings.requireEndorsementKey), PowerCLIObjects.health(.ok), .array([]),
            .string(id), .string(id), .string(connection.uid + "TrustAuthorityCluster=\(id)/TrustAuthorityTpm2AttestationSettings/"),
        ])
        object.stringText = attestationSettingsType
        object.baseObject = TrustAuthorityItemReference(clusterId: moid, key: id)
        return object
    }

    static func servicesStatus(_ status: TrustAuthorityServicesStatus, connection: PowerCLISession.Connection) -> PSObject {
        let id = clusterId(status.clusterId)
        let object = PSObject(typeNames: [servicesStatusType, "System.Object"], layout: servicesStatusLayout, values: [
            .string(id),
            .object(serviceStatus(status.attestation, type: attestationServiceStatusType, clusterId: id, connection: connection)),
            .object(serviceStatus(status.keyProvider, type: keyProviderServiceStatusType, clusterId: id, connection: connection)),
            .string(connection.uid + "TrustAuthorityCluster=\(id)/TrustAuthorityServicesStatus/"),
        ])
        object.stringText = servicesStatusType
        return object
    }

    private static func serviceStatus(_ health: TrustAuthorityServicesStatus.ServiceHealth, type: String, clusterId: String, connection: PowerCLISession.Connection) -> PSObject {
        let object = PSObject(typeNames: [type, "System.Object"], layout: serviceStatusLayout, values: [
            PowerCLIObjects.health(health.health), .array(health.details.map { .string($0) }), .string(clusterId),
            .string(connection.uid + "TrustAuthorityCluster=\(clusterId)/\(type.split(separator: ".").last ?? "")/"),
        ])
        // Shown in the status table as its health, as a nested status reads in PowerCLI's list.
        object.stringText = health.health.rawValue
        return object
    }

    static func service(_ service: TrustAuthorityService, connection: PowerCLISession.Connection) -> PSObject {
        let moid = clusterId(service.trustAuthorityClusterId)
        let type = service.kind == .attestation ? attestationServiceType : keyProviderServiceType
        let id = "\(service.kind == .attestation ? "attestation" : "keyprovider")-\(service.address):\(service.port)"
        let object = PSObject(typeNames: [type, "System.Object"], layout: serviceLayout, values: [
            .string(service.address), .int(service.port), .string(service.group), .string(service.address),
            .object(chain(service.certificateChain)), .string(moid), .string(id),
            .string(connection.uid + "TrustAuthorityCluster=\(moid)/\(type.split(separator: ".").last ?? "")=\(id)/"),
        ])
        object.stringText = "\(service.address):\(service.port)"
        object.baseObject = service
        return object
    }

    /// An `X509Chain` whose `ChainElements` hold the certificates, leaf first (.NET prints the type name).
    static func chain(_ certificates: [CertificateInfo]) -> PSObject {
        let elements = certificates.map { certificate -> Value in
            let element = PSObject(typeNames: [chainElementType, "System.Object"], properties: [
                PSProperty(name: "Certificate", value: .object(PowerCLIObjects.certificate(certificate))),
                PSProperty(name: "ChainElementStatus", value: .array([])),
                PSProperty(name: "Information", value: .string("")),
            ])
            element.stringText = chainElementType
            return .object(element)
        }
        let object = PSObject(typeNames: [chainType, "System.Object"], properties: [PSProperty(name: "ChainElements", value: .array(elements))])
        object.stringText = chainType
        return object
    }

    /// Ok while every certificate is within its validity, Error (naming the expired ones) otherwise.
    private static func health(of certificates: [CertificateInfo], at date: Date) -> (value: Value, description: Value) {
        let expired = certificates.filter { !$0.isValid(at: date) }
        guard !expired.isEmpty else { return (PowerCLIObjects.health(.ok), .array([])) }
        return (PowerCLIObjects.health(.error), .array(expired.map { .string("The certificate '\($0.subject)' is not valid now (valid from \($0.notBefore) to \($0.notAfter)).") }))
    }
}
