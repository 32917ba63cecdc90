import ShellEngine
import ShellFormatting
import TrustAuthority
import VAPIClient

/// PowerCLI's per-session state: the lab it talks to and the open vCenter connections.
public final class PowerCLISession {
    public let lab: Lab
    public internal(set) var connections: [Connection] = [] {
        didSet { routeLab() }
    }
    /// The vCenters reached as served labs (`vtash --remote-vcenter`); empty: every vCenter is the lab's own.
    public var served = ServedVCenters()

    public struct Connection {
        public var server: String {
            didSet { uid = Self.uid(domain, user, server, port) }
        }
        public var port: Int {
            didSet { uid = Self.uid(domain, user, server, port) }
        }
        public var user: SSOUser {
            didSet {
                isTrustedAdmin = user.isTrustedAdmin
                uid = Self.uid(domain, user, server, port)
            }
        }
        public var domain: String {
            didSet { uid = Self.uid(domain, user, server, port) }
        }
        /// What every object of this connection starts its `Uid` with, as PowerCLI formats it:
        /// `/VIServer=vsphere.local\trustedadmin@192.168.210.23:443/`. Kept, not computed per object: a listing
        /// builds one for each object it returns.
        public private(set) var uid: String

        /// The `Uid` of one object of this connection: `uid` followed by `Kind=Id/`, its bytes copied once into a
        /// string of the final size (listings make one per object; four `+=` cost five times as much).
        public func uid(_ kind: String, _ id: String) -> String {
            String(unsafeUninitializedCapacity: uid.utf8.count + kind.utf8.count + id.utf8.count + 2) { buffer in
                var written = 0
                func append(_ part: String) {
                    let copied = part.utf8.withContiguousStorageIfAvailable { bytes in
                        UnsafeMutableBufferPointer(rebasing: buffer[written...]).initialize(fromContentsOf: bytes)
                    }
                    if let copied {
                        written += copied
                    } else {
                        for byte in part.utf8 { buffer[written] = byte; written += 1 }
                    }
                }
                append(uid)
                append(kind)
                append("=")
                append(id)
                append("/")
                return written
            }
        }
        public var sessionId: String
        /// The user's TrustedAdmins membership, decided once: every Trust Authority cmdlet checks it.
        public private(set) var isTrustedAdmin: Bool
        /// The vCenter whose inventory and Trust Authority state the connection reaches: `server` itself, or,
        /// for a connection made directly to an ESXi host, the vCenter that manages the host.
        public var vCenter: String
        /// The host's name when the connection was made directly to an ESXi host (`Connect-VIServer esxi-01…`).
        public var host: String?
        /// The served lab of a connection to `vtash serve` (see ``ServedVCenters``); nil for the lab's own vCenters.
        public var endpoint: ServedLab?

        init(server: String, port: Int, user: SSOUser, domain: String, sessionId: String, vCenter: String? = nil, host: String? = nil) {
            self.server = server
            self.port = port
            self.user = user
            self.domain = domain
            self.sessionId = sessionId
            self.isTrustedAdmin = user.isTrustedAdmin
            self.uid = Self.uid(domain, user, server, port)
            self.vCenter = vCenter ?? server
            self.host = host
        }

        /// The user as PowerCLI shows it (`VSPHERE.LOCAL\trustedadmin`; `root` on a host).
        public var displayUser: String { host == nil ? "\(domain.uppercased())\\\(user.name)" : user.name }

        /// The user as the lab's operations take it.
        public var sessionUser: SessionUser { SessionUser(vCenter: vCenter, name: "\(user.name)@\(domain)") }

        private static func uid(_ domain: String, _ user: SSOUser, _ server: String, _ port: Int) -> String {
            "/VIServer=\(domain.lowercased())\\\(user.name)@\(server):\(port)/"
        }
    }

    public init(lab: Lab) {
        self.lab = lab
    }

    static let stateKey = "PowerCLI"

    /// The session attached to `shell` (nil when PowerCLI is not installed in it): for the executable's options.
    public static func attached(to shell: Shell) -> PowerCLISession? {
        shell.moduleState[stateKey] as? PowerCLISession
    }

    /// While a connection to a served lab is open, the lab's key-provider operations go there (the last one
    /// connected, as the default server is); a served lab's session ends when its last connection goes.
    private func routeLab() {
        let open = connections.compactMap(\.endpoint)
        if let current = lab.endpoint as? ServedLab, !open.contains(where: { $0 === current }) { current.signOut() }
        lab.endpoint = open.last
    }

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
        PowerCLIConfigurationCommands.install(into: shell)
    }

    /// The session ``install(into:lab:)`` attached to the running shell; a terminating error when a PowerCLI
    /// cmdlet was registered in a shell without it (it would otherwise have no lab to act on).
    /// Keeps the User scope of Set-PowerCLIConfiguration in `path` (read now, written on each change), as PowerCLI keeps
    /// it in the user's profile. Returns the problem, in words, when the file there cannot be read.
    @discardableResult
    public static func keepUserConfiguration(in shell: Shell, at path: String) -> String? {
        let configuration = PowerCLIConfiguration.of(shell)
        configuration.userFile = path
        do {
            configuration.user = try PowerCLISettings.load(from: path)
            return nil
        } catch {
            return "\(error.path): \(error.message)"
        }
    }

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
    /// With several default servers (PowerCLI's multiple default-server mode) that is the last one connected
    /// to a vCenter that has a Trust Authority cluster, else the last one.
    func trustedConnection(_ context: CommandContext) throws -> Connection {
        try trustedConnection(context, servers: [])
    }

    /// The same, among the connections `-Server` selects (every default server when it is empty): for the Trust
    /// Authority cmdlets that honour their `-Server` parameter.
    func trustedConnection(_ context: CommandContext, servers: [VIServerArgument]) throws -> Connection {
        let connections = servers.isEmpty ? self.connections : try self.connections(servers, context)
        // By index: a Connection is a large value, and this runs for every Trust Authority cmdlet.
        let chosen = connections.indices.last { index in
            connections[index].host == nil && lab.hasTrustAuthorityClusters(at: connections[index].vCenter)
        } ?? connections.indices.last
        let connection = chosen.map { connections[$0] }
        guard let connection else {
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
