import ShellEngine
import TrustAuthority

/// The workload side's PowerCLI objects: trusted principals, TPM 2.0 endorsement keys of hosts, registered
/// service infos, trusted clusters and their applied status, host attestations.
enum WorkloadObjects {
    static let ns = PowerCLIObjects.ns
    static let principalType = ns + "TrustedPrincipal"
    static let principalTypeEnum = ns + "PrincipalType"
    static let endorsementKeyType = ns + "Tpm2EndorsementKey"
    static let attestationServiceInfoType = ns + "AttestationServiceInfo"
    static let keyProviderServiceInfoType = ns + "KeyProviderServiceInfo"
    static let appliedStatusType = ns + "TrustedClusterAppliedStatus"
    static let attestationType = ns + "VMHostAttestation"
    static let keyProviderType = "VMware.VimAutomation.Security.Types.V1.KeyProvider"

    static func principal(_ principal: TrustedPrincipal, _ connection: PowerCLISession.Connection) -> PSObject {
        let object = PSObject(typeNames: [principalType, "System.Object"], properties: [
            PSProperty(name: "Name", value: .string(principal.name)),
            PSProperty(name: "Domain", value: .string(principal.domain)),
            PSProperty(name: "Issuer", value: .string(principal.issuer)),
            PSProperty(name: "Type", value: .enumValue(EnumValue(typeName: principalTypeEnum, name: principal.type.rawValue,
                                                                 rawValue: principal.type == .stsUser ? 0 : 1))),
            // X509Chain[] (reference §2 TrustedPrincipal): one chain, so `-CertificateChain $p.CertificateChain` takes it.
            PSProperty(name: "CertificateChain", value: .array([.object(TrustAuthorityServiceObjects.chain(principal.certificateChain))])),
            PSProperty(name: "Id", value: .string(principal.id)),
            PSProperty(name: "Uid", value: .string(connection.uid + "TrustedPrincipal=\(principal.id)/")),
        ])
        object.stringText = principal.name
        return object
    }

    static func endorsementKey(_ key: Tpm2EndorsementKey, host: VMHost, _ connection: PowerCLISession.Connection) -> PSObject {
        let object = PSObject(typeNames: [endorsementKeyType, "System.Object"], properties: [
            PSProperty(name: "VMHostId", value: .string("HostSystem-" + host.id)),
            PSProperty(name: "VMHostName", value: .string(host.name)),
            PSProperty(name: "PublicKey", value: .string(key.publicKeyPEM)),
            PSProperty(name: "Certificate", value: key.certificate.map { .object(PowerCLIObjects.certificate($0)) } ?? .null),
            PSProperty(name: "Uid", value: .string(connection.uid + "VMHost=HostSystem-\(host.id)/Tpm2EndorsementKey/")),
        ])
        object.stringText = host.name
        object.baseObject = EndorsementKeyBox(key: key, host: host.name)
        return object
    }

    static func serviceInfo(_ registration: ServiceRegistration, _ connection: PowerCLISession.Connection) -> PSObject {
        let isAttestation = registration.kind == .attestation
        let type = isAttestation ? attestationServiceInfoType : keyProviderServiceInfoType
        let object = PSObject(typeNames: [type, "System.Object"], properties: [
            PSProperty(name: "Name", value: .string(registration.address)),
            PSProperty(name: "ServiceAddress", value: .string(registration.address)),
            PSProperty(name: "ServicePort", value: .int(registration.port)),
            PSProperty(name: "ServiceGroup", value: .string(registration.group)),
            PSProperty(name: "TAClusterId", value: .string("TrustAuthorityCluster-" + registration.trustAuthorityClusterId)),
            // X509Chain (reference §2 KeyProviderServiceInfo), as the Trust Authority's service objects carry it.
            PSProperty(name: "CertificateChain", value: .object(TrustAuthorityServiceObjects.chain(registration.certificateChain))),
            PSProperty(name: "Id", value: .string(registration.id)),
            PSProperty(name: "Uid", value: .string(connection.uid + "\(isAttestation ? "AttestationServiceInfo" : "KeyProviderServiceInfo")=\(registration.id)/")),
        ])
        object.stringText = registration.id
        object.baseObject = ServiceInfoReference(id: registration.id, kind: registration.kind, server: connection.server, sessionId: connection.sessionId)
        return object
    }

    static func appliedStatus(_ status: TrustedClusterAppliedStatus, _ connection: PowerCLISession.Connection) -> PSObject {
        let object = PSObject(typeNames: [appliedStatusType, "System.Object"], properties: [
            PSProperty(name: "TrustedClusterName", value: .string(status.clusterName)),
            PSProperty(name: "TrustedClusterId", value: .string("TrustedCluster-" + status.clusterId)),
            PSProperty(name: "Health", value: PowerCLIObjects.health(status.health)),
            PSProperty(name: "HealthDetails", value: .array(status.details.map { .string($0) })),
            PSProperty(name: "DesiredServices", value: .array(status.desired.map { .string($0.label) })),
            PSProperty(name: "AppliedServices", value: .array(status.applied.map { .string("\($0.service.label) (\($0.id))") })),
            PSProperty(name: "Uid", value: .string(connection.uid + "TrustedClusterAppliedStatus=TrustedCluster-\(status.clusterId)/")),
        ])
        object.stringText = status.clusterName
        return object
    }

    static func attestation(_ attestation: HostAttestation, clusterName: String, _ connection: PowerCLISession.Connection) -> PSObject {
        let object = PSObject(typeNames: [attestationType, "System.Object"], properties: [
            PSProperty(name: "VMHost", value: .string(attestation.hostName)),
            PSProperty(name: "Cluster", value: .string(clusterName)),
            PSProperty(name: "Status", value: .string(attestation.status.rawValue)),
            PSProperty(name: "Reason", value: .string(attestation.reason)),
            PSProperty(name: "Checks", value: .array(attestation.checks.map { check in
                let entry = PSObject(typeNames: [ns + "VMHostAttestationCheck", "System.Object"], properties: [
                    PSProperty(name: "Check", value: .string(check.kind.rawValue)),
                    PSProperty(name: "Passed", value: .bool(check.passed)),
                    PSProperty(name: "Reason", value: .string(check.reason)),
                ])
                entry.stringText = check.kind.rawValue
                return .object(entry)
            })),
            PSProperty(name: "VMHostId", value: .string("HostSystem-" + attestation.hostId)),
            PSProperty(name: "Uid", value: .string(connection.uid + "VMHost=HostSystem-\(attestation.hostId)/Attestation/")),
        ])
        object.stringText = attestation.hostName
        return object
    }
}

extension WorkloadObjects {
    static func keyProvider(_ provider: WorkloadKeyProvider, _ connection: PowerCLISession.Connection) -> PSObject {
        let object = PSObject(typeNames: [keyProviderType, "System.Object"], properties: [
            PSProperty(name: "Name", value: .string(provider.name)),
            PSProperty(name: "Type", value: .enumValue(KeyProviderType(provider.kind).enumValue)),
            PSProperty(name: "DefaultForSystem", value: .bool(provider.defaultForSystem)),
            PSProperty(name: "Registered", value: .bool(provider.registered)),
            PSProperty(name: "TrustAuthorityClusterId", value: provider.trustAuthorityClusterId.map { .string("TrustAuthorityCluster-" + $0) } ?? .null),
            PSProperty(name: "Id", value: .string(provider.name)),
            PSProperty(name: "Uid", value: .string(connection.uid + "KeyProvider=\(provider.name)/")),
        ])
        object.stringText = provider.name
        object.baseObject = ServiceInfoReference(id: provider.name, kind: .keyProvider, server: connection.server, sessionId: connection.sessionId)
        return object
    }
}
