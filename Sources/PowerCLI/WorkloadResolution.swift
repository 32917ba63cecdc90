import ShellEngine
import TrustAuthority

/// Turns workload parameter values (trusted clusters, service infos, key providers: objects, or names and
/// ids looked up on the selected servers) into what the lab's operations take, each with its connection.
enum WorkloadResolution {
    /// The Trust Authority connections of `servers` (vCenters only), each checked for the TrustedAdmins group.
    static func adminConnections(_ servers: [VIServerArgument], _ context: CommandContext) throws -> [PowerCLISession.Connection] {
        let session = try PowerCLISession.of(context)
        let selected = try session.connections(servers, context).filter { $0.host == nil }
        for connection in selected { try session.requireTrustedAdmin(connection, context) }
        return selected
    }

    /// The trusted clusters `arguments` name: an object keeps its connection; a name (wildcards allowed)
    /// is looked up on every selected vCenter.
    static func trustedClusters(_ arguments: [TrustedClusterArgument], servers: [VIServerArgument],
                                _ context: CommandContext) throws -> [(PowerCLISession.Connection, TrustedCluster)] {
        let session = try PowerCLISession.of(context)
        var found: [(PowerCLISession.Connection, TrustedCluster)] = []
        for argument in arguments {
            switch argument {
            case .object(let object):
                guard let reference = object.baseObject as? InventoryReference, let connection = session.connection(of: reference) else {
                    throw InventoryResolution.notFound("TrustedCluster", LanguagePrimitives.toString(.object(object)), context)
                }
                try session.requireTrustedAdmin(connection, context)
                let user = connection.sessionUser
                found.append((connection, try WorkloadFailure.run(context) { () throws(LabError) in try session.lab.trustedCluster(reference.id, by: user) }))
            case .name(let name):
                let pattern = WildcardPattern(name)
                var matching: [(PowerCLISession.Connection, TrustedCluster)] = []
                for connection in try adminConnections(servers, context) {
                    let user = connection.sessionUser
                    let clusters = try WorkloadFailure.run(context) { () throws(LabError) in try session.lab.trustedClusters(by: user) }
                    matching += clusters.filter { pattern.matches($0.cluster.name) || $0.cluster.trustedClusterId.equalsIgnoringCase(name) }.map { (connection, $0) }
                }
                if matching.isEmpty && !pattern.hasWildcards { throw InventoryResolution.notFound("TrustedCluster", name, context) }
                found += matching
            }
        }
        return found
    }

    /// The registered service an object or id names, with the connection to act through: an object's own,
    /// else the one workload connection of `servers`.
    static func serviceInfo<Kind: ObjectKind>(_ argument: ObjectArgument<Kind>, servers: [VIServerArgument],
                                              _ context: CommandContext) throws -> (PowerCLISession.Connection, String) {
        let session = try PowerCLISession.of(context)
        switch argument {
        case .object(let object):
            guard let reference = object.baseObject as? ServiceInfoReference,
                  let connection = session.connections.last(where: { $0.sessionId == reference.sessionId })
                    ?? session.connections.last(where: { $0.server.equalsIgnoringCase(reference.server) }) else {
                throw InventoryResolution.notFound("service info", LanguagePrimitives.toString(.object(object)), context)
            }
            try session.requireTrustedAdmin(connection, context)
            return (connection, reference.id)
        case .name(let id):
            let connection = try session.workloadConnection(servers, context)
            try session.requireTrustedAdmin(connection, context)
            return (connection, id)
        }
    }
}
