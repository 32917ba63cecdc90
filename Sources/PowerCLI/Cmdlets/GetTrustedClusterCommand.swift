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
        var clusters: [(PowerCLISession.Connection, TrustedCluster)] = []
        for connection in try session.connections(server, context) where connection.host == nil {
            try session.requireTrustedAdmin(connection, context)
            let user = connection.sessionUser
            clusters += try WorkloadFailure.run(context) { () throws(LabError) in try session.lab.trustedClusters(by: user) }.map { (connection, $0) }
        }
        if $id.isBound {
            for id in id {
                let matching = clusters.filter { $0.1.cluster.trustedClusterId == id }
                if matching.isEmpty { try context.writeError(notFound("Id", id, context)) }
                for (connection, cluster) in matching { try context.write(.object(Self.object(cluster, connection))) }
            }
            return
        }
        var taken = Set<Int>()
        for name in name.isEmpty ? ["*"] : name {
            let pattern = WildcardPattern(name)
            let matching = clusters.indices.filter { pattern.matches(clusters[$0].1.cluster.name) }
            if matching.isEmpty && !pattern.hasWildcards { try context.writeError(notFound("name", name, context)) }
            taken.formUnion(matching)
        }
        for index in clusters.indices where taken.contains(index) {
            try context.write(.object(Self.object(clusters[index].1, clusters[index].0)))
        }
    }

    private func notFound(_ what: String, _ value: String, _ context: CommandContext) -> ErrorRecord {
        context.errorRecord("Could not find TrustedCluster with \(what) '\(value)'.", id: "Core_OutputHelper_WriteNotFoundError",
                            category: .objectNotFound, reason: "VimException", targetName: value, targetType: "String")
    }

    static let typeNames = [clusterType, "System.Object"]
    static let layout = PropertyLayout(["Name", "State", "Id", "AttestationServiceInfo", "KeyProviderServiceInfo", "Uid"])

    static func object(_ trusted: TrustedCluster, _ connection: PowerCLISession.Connection) -> PSObject {
        let record = trusted.cluster
        let state = EnumValue(typeName: stateType, name: record.enabled ? "Enabled" : "Disabled", rawValue: record.enabled ? 1 : 0)
        let object = PSObject(typeNames: typeNames, layout: layout, values: [
            .string(record.name), .enumValue(state), .string(record.trustedClusterId),
            .array(trusted.attestationServices.map { .object(WorkloadObjects.serviceInfo($0, connection)) }),
            .array(trusted.keyProviderServices.map { .object(WorkloadObjects.serviceInfo($0, connection)) }),
            .string(connection.uid + "TrustedCluster=\(record.trustedClusterId)/"),
        ])
        object.stringText = record.name
        object.baseObject = InventoryReference(kind: .cluster, id: record.id, name: record.name, server: connection.server,
                                               vCenter: connection.vCenter, sessionId: connection.sessionId)
        return object
    }
}
