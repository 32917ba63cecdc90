import ShellEngine

/// `Get-TrustAuthorityCluster ['name']`.
public final class GetTrustAuthorityClusterCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Get-TrustAuthorityCluster", className: "VMware.VimAutomation.Security.Commands.Cmdlets.TrustedInfrastructure.GetTrustAuthorityCluster",
        module: "VMware.VimAutomation.Security",
        synopsis: "This cmdlet retrieves the Trust Authority clusters from the Trust Authority vCenter Server system.",
        defaultParameterSet: "ByName", outputType: PowerCLIObjects.clusterType,
        examples: [HelpExample("$vTA = Get-TrustAuthorityCluster 'vTA Cluster'", "Retrieves the Trust Authority cluster named 'vTA Cluster'.")])

    @Parameter(position: 0, set: "ByName", description: "Specifies the name of the Trust Authority clusters you want to retrieve.", wildcards: true)
    var name: [String]
    @Parameter(set: "ByName", description: "Specifies the state of the Trust Authority clusters you want to retrieve.")
    var state: TrustAuthorityState?
    @Parameter(mandatory: true, set: "ById", description: "Specifies the IDs of the Trust Authority clusters you want to retrieve.")
    var id: [String]
    @Parameter(description: "Specifies the vCenter Server systems on which you want to run the cmdlet.")
    var server: [VIServerArgument]

    public init() {}

    public func process(_ context: CommandContext) throws {
        let session = try PowerCLISession.of(context)
        let connection = try session.trustedConnection(context, servers: server)
        let clusters = session.lab.trustAuthorityClusters(at: connection.server)
        if $id.isBound {
            for id in id {
                guard let cluster = clusters.first(where: { $0.trustAuthorityClusterId == id }) else {
                    try context.writeError(context.errorRecord("Could not find TrustAuthorityCluster with Id '\(id)'.", id: "Core_OutputHelper_WriteNotFoundError", category: .objectNotFound, reason: "VimException", targetName: id, targetType: "String"))
                    continue
                }
                try context.write(.object(PowerCLIObjects.cluster(cluster, connection: connection)))
            }
            return
        }
        for name in name.isEmpty ? ["*"] : name {
            let pattern = WildcardPattern(name)
            let matching = clusters.filter { pattern.matches($0.name) && (state == nil || TrustAuthorityState(enabled: $0.enabled) == state) }
            if matching.isEmpty && !pattern.hasWildcards {
                try context.writeError(context.errorRecord("Could not find TrustAuthorityCluster with name '\(name)'.", id: "Core_OutputHelper_WriteNotFoundError", category: .objectNotFound, reason: "VimException", targetName: name, targetType: "String"))
            }
            for cluster in matching { try context.write(.object(PowerCLIObjects.cluster(cluster, connection: connection))) }
        }
    }
}
