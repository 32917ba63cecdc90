import ShellEngine
import ShellFormatting

/// The table views PowerCLI's format files give its types (widths from the seed's printed output).
enum PowerCLIViews {
    static func register(into shell: Shell) {
        if let formatting = shell.output as? ViewFormatting { register(into: &formatting.views) }
        for type in enumTypes { shell.types.register(type) }
        for name in [PowerCLIObjects.providerType, PowerCLIObjects.serverCertificateType, PowerCLIObjects.viServerType,
                     PowerCLIObjects.clusterType, GetTrustedClusterCommand.clusterType] {
            shell.types.registerName(name)
        }
    }

    static var enumTypes: [EnumType] {
        [EnumType(name: TrustAuthorityState.typeName, names: TrustAuthorityState.allCases.map(\.rawValue)),
         EnumType(name: GetTrustedClusterCommand.stateType, names: ["Disabled", "Enabled"]),
         EnumType(name: PowerCLIObjects.healthType, names: ["Error", "None", "Ok", "Warning"])]
    }

    static func register(into formats: inout FormatRegistry) {
        formats.register(FormatView(typeName: PowerCLIObjects.providerType, shape: .table([
            TableColumn("Name", width: 20), TableColumn("PrimaryKeyId", width: 20), TableColumn("Type", width: 10),
            TableColumn("TrustAuthorityClusterId"),
        ])))
        formats.register(FormatView(typeName: PowerCLIObjects.serverCertificateType, shape: .table([
            TableColumn("Certificate", width: 40), TableColumn("Trusted", width: 10), TableColumn("KeyProviderServerId", width: 25),
            TableColumn("KeyProviderId"),
        ])))
        formats.register(FormatView(typeName: PowerCLIObjects.viServerType, shape: .table([
            TableColumn("Name", width: 30), TableColumn("Port", width: 5), TableColumn("User"),
        ])))
        formats.register(FormatView(typeName: PowerCLIObjects.clusterType, shape: .table([
            TableColumn("Name", width: 20), TableColumn("State", width: 10), TableColumn("Id"),
        ])))
        // Get-TrustedCluster is printed like Get-TrustAuthorityCluster (reference: "printed the same way").
        formats.register(FormatView(typeName: GetTrustedClusterCommand.clusterType, shape: .table([
            TableColumn("Name", width: 20), TableColumn("State", width: 10), TableColumn("Id"),
        ])))
    }
}
