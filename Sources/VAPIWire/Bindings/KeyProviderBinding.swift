import TrustAuthority

/// `kms.Providers` structures: CreateSpec and UpdateSpec read into the lab's `KeyProvider` and
/// `KeyProviderSettings`, Info / Summary / Status written from them (and read back by the client).
public enum KeyProviderBinding {
    static let prefix = ServiceName.providers
    static let networkAddressName = "com.vmware.vcenter.trusted_infrastructure.network_address"
    /// What a KMIP server entry without a port uses (PowerCLI's `-KmipServerPort` default).
    public static let defaultKMIPPort = 5696
    public static let defaultConnectionTimeout = 30

    // MARK: - Specs (client → endpoint)

    /// A provider of `cluster` from a CreateSpec; ports are checked by the lab when it stores it.
    public static func provider(createSpec spec: VAPIInput, cluster: String) throws(VAPIDecodingError) -> KeyProvider {
        let name = try spec.string("provider")
        guard !name.isEmpty else { throw VAPIDecodingError("The field '\(spec.name("provider"))' must not be empty.") }
        let keyId = try spec.string("master_key_id")
        let keyServer = try spec.structure("key_server")
        try checkType(keyServer)
        let kmip = try keyServer.optionalStructure("kmip_server")
        var provider = KeyProvider(
            name: name, clusterId: cluster, primaryKeyId: keyId, description: try keyServer.optionalString("description") ?? "",
            servers: try servers(kmip) ?? [], connectionTimeoutSeconds: try keyServer.optionalInteger("connection_timeout") ?? defaultConnectionTimeout)
        if let proxy = try keyServer.optionalStructure("proxy_server") {
            provider.proxyAddress = try proxy.string("hostname")
            provider.proxyPort = try proxy.optionalInteger("port")
        }
        provider.kmipServerUsername = try kmip?.optionalString("username")
        return provider
    }

    /// The changes an UpdateSpec asks for.
    public static func settings(updateSpec spec: VAPIInput) throws(VAPIDecodingError) -> KeyProviderSettings {
        var settings = KeyProviderSettings(primaryKeyId: try spec.optionalString("master_key_id"))
        guard let keyServer = try spec.optionalStructure("key_server") else { return settings }
        if keyServer.has("type") { try checkType(keyServer) }
        settings.description = try keyServer.optionalString("description")
        if let proxy = try keyServer.optionalStructure("proxy_server") {
            settings.proxyAddress = try proxy.string("hostname")
            settings.proxyPort = try proxy.optionalInteger("port")
        }
        settings.connectionTimeoutSeconds = try keyServer.optionalInteger("connection_timeout")
        if let kmip = try keyServer.optionalStructure("kmip_server") {
            settings.servers = try servers(kmip)
            settings.kmipServerUsername = try kmip.optionalString("username")
        }
        return settings
    }

    private static func checkType(_ keyServer: VAPIInput) throws(VAPIDecodingError) {
        let type = try keyServer.string("type")
        guard type == "KMIP" else { throw VAPIDecodingError("The field '\(keyServer.name("type"))' must be KMIP, not '\(type)'.") }
    }

    private static func servers(_ kmip: VAPIInput?) throws(VAPIDecodingError) -> [KeyProviderServer]? {
        guard let entries = try kmip?.structures("servers") else { return nil }
        var servers: [KeyProviderServer] = []
        for entry in entries {
            let address = try entry.structure("address")
            servers.append(KeyProviderServer(name: try entry.string("name"), address: try address.string("hostname"),
                                             port: try address.optionalInteger("port") ?? defaultKMIPPort))
        }
        return servers
    }

    public static func createSpec(_ provider: KeyProvider) -> VAPIValue {
        .structure(prefix + ".create_spec", [
            ("provider", .string(provider.name)), ("master_key_id", .string(provider.primaryKeyId)),
            ("key_server", .structure(prefix + ".key_server_create_spec", [
                ("type", .string("KMIP")), ("description", .optionalString(provider.description)),
                ("proxy_server", .optional(proxy(provider.proxyAddress, provider.proxyPort))),
                ("connection_timeout", .optionalInteger(provider.connectionTimeoutSeconds)),
                ("kmip_server", .set(.structure(prefix + ".kmip_server_create_spec", [
                    ("servers", .list(provider.servers.map(server))), ("username", .optionalString(provider.kmipServerUsername)),
                ]))),
            ])),
        ])
    }

    public static func updateSpec(_ settings: KeyProviderSettings) -> VAPIValue {
        let kmip: VAPIValue? = settings.servers == nil && settings.kmipServerUsername == nil ? nil
            : .structure(prefix + ".kmip_server_update_spec", [
                ("servers", .optional(settings.servers.map { .list($0.map(server)) })), ("username", .optionalString(settings.kmipServerUsername)),
            ])
        return .structure(prefix + ".update_spec", [
            ("master_key_id", .optionalString(settings.primaryKeyId)),
            ("key_server", .set(.structure(prefix + ".key_server_update_spec", [
                ("type", .unset), ("description", .optionalString(settings.description)),
                ("proxy_server", .optional(proxy(settings.proxyAddress, settings.proxyPort))),
                ("connection_timeout", .optionalInteger(settings.connectionTimeoutSeconds)),
                ("kmip_server", .optional(kmip)),
            ]))),
        ])
    }

    // MARK: - What the endpoint answers

    public static func info(_ provider: KeyProvider, status: ProviderStatus) -> VAPIValue {
        .structure(prefix + ".info", [
            ("master_key_id", .string(provider.primaryKeyId)),
            ("key_server", .structure(prefix + ".key_server_info", [
                ("type", .string("KMIP")), ("description", .string(provider.description)),
                ("proxy_server", .optional(proxy(provider.proxyAddress, provider.proxyPort))),
                ("connection_timeout", .optionalInteger(provider.connectionTimeoutSeconds)),
                ("kmip_server", .set(.structure(prefix + ".kmip_server_info", [
                    ("servers", .list(provider.servers.map(server))), ("username", .optionalString(provider.kmipServerUsername)),
                ]))),
            ])),
            ("status", statusValue(status)),
        ])
    }

    public static func summary(_ provider: KeyProvider, health: ProviderStatus.Health) -> VAPIValue {
        .structure(prefix + ".summary", [("provider", .string(provider.name)), ("health", HealthBinding.value(health))])
    }

    static func statusValue(_ status: ProviderStatus) -> VAPIValue {
        .structure(prefix + ".status", [
            ("health", HealthBinding.value(status.health)), ("details", .list(status.details.map(HealthBinding.message))),
            ("servers", .list(status.servers.map { server in
                .structure(prefix + ".server_info", [
                    ("health", HealthBinding.value(server.health)), ("details", .list(server.details.map(HealthBinding.message))),
                    ("client_trust_server", .bool(server.clientTrustServer)), ("server_trust_client", .bool(server.serverTrustClient)),
                    ("name", .string(server.name)),
                ])
            })),
        ])
    }

    static func server(_ server: KeyProviderServer) -> VAPIValue {
        .structure(prefix + ".server", [("name", .string(server.name)), ("address", networkAddress(server.address, server.port))])
    }

    static func networkAddress(_ hostname: String, _ port: Int?) -> VAPIValue {
        .structure(networkAddressName, [("hostname", .string(hostname)), ("port", .optionalInteger(port))])
    }

    static func proxy(_ address: String?, _ port: Int?) -> VAPIValue? {
        address.map { networkAddress($0, port) }
    }

    // MARK: - Read back (the client's side)

    /// The provider `name` of `cluster` as an Info describes it (no certificates: they are separate operations).
    public static func provider(info value: VAPIValue, name: String, cluster: String) throws(VAPIDecodingError) -> KeyProvider {
        let info = try VAPIInput(value)
        let keyServer = try info.structure("key_server")
        let kmip = try keyServer.optionalStructure("kmip_server")
        var provider = KeyProvider(
            name: name, clusterId: cluster, primaryKeyId: try info.string("master_key_id"),
            description: try keyServer.optionalString("description") ?? "", servers: try servers(kmip) ?? [],
            connectionTimeoutSeconds: try keyServer.optionalInteger("connection_timeout") ?? defaultConnectionTimeout)
        if let proxy = try keyServer.optionalStructure("proxy_server") {
            provider.proxyAddress = try proxy.string("hostname")
            provider.proxyPort = try proxy.optionalInteger("port")
        }
        provider.kmipServerUsername = try kmip?.optionalString("username")
        return provider
    }

    /// The status in an Info.
    public static func status(info value: VAPIValue, providerId: String) throws(VAPIDecodingError) -> ProviderStatus {
        let status = try VAPIInput(value).structure("status")
        var servers: [ProviderStatus.ServerStatus] = []
        for server in try status.structures("servers") ?? [] {
            servers.append(ProviderStatus.ServerStatus(
                server: try server.string("name"), health: try health(server), details: try HealthBinding.texts(server, "details"),
                clientTrustsServer: try server.optionalBool("client_trust_server") ?? false,
                serverTrustsClient: try server.optionalBool("server_trust_client") ?? false))
        }
        return ProviderStatus(provider: providerId, health: try health(status), details: try HealthBinding.texts(status, "details"), servers: servers)
    }

    /// A Summary's provider name and health.
    public static func summary(_ value: VAPIValue) throws(VAPIDecodingError) -> (name: String, health: ProviderStatus.Health) {
        let input = try VAPIInput(value)
        return (try input.string("provider"), try health(input))
    }

    static func health(_ input: VAPIInput) throws(VAPIDecodingError) -> ProviderStatus.Health {
        let text = try input.string("health")
        guard let health = HealthBinding.health(text) else { throw VAPIDecodingError("The field '\(input.name("health"))' is not a health ('\(text)').") }
        return health
    }
}
