import Foundation
import ShellEngine
import TrustAuthority

/// Builds the objects PowerCLI returns, with their real type names and properties.
enum PowerCLIObjects {
    static let ns = "VMware.VimAutomation.Security.Types.V1.TrustedInfrastructure."
    static let clusterType = ns + "TrustAuthorityCluster"
    static let providerType = ns + "TrustAuthorityKeyProvider"
    static let serverType = ns + "TrustAuthorityKeyProviderServer"
    static let serverCertificateType = ns + "TrustAuthorityKeyProviderServerCertificate"
    static let statusType = ns + "TrustAuthorityKeyProviderStatus"
    static let serverStatusType = ns + "TrustAuthorityKeyProviderServerStatus"
    static let viServerType = "VMware.VimAutomation.ViCore.Types.V1.VIServer"
    static let certificateType = "System.Security.Cryptography.X509Certificates.X509Certificate2"
    static let healthType = ns + "TrustAuthoritySettingsConfigHealth"
    static let stateType = ns + "TrustAuthorityState"

    static func viServer(_ connection: PowerCLISession.Connection) -> PSObject {
        let user = connection.displayUser
        let object = PSObject(typeNames: ["VMware.VimAutomation.ViCore.Impl.V1.VIServerImpl", viServerType, "System.Object"], properties: [
            PSProperty(name: "Name", value: .string(connection.server)),
            PSProperty(name: "Port", value: .int(connection.port)),
            PSProperty(name: "User", value: .string(user)),
            PSProperty(name: "IsConnected", value: .bool(true)),
            PSProperty(name: "Id", value: .string(connection.uid)),
            PSProperty(name: "ServiceUri", value: .string("https://\(connection.server)/sdk")),
            PSProperty(name: "SessionId", value: .string(connection.sessionId)),
            PSProperty(name: "Version", value: .string("8.0.3")),
            PSProperty(name: "Build", value: .string("24022515")),
            PSProperty(name: "ProductLine", value: .string(connection.host == nil ? "vpx" : "embeddedEsx")),
            PSProperty(name: "RefCount", value: .int(1)),
            PSProperty(name: "Uid", value: .string(connection.uid)),
        ])
        object.stringValue = { connection.server }
        object.baseObject = connection.server
        return object
    }

    // Each type's property names and index, built once and shared by every object of the type.
    static let clusterTypeNames = [clusterType, "System.Object"]
    static let clusterLayout = PropertyLayout(["Name", "State", "Id", "ServerGuid", "Uid"])
    static let providerTypeNames = [providerType, "System.Object"]
    static let providerLayout = PropertyLayout([
        "Name", "PrimaryKeyId", "Type", "TrustAuthorityClusterId", "Description", "ProxyAddress", "ProxyPort",
        "ConnectionTimeoutSeconds", "KmipServerUsername", "KeyProviderServers", "Status", "Id", "Uid",
    ])
    static let serverTypeNames = [serverType, "System.Object"]
    static let serverLayout = PropertyLayout(["Address", "Id", "KeyProviderId", "Name", "Port", "TrustAuthorityClusterId", "Uid"])
    static let statusTypeNames = [statusType, "System.Object"]
    static let statusLayout = PropertyLayout(["KeyProviderId", "Health", "HealthDetails", "ServerStatus"])
    static let serverStatusTypeNames = [serverStatusType, "System.Object"]
    static let serverStatusLayout = PropertyLayout(["ClientTrustServer", "Health", "HealthDetails", "Name", "ServerTrustClient"])
    static let kmipType = EnumValue(typeName: ns + "KmsType", name: "KMIP", rawValue: 0)
    static let enabledState = TrustAuthorityState.enabled.enumValue
    static let disabledState = TrustAuthorityState.disabled.enumValue

    /// The Trust Authority cluster as its connection sees it: `Uid` is the connection's (`/VIServer=vsphere.local\
    /// trustedadmin@192.168.210.22:443/`) followed by `TrustAuthorityCluster=<Id>/`, the shape PowerCLI gives every
    /// object of a connection (docs/workflow-cmdlets.md, "Uid").
    static func cluster(_ record: ClusterRecord, connection: PowerCLISession.Connection) -> PSObject {
        let object = PSObject(typeNames: clusterTypeNames, layout: clusterLayout, values: [
            .string(record.name),
            .enumValue(record.enabled ? enabledState : disabledState),
            .string(record.trustAuthorityClusterId),
            .string(connection.server),
            .string(connection.uid("TrustAuthorityCluster", record.trustAuthorityClusterId)),
        ])
        object.stringText = record.name
        object.baseObject = record.id
        return object
    }

    static func provider(_ provider: KeyProvider, lab: Lab, connection: PowerCLISession.Connection, status known: ProviderStatus? = nil) -> PSObject {
        let status = known ?? lab.status(of: lab.statusSubject(provider))
        let id = provider.id
        let clusterId = Value.string("TrustAuthorityCluster-" + provider.clusterId)
        let object = PSObject(typeNames: providerTypeNames, layout: providerLayout, values: [
            .string(provider.name),
            .string(provider.primaryKeyId),
            .enumValue(kmipType),
            clusterId,
            .string(provider.description),
            provider.proxyAddress.map { .string($0) } ?? .null,
            provider.proxyPort.map { .int($0) } ?? .null,
            .int(provider.connectionTimeoutSeconds),
            provider.kmipServerUsername.map { .string($0) } ?? .null,
            .array(provider.servers.map { .object(server($0, providerName: provider.name, providerId: id, clusterId: clusterId, connection: connection)) }),
            .object(self.status(status)),
            .string(id),
            .string(connection.uid("TrustAuthorityKeyProvider", id)),
        ])
        object.stringText = provider.name
        object.baseObject = provider.name
        return object
    }

    static func server(_ server: KeyProviderServer, provider: KeyProvider, connection: PowerCLISession.Connection) -> PSObject {
        self.server(server, providerName: provider.name, providerId: provider.id, clusterId: .string("TrustAuthorityCluster-" + provider.clusterId),
                    connection: connection)
    }

    private static func server(_ server: KeyProviderServer, providerName: String, providerId: String, clusterId: Value,
                               connection: PowerCLISession.Connection) -> PSObject {
        // KeyProviderServer.id(provider:) spelled out: the provider's id is made once per provider.
        let id = providerId + ":" + server.name
        let object = PSObject(typeNames: serverTypeNames, layout: serverLayout, values: [
            .string(server.address),
            .string(id),
            .string(providerId),
            .string(server.name),
            .int(server.port),
            clusterId,
            .string(connection.uid("TrustAuthorityKeyProviderServer", id)),
        ])
        object.stringText = server.name
        object.baseObject = ServerReference(provider: providerName, server: server.name)
        return object
    }

    static func status(_ status: ProviderStatus) -> PSObject {
        let object = PSObject(typeNames: statusTypeNames, layout: statusLayout, values: [
            .string(status.providerId),
            health(status.health),
            .array(status.details.map { .string($0) }),
            .array(status.servers.map { server in
                let entry = PSObject(typeNames: serverStatusTypeNames, layout: serverStatusLayout, values: [
                    .bool(server.clientTrustServer),
                    health(server.health),
                    .array(server.details.map { .string($0) }),
                    .string(server.name),
                    .bool(server.serverTrustClient),
                ])
                entry.stringText = server.name
                return .object(entry)
            }),
        ])
        object.stringText = statusType
        return object
    }

    /// The health enum's values, numbered in the enum's order (Error, None, Ok, Warning).
    static let healthValues = ["Error", "None", "Ok", "Warning"].enumerated().map { EnumValue(typeName: healthType, name: $0.element, rawValue: $0.offset) }

    static func health(_ health: ProviderStatus.Health) -> Value {
        .enumValue(healthValues.first { $0.name == health.rawValue } ?? EnumValue(typeName: healthType, name: health.rawValue, rawValue: 1))
    }

    static func certificate(_ info: CertificateInfo) -> PSObject {
        let object = PSObject(typeNames: [certificateType, "System.Security.Cryptography.X509Certificates.X509Certificate", "System.Object"], properties: [
            PSProperty(name: "Subject", value: .string(info.subject)),
            PSProperty(name: "Issuer", value: .string(info.issuer)),
            PSProperty(name: "Thumbprint", value: .string(info.thumbprint)),
            PSProperty(name: "SerialNumber", value: .string(info.serialNumber)),
            PSProperty(name: "NotBefore", value: .date(info.notBefore)),
            PSProperty(name: "NotAfter", value: .date(info.notAfter)),
            PSProperty(name: "RawData", value: .array(info.rawData.map { .int(Int($0)) })),
            PSProperty(name: "HasPrivateKey", value: .bool(false)),
        ])
        let text = info.dotNetString(timeZone: DateFormatting.localZone)
        object.stringValue = { text }
        object.addMethod("GetRawCertData", PSMethod(definition: "byte[] GetRawCertData()") { _ in .array(info.rawData.map { .int(Int($0)) }) })
        object.addMethod("GetCertHashString", PSMethod(definition: "string GetCertHashString()") { _ in .string(info.thumbprint) })
        object.addMethod("GetSerialNumberString", PSMethod(definition: "string GetSerialNumberString()") { _ in .string(info.serialNumber) })
        object.addMethod("Verify", PSMethod(definition: "bool Verify()") { _ in .bool(info.isValid(at: Date())) })
        object.baseObject = CertificateBox(info: info)
        return object
    }

    static func serverCertificate(_ info: CertificateInfo, provider: KeyProvider, server: KeyProviderServer?, trusted: Bool,
                                  connection: PowerCLISession.Connection) -> PSObject {
        let object = PSObject(typeNames: [serverCertificateType, "System.Object"], properties: [
            PSProperty(name: "Certificate", value: .object(certificate(info))),
            PSProperty(name: "CertificateRawData", value: .string(info.pem)),
            PSProperty(name: "KeyProviderId", value: .string(provider.id)),
            PSProperty(name: "KeyProviderServerId", value: server.map { .string($0.id(provider: provider)) } ?? .null),
            PSProperty(name: "TrustAuthorityClusterId", value: .string("TrustAuthorityCluster-" + provider.clusterId)),
            PSProperty(name: "Trusted", value: .bool(trusted)),
            PSProperty(name: "Uid", value: .string(connection.uid + "TrustAuthorityKeyProviderServerCertificate=\(provider.id):\(info.thumbprint)/")),
        ])
        object.baseObject = ServerCertificateReference(provider: provider.name, certificate: info)
        return object
    }
}
