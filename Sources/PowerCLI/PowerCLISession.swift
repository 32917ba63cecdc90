import ShellEngine
import ShellFormatting
import TrustAuthority

/// PowerCLI's per-session state: the lab it talks to and the open vCenter connections.
public final class PowerCLISession {
    public let lab: Lab
    public internal(set) var connections: [Connection] = []

    public struct Connection {
        public var server: String
        public var port: Int
        public var user: SSOUser {
            didSet { isTrustedAdmin = user.isTrustedAdmin }
        }
        public var domain: String
        public var sessionId: String
        /// The user's TrustedAdmins membership, decided once: every Trust Authority cmdlet checks it.
        public private(set) var isTrustedAdmin: Bool

        init(server: String, port: Int, user: SSOUser, domain: String, sessionId: String) {
            self.server = server
            self.port = port
            self.user = user
            self.domain = domain
            self.sessionId = sessionId
            self.isTrustedAdmin = user.isTrustedAdmin
        }
    }

    public init(lab: Lab) {
        self.lab = lab
    }

    static let stateKey = "PowerCLI"

    /// Attaches PowerCLI's commands, views and state to a shell.
    public static func install(into shell: Shell, lab: Lab) {
        shell.moduleState[stateKey] = PowerCLISession(lab: lab)
        shell.registry.register(PowerCLICommands.cmdlets)
        PowerCLIViews.register(into: shell)
        shell.setVariable("DefaultVIServers", .array([]), scope: "global")
        shell.setVariable("DefaultVIServer", .null, scope: "global")
        PowerCLICompletion.register(in: shell)
        TrustAuthorityServiceCommands.install(into: shell)
        WorkloadCommands.install(into: shell)
    }

    /// The session ``install(into:lab:)`` attached to the running shell; a terminating error when a PowerCLI
    /// cmdlet was registered in a shell without it (it would otherwise have no lab to act on).
    static func of(_ context: CommandContext) throws -> PowerCLISession {
        guard let session = context.shell.moduleState[stateKey] as? PowerCLISession else {
            throw context.failure("The PowerCLI session is not initialized in this shell: \(context.metadata.name) has no lab to act on. Start the shell with PowerCLI installed (PowerCLISession.install(into:lab:)).",
                                  id: "PowerCLISessionNotInitialized", category: .resourceUnavailable, reason: "InvalidOperationException")
        }
        return session
    }

    func publishDefaultServers(_ shell: Shell) {
        let servers = connections.map { Value.object(PowerCLIObjects.viServer($0)) }
        shell.setVariable("DefaultVIServers", .array(servers), scope: "global")
        shell.setVariable("DefaultVIServer", servers.last ?? .null, scope: "global")
    }

    /// The connection Trust Authority cmdlets run against, or the PowerCLI error when there is none
    /// or its user may not administer Trust Authority.
    func trustedConnection(_ context: CommandContext) throws -> Connection {
        guard let connection = connections.last else {
            throw context.failure("You are not currently connected to any servers. Please connect first using a Connect cmdlet.",
                                  id: "Core_BaseCmdlet_NotConnectedError", category: .resourceUnavailable, reason: "ViServerConnectionException")
        }
        guard connection.isTrustedAdmin else {
            throw context.failure("Permission to perform this operation was denied. The user '\(connection.domain.uppercased())\\\(connection.user.name)' is not a member of the TrustedAdmins group required for vSphere Trust Authority operations (privilege TrustedAdmin.ManageTrustedHosts).",
                                  id: "Client20_TrustedInfrastructure_NoPermission", category: .permissionDenied, reason: "ViSecurityNegotiationException")
        }
        return connection
    }
}
