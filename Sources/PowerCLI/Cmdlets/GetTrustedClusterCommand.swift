import ShellEngine
import TrustAuthority

/// `Get-TrustedCluster ['name']`: the workload clusters of the connected vCenter (the lab file's `clusters`).
public final class GetTrustedClusterCommand: Cmdlet {
    static let clusterType = PowerCLIObjects.ns + "TrustedCluster"
    static let stateType = PowerCLIObjects.ns + "TrustedState"

    public static let command = CommandDescription(
        name: "Get-TrustedCluster", className: "VMware.VimAutomation.Security.Commands.Cmdlets.TrustedInfrastructure.GetTrustedCluster",
        module: "VMware.VimAutomation.Security",
        synopsis: "This cmdlet retrieves the trusted clusters from the connected workload vCenter Server system.",
        defaultParameterSet: "ByName", outputType: clusterType,
        examples: [HelpExample("$TC = Get-TrustedCluster 'Workload Cluster'", "Retrieves the trusted cluster named 'Workload Cluster'.")])

    @Parameter(position: 0, set: "ByName", description: "Specifies the names of the trusted clusters you want to retrieve.", wildcards: true)
    var name: [String]
    @Parameter(mandatory: true, set: "ById", description: "Specifies the IDs of the trusted clusters you want to retrieve.")
    var id: [String]
    @Parameter(description: "Specifies the vCenter Server systems on which you want to run the cmdlet.")
    var server: [VIServerArgument]

    public init() {}

    public func process(_ context: CommandContext) throws {
        let session = try PowerCLISession.of(context)
        let connection = try session.trustedConnection(context)
        let clusters = session.lab.vCenter(at: connection.server)?.clusters ?? []
        if $id.isBound {
            for id in id {
                guard let cluster = clusters.first(where: { $0.trustedClusterId == id }) else {
                    try context.writeError(notFound("Id", id, context))
                    continue
                }
                try context.write(.object(Self.object(cluster, server: connection.server)))
            }
            return
        }
        for name in name.isEmpty ? ["*"] : name {
            let pattern = WildcardPattern(name)
            let matching = clusters.filter { pattern.matches($0.name) }
            if matching.isEmpty && !pattern.hasWildcards { try context.writeError(notFound("name", name, context)) }
            for cluster in matching { try context.write(.object(Self.object(cluster, server: connection.server))) }
        }
    }

    private func notFound(_ what: String, _ value: String, _ context: CommandContext) -> ErrorRecord {
        context.errorRecord("Could not find TrustedCluster with \(what) '\(value)'.", id: "Core_OutputHelper_WriteNotFoundError",
                            category: .objectNotFound, reason: "VimException", targetName: value, targetType: "String")
    }

    static let typeNames = [clusterType, "System.Object"]
    static let layout = PropertyLayout(["Name", "State", "Id", "AttestationServiceInfo", "KeyProviderServiceInfo", "Uid"])

    static func object(_ record: ClusterRecord, server: String) -> PSObject {
        let state = EnumValue(typeName: stateType, name: record.enabled ? "Enabled" : "Disabled", rawValue: record.enabled ? 1 : 0)
        let object = PSObject(typeNames: typeNames, layout: layout, values: [
            .string(record.name), .enumValue(state), .string(record.trustedClusterId), .array([]), .array([]),
            .string("/VIServer=\(server)/TrustedCluster=\(record.trustedClusterId)/"),
        ])
        object.stringText = record.name
        object.baseObject = record.id
        return object
    }
}
