import ShellEngine
import TrustAuthority

/// Which connections a cmdlet acts on, as PowerCLI's `-Server <VIServer[]>` decides it: the servers given
/// (connection objects, or names with wildcards), else every default server (`$global:DefaultVIServers`).
/// Objects a cmdlet receives carry their own connection (``InventoryReference``), which wins over both.
extension PowerCLISession {
    static let notConnectedMessage = "You are not currently connected to any servers. Please connect first using a Connect cmdlet."

    func notConnected(_ context: CommandContext) -> RuntimeError {
        context.failure(Self.notConnectedMessage, id: "Core_BaseCmdlet_NotConnectedError", category: .resourceUnavailable, reason: "ViServerConnectionException")
    }

    /// The connections `servers` selects, in connection order; every default server when it is empty.
    func connections(_ servers: [VIServerArgument], _ context: CommandContext) throws -> [Connection] {
        guard !connections.isEmpty else { throw notConnected(context) }
        guard !servers.isEmpty else { return connections }
        var selected: [Connection] = []
        for server in servers {
            let matching: [Connection]
            switch server {
            case .object(let object):
                let sessionId = LanguagePrimitives.toString(object["SessionId"])
                matching = connections.filter { $0.sessionId == sessionId }
                guard !matching.isEmpty else {
                    let name = LanguagePrimitives.toString(object["Name"])
                    throw context.failure("The VIServer '\(name)' is not connected. Connect to it with Connect-VIServer, or pass a server of $global:DefaultVIServers.",
                                          id: "Core_ObnSelector_SetNewParameterValue_ServerNotConnected", category: .resourceUnavailable,
                                          reason: "ViServerConnectionException", targetName: name, targetType: "VIServer")
                }
            case .name(let name):
                let pattern = WildcardPattern(name)
                matching = connections.filter { pattern.matches($0.server) }
                guard !matching.isEmpty else {
                    throw context.failure("Could not find any of the servers specified by name.",
                                          id: "Core_ObnSelector_SetNewParameterValue_ServerSpecifiedButNotFound", category: .objectNotFound,
                                          reason: "VimException", targetName: name, targetType: "String")
                }
            }
            for connection in matching where !selected.contains(where: { $0.sessionId == connection.sessionId }) {
                selected.append(connection)
            }
        }
        return connections.filter { connection in selected.contains { $0.sessionId == connection.sessionId } }
    }

    /// The one connection a cmdlet that acts on a single workload vCenter runs on (`Export-TrustedPrincipal`,
    /// `Import-TrustAuthorityServicesInfo`): the server given, the only default server, or, among several,
    /// the only one connected to a vCenter with workload clusters; several candidates are an error.
    func workloadConnection(_ servers: [VIServerArgument], _ context: CommandContext) throws -> Connection {
        let selected = try connections(servers, context)
        if selected.count == 1, let only = selected.first { return only }
        let workload = selected.filter { connection in !(lab.vCenter(at: connection.vCenter)?.clusters.isEmpty ?? true) }
        let distinct = workload.reduce(into: [Connection]()) { kept, connection in
            if !kept.contains(where: { $0.server.equalsIgnoringCase(connection.server) }) { kept.append(connection) }
        }
        if distinct.count == 1, let last = workload.last { return last }
        let names = selected.map(\.server).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        throw context.failure("The cmdlet runs on a single workload vCenter Server system, but several are selected (\(names.joined(separator: ", "))). Specify one with the Server parameter.",
                              id: "Core_BaseCmdlet_MultipleServersSelected", category: .invalidArgument, reason: "ViError")
    }

    /// The connection whose session made `reference`'s object; nil when it was disconnected since.
    func connection(of reference: InventoryReference) -> Connection? {
        connections.last { $0.sessionId == reference.sessionId }
            ?? connections.last { $0.server.equalsIgnoringCase(reference.server) }
    }

    /// The PowerCLI error of a connection whose user may not administer Trust Authority.
    func requireTrustedAdmin(_ connection: Connection, _ context: CommandContext) throws {
        guard connection.isTrustedAdmin else {
            throw context.failure("Permission to perform this operation was denied. The user '\(connection.domain.uppercased())\\\(connection.user.name)' is not a member of the TrustedAdmins group required for vSphere Trust Authority operations (privilege TrustedAdmin.ManageTrustedHosts).",
                                  id: "Client20_TrustedInfrastructure_NoPermission", category: .permissionDenied, reason: "ViSecurityNegotiationException")
        }
    }
}
