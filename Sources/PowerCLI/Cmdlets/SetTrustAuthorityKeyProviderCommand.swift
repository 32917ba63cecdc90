import ShellEngine
import TrustAuthority

/// `Set-TrustAuthorityKeyProvider -KeyProvider $kp [-PrimaryKeyId …] [-Description …] [-ProxyAddress …] …`, or
/// `-KmipServerPassword` (its own parameter set).
public final class SetTrustAuthorityKeyProviderCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Set-TrustAuthorityKeyProvider", className: "VMware.VimAutomation.Security.Commands.Cmdlets.TrustedInfrastructure.SetTrustAuthorityKeyProvider",
        module: "VMware.VimAutomation.Security",
        synopsis: "This cmdlet modifies the Trust Authority key providers with the specified properties in the Trust Authority vCenter Server system.",
        description: "This cmdlet modifies the Trust Authority key providers with the specified properties in the Trust Authority vCenter Server system. Parameters you do not specify keep their values; an empty ProxyAddress removes the proxy. The KMIP server password is set in its own parameter set.",
        defaultParameterSet: "Settings", supportsShouldProcess: true, outputType: PowerCLIObjects.providerType,
        examples: [HelpExample("Set-TrustAuthorityKeyProvider -KeyProvider $kp -PrimaryKeyId 1", "Changes the primary key of the key provider $kp to the key 1 of its key server."),
                   HelpExample("Set-TrustAuthorityKeyProvider -KeyProvider $kp -KmipServerPassword (Read-Host -AsSecureString)", "Sets the password the key provider uses for its KMIP servers.")])

    @Parameter(mandatory: true, pipeline: .byValue, description: "Specifies the Trust Authority key providers you want to modify.")
    var keyProvider: [KeyProviderArgument]
    @Parameter("ConnectionTimeoutSeconds", set: "Settings", description: "Specifies the timeout in seconds for the connection between the Trust Authority key provider and the KMIP servers.")
    var connectionTimeoutSeconds: Int64?
    @Parameter(set: "Settings", description: "Specifies a description of the Trust Authority key provider.")
    var description: String?
    @Parameter(set: "Settings", description: "Specifies the user name of the KMIP servers.")
    var kmipServerUsername: String?
    @Parameter(set: "Settings", description: "This parameter is deprecated and scheduled for removal. Use the PrimaryKeyId parameter instead.")
    var masterKeyId: String?
    @Parameter(set: "Settings", description: "Specifies the primary key ID of the Trust Authority key provider.")
    var primaryKeyId: String?
    @Parameter(set: "Settings", description: "Specifies the proxy server address of the Trust Authority key provider. An empty string removes the proxy.")
    var proxyAddress: String?
    @Parameter(set: "Settings", description: "Specifies the proxy server port. It works with the ProxyAddress parameter.")
    var proxyPort: Int?
    @Parameter(set: "Settings", description: "Specifies the key server type of the Trust Authority key provider. KMIP is the only type.")
    var type: KmsType?
    @Parameter(mandatory: true, set: "Password", description: "Specifies the password of the KMIP servers.")
    var kmipServerPassword: SecureString?
    @Parameter(description: "Specifies the Trust Authority cluster of the key providers.")
    var trustAuthorityCluster: TrustAuthorityClusterArgument?
    @Parameter(description: "Specifies the vCenter Server systems on which you want to run the cmdlet.")
    var server: [VIServerArgument]

    public init() {}

    public func process(_ context: CommandContext) throws {
        let administrator = try TrustAuthorityAdministrator.of(context, servers: server)
        if primaryKeyId != nil && masterKeyId != nil && primaryKeyId != masterKeyId {
            throw context.failure("Specify either PrimaryKeyId or MasterKeyId, not two different keys.", id: "Client20_TrustedInfrastructure_InvalidArgument",
                                  category: .invalidArgument, reason: "ViError")
        }
        let change = KeyProviderChange(
            description: description, primaryKeyId: primaryKeyId ?? masterKeyId, proxyAddress: proxyAddress, proxyPort: proxyPort,
            connectionTimeoutSeconds: connectionTimeoutSeconds.map { Int(clamping: $0) }, kmipServerUsername: kmipServerUsername,
            kmipServerPassword: kmipServerPassword?.plainText)
        // Every provider is found before any changes.
        let providers = try keyProvider.map { try KeyProviderSelection.provider($0, in: trustAuthorityCluster, administrator) }
        for provider in providers {
            guard try context.shouldProcess(target: provider.name, action: "Set Trust Authority key provider") else { continue }
            let changed = try administrator.perform { () throws(LabError) in try administrator.lab.setKeyProvider(provider.name, change, by: administrator.user) }
            try context.write(.object(PowerCLIObjects.provider(changed, lab: administrator.lab, connection: administrator.connection)))
        }
    }
}
