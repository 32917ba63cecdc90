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
        let user = "\(connection.domain.uppercased())\\\(connection.user.name)"
        let object = PSObject(typeNames: ["VMware.VimAutomation.ViCore.Impl.V1.VIServerImpl", viServerType, "System.Object"], properties: [
            PSProperty(name: "Name", value: .string(connection.server)),
            PSProperty(name: "Port", value: .int(connection.port)),
            PSProperty(name: "User", value: .string(user)),
            PSProperty(name: "IsConnected", value: .bool(true)),
            PSProperty(name: "Id", value: .string("/VIServer=\(connection.user.name.lowercased())@\(connection.domain.lowercased())@\(connection.server):\(connection.port)/")),
            PSProperty(name: "ServiceUri", value: .string("https://\(connection.server)/sdk")),
            PSProperty(name: "SessionId", value: .string(connection.sessionId)),
            PSProperty(name: "Version", value: .string("8.0.3")),
            PSProperty(name: "Build", value: .string("24022515")),
            PSProperty(name: "ProductLine", value: .string("vpx")),
            PSProperty(name: "RefCount", value: .int(1)),
            PSProperty(name: "Uid", value: .string("/VIServer=\(connection.user.name.lowercased())@\(connection.domain.lowercased())@\(connection.server):\(connection.port)/")),
        ])
        object.stringValue = { connection.server }
        object.baseObject = connection.server
        return object
    }

    static func cluster(_ record: TrustAuthorityClusterRecord, server: String) -> PSObject {
        let object = PSObject(typeNames: [clusterType, "System.Object"], properties: [
            PSProperty(name: "Name", value: .string(record.name)),
            PSProperty(name: "State", value: .enumValue(EnumValue(typeName: stateType, name: record.enabled ? "Enabled" : "Disabled", rawValue: record.enabled ? 1 : 0))),
            PSProperty(name: "Id", value: .string(record.powerCLIId)),
            PSProperty(name: "ServerGuid", value: .string(server)),
            PSProperty(name: "Uid", value: .string("/VIServer=\(server)/TrustAuthorityCluster=\(record.powerCLIId)/")),
        ])
        object.stringValue = { record.name }
        object.baseObject = record.id
        return object
    }

    static func provider(_ provider: KeyProvider, lab: Lab, status known: ProviderStatus? = nil) -> PSObject {
        let status = known ?? lab.status(of: lab.statusSubject(provider))
        let object = PSObject(typeNames: [providerType, "System.Object"], properties: [
            PSProperty(name: "Name", value: .string(provider.name)),
            PSProperty(name: "PrimaryKeyId", value: .string(provider.primaryKeyId)),
            PSProperty(name: "Type", value: .enumValue(EnumValue(typeName: ns + "KmsType", name: "KMIP", rawValue: 0))),
            PSProperty(name: "TrustAuthorityClusterId", value: .string("TrustAuthorityCluster-" + provider.clusterId)),
            PSProperty(name: "Description", value: .string(provider.description)),
            PSProperty(name: "ProxyAddress", value: provider.proxyAddress.map { .string($0) } ?? .null),
            PSProperty(name: "ProxyPort", value: provider.proxyPort.map { .int($0) } ?? .null),
            PSProperty(name: "ConnectionTimeoutSeconds", value: .int(provider.connectionTimeoutSeconds)),
            PSProperty(name: "KmipServerUsername", value: provider.kmipServerUsername.map { .string($0) } ?? .null),
            PSProperty(name: "KeyProviderServers", value: .array(provider.servers.map { .object(server($0, provider: provider)) })),
            PSProperty(name: "Status", value: .object(self.status(status))),
            PSProperty(name: "Id", value: .string(provider.id)),
            PSProperty(name: "Uid", value: .string("/TrustAuthorityKeyProvider=\(provider.id)/")),
        ])
        object.stringValue = { provider.name }
        object.baseObject = provider.name
        return object
    }

    static func server(_ server: KeyProviderServer, provider: KeyProvider) -> PSObject {
        let object = PSObject(typeNames: [serverType, "System.Object"], properties: [
            PSProperty(name: "Address", value: .string(server.address)),
            PSProperty(name: "Id", value: .string(server.id(provider: provider))),
            PSProperty(name: "KeyProviderId", value: .string(provider.id)),
            PSProperty(name: "Name", value: .string(server.name)),
            PSProperty(name: "Port", value: .int(server.port)),
            PSProperty(name: "TrustAuthorityClusterId", value: .string("TrustAuthorityCluster-" + provider.clusterId)),
            PSProperty(name: "Uid", value: .string("/TrustAuthorityKeyProviderServer=\(server.id(provider: provider))/")),
        ])
        object.stringValue = { server.name }
        object.baseObject = ServerReference(provider: provider.name, server: server.name)
        return object
    }

    static func status(_ status: ProviderStatus) -> PSObject {
        let object = PSObject(typeNames: [statusType, "System.Object"], properties: [
            PSProperty(name: "KeyProviderId", value: .string(status.providerId)),
            PSProperty(name: "Health", value: health(status.health)),
            PSProperty(name: "HealthDetails", value: .array(status.details.map { .string($0) })),
            PSProperty(name: "ServerStatus", value: .array(status.servers.map { server in
                let entry = PSObject(typeNames: [serverStatusType, "System.Object"], properties: [
                    PSProperty(name: "ClientTrustServer", value: .bool(server.clientTrustServer)),
                    PSProperty(name: "Health", value: health(server.health)),
                    PSProperty(name: "HealthDetails", value: .array(server.details.map { .string($0) })),
                    PSProperty(name: "Name", value: .string(server.name)),
                    PSProperty(name: "ServerTrustClient", value: .bool(server.serverTrustClient)),
                ])
                entry.stringValue = { server.name }
                return .object(entry)
            })),
        ])
        object.stringValue = { statusType }
        return object
    }

    static func health(_ health: ProviderStatus.Health) -> Value {
        let names = ["Error", "None", "Ok", "Warning"]
        return .enumValue(EnumValue(typeName: healthType, name: health.rawValue, rawValue: names.firstIndex(of: health.rawValue) ?? 1))
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

    static func serverCertificate(_ info: CertificateInfo, provider: KeyProvider, server: KeyProviderServer?, trusted: Bool) -> PSObject {
        let object = PSObject(typeNames: [serverCertificateType, "System.Object"], properties: [
            PSProperty(name: "Certificate", value: .object(certificate(info))),
            PSProperty(name: "CertificateRawData", value: .string(info.pem)),
            PSProperty(name: "KeyProviderId", value: .string(provider.id)),
            PSProperty(name: "KeyProviderServerId", value: server.map { .string($0.id(provider: provider)) } ?? .null),
            PSProperty(name: "TrustAuthorityClusterId", value: .string("TrustAuthorityCluster-" + provider.clusterId)),
            PSProperty(name: "Trusted", value: .bool(trusted)),
            PSProperty(name: "Uid", value: .string("/TrustAuthorityKeyProviderServerCertificate=\(provider.id):\(info.thumbprint)/")),
        ])
        object.baseObject = ServerCertificateReference(provider: provider.name, certificate: info)
        return object
    }
}

/// Which provider and server a KeyProviderServer object stands for.
struct ServerReference: Sendable {
    let provider: String
    let server: String
}

struct ServerCertificateReference: Sendable {
    let provider: String
    let certificate: CertificateInfo
}

struct CertificateBox: Sendable {
    let info: CertificateInfo
}
