import ShellEngine

/// `Get-TrustAuthorityCluster ['name']`.
public final class GetTrustAuthorityClusterCommand: Cmdlet {
    public static let metadata = CommandMetadata(
        name: "Get-TrustAuthorityCluster", className: "VMware.VimAutomation.Security.Commands.Cmdlets.TrustedInfrastructure.GetTrustAuthorityCluster",
        module: "VMware.VimAutomation.Security",
        synopsis: "This cmdlet retrieves the Trust Authority clusters from the Trust Authority vCenter Server system.",
        parameters: [
            ParameterMetadata("Name", .array(.string), position: 0, set: "ByName", description: "Specifies the name of the Trust Authority clusters you want to retrieve.", wildcards: true),
            ParameterMetadata("State", .enumeration(typeName: PowerCLIObjects.stateType, names: ["Disabled", "Enabled"]), set: "ByName", description: "Specifies the state of the Trust Authority clusters you want to retrieve."),
            ParameterMetadata("Id", .array(.string), mandatory: true, set: "ById", description: "Specifies the IDs of the Trust Authority clusters you want to retrieve."),
            ParameterMetadata("Server", .array(.any), description: "Specifies the vCenter Server systems on which you want to run the cmdlet."),
        ],
        defaultParameterSet: "ByName", outputType: PowerCLIObjects.clusterType,
        examples: [HelpExample("$vTA = Get-TrustAuthorityCluster 'vTA Cluster'", "Retrieves the Trust Authority cluster named 'vTA Cluster'.")])

    public init() {}

    public func process(_ context: CommandContext) throws {
        let session = PowerCLISession.of(context)
        let connection = try session.trustedConnection(context)
        let clusters = session.lab.trustAuthorityClusters(at: connection.server)
        if let ids = context.parameters.strings("Id") {
            for id in ids {
                guard let cluster = clusters.first(where: { $0.trustAuthorityClusterId == id }) else {
                    try context.writeError(context.errorRecord("Could not find TrustAuthorityCluster with Id '\(id)'.", id: "Core_OutputHelper_WriteNotFoundError", category: .objectNotFound, reason: "VimException", targetName: id, targetType: "String"))
                    continue
                }
                try context.write(.object(PowerCLIObjects.cluster(cluster, server: connection.server)))
            }
            return
        }
        let state = context.parameters.string("State")
        let names = context.parameters.strings("Name")
        for name in names ?? ["*"] {
            let pattern = WildcardPattern(name)
            let matching = clusters.filter { pattern.matches($0.name) && (state == nil || ($0.enabled ? "Enabled" : "Disabled") == state) }
            if matching.isEmpty && !pattern.hasWildcards {
                try context.writeError(context.errorRecord("Could not find TrustAuthorityCluster with name '\(name)'.", id: "Core_OutputHelper_WriteNotFoundError", category: .objectNotFound, reason: "VimException", targetName: name, targetType: "String"))
            }
            for cluster in matching { try context.write(.object(PowerCLIObjects.cluster(cluster, server: connection.server))) }
        }
    }
}
