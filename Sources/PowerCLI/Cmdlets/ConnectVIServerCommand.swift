import Foundation
import ShellEngine
import TrustAuthority

/// `Connect-VIServer`: logs in to a vCenter of the lab.
public final class ConnectVIServerCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Connect-VIServer", className: "VMware.VimAutomation.ViCore.Cmdlets.Commands.ConnectVIServer", module: "VMware.VimAutomation.Core",
        synopsis: "This cmdlet establishes a connection to a vCenter Server system.",
        description: "This cmdlet establishes a connection to a vCenter Server system. The cmdlet starts a new session or re-establishes a previous session with a vCenter Server system using the specified parameters.",
        defaultParameterSet: "Default", outputType: "VMware.VimAutomation.ViCore.Types.V1.VIServer",
        examples: [HelpExample("Connect-VIServer -Server 192.168.210.22 -User trustedadmin@vsphere.local -Password 'VMware1!'", "Connects to the vCenter Server of the Trust Authority cluster as the Trust Authority administrator.")])

    @Parameter(mandatory: true, position: 0, set: "Default", description: "Specifies the IP address or the DNS name of the vSphere server to which you want to connect.")
    var server: [String]
    @Parameter(set: "Default", description: "Specifies the port on the server you want to use for the connection.")
    var port: Int = 443
    @Parameter(set: "Default", description: "Specifies the Internet protocol you want to use for the connection. It can be either http or https.", validValues: ["http", "https"])
    var `protocol`: String?
    @Parameter(set: "Default", description: "Specifies a PSCredential object that contains credentials for authenticating with the server.")
    var credential: Value
    @Parameter(aliases: ["Username"], set: "Default", description: "Specifies the user name you want to use for authenticating with the server.")
    var user: String?
    @Parameter(set: "Default", description: "Specifies the password you want to use for authenticating with the server.")
    var password: String?
    @Parameter(set: "Default", description: "Specifies the ID of an existing vCenter Server session you want to reestablish.")
    var session: String?
    @Parameter(set: "Default", description: "Indicates that you do not want to save the specified servers as default servers.")
    var notDefault: SwitchParameter
    @Parameter(set: "Default", description: "Indicates that you want to save the specified credentials in the local credential store.")
    var saveCredentials: SwitchParameter
    @Parameter(set: "Default", description: "Indicates whether you want to connect to vCenter Server in linked mode.")
    var allLinked: SwitchParameter
    @Parameter(set: "Default", description: "Suppresses all user interface prompts during the cmdlet execution.")
    var force: SwitchParameter
    @Parameter(mandatory: true, set: "Menu", description: "Indicates that you want to select a connection server from a list of recently connected servers.")
    var menu: SwitchParameter

    public init() {}

    public func process(_ context: CommandContext) throws {
        let powerCLI = try PowerCLISession.of(context)
        var user = self.user
        var password = self.password
        if let credential = credential.asObject {
            user = LanguagePrimitives.toString(credential["UserName"])
            if case .secureString(let secret) = credential["Password"] { password = secret.plainText }
        }
        if user == nil, password == nil, session == nil, context.host.isInteractive {
            // No credentials: PowerCLI tries the Windows session's own (SSPI; there is none here), then asks the host
            // for them, as PromptForCredential does in a console: a caption, a message, the user, then the password
            // (caption and message as remembered from PowerCLI; no published text was found).
            context.host.writeOutputLine("")
            context.host.writeOutputLine("Specify Credential")
            context.host.writeOutputLine("Please specify server credential")
            guard let typed = context.host.readLine(prompt: "User: ") else { throw PipelineInterrupted() }
            guard let secret = context.host.readSecret(prompt: "Password for user \(typed): ") else { throw PipelineInterrupted() }
            context.shell.secrets.remember(secret)
            (user, password) = (typed, secret)
        }
        for server in server {
            // A vCenter served by `vtash serve` (vtash --remote-vcenter): logged in to over its API.
            if powerCLI.served.serves(server) {
                let login = ServedVCenterLogin(server: server, port: port, user: user ?? "", password: password ?? "", force: force.isPresent, context: context)
                guard let connection = try login.connect(powerCLI) else { continue }
                if !notDefault.isPresent { makeDefault(connection, powerCLI, context.shell) }
                try context.write(.object(PowerCLIObjects.viServer(connection)))
                continue
            }
            // A host's name connects to the host directly (what Export-Tpm2EndorsementKey needs); the lab
            // has no ESXi accounts, so the users of the vCenter that manages it sign in (docs/workload-cmdlets.md).
            let host = powerCLI.lab.vCenter(at: server) == nil ? powerCLI.lab.host(named: server) : nil
            guard let vCenter = powerCLI.lab.vCenter(at: server) ?? host.flatMap({ powerCLI.lab.vCenter(at: $0.vCenter) }) else {
                try context.writeError(context.errorRecord(
                    "\(DateFormatting.general(Date()))\tConnect-VIServer\t\tCould not resolve the requested VC server.",
                    id: "Client20_ConnectivityServiceImpl_Reconnect_NameResolutionFailure", category: .objectNotFound,
                    reason: "ViServerConnectionException", targetName: server, targetType: "String"))
                continue
            }
            guard let name = user, let account = vCenter.user(name), account.password == (password ?? "") else {
                try context.writeError(context.errorRecord(
                    "\(DateFormatting.general(Date()))\tConnect-VIServer\t\tCannot complete login due to an incorrect user name or password.",
                    id: "Client20_ConnectivityServiceImpl_Reconnect_SoapException", category: .notSpecified,
                    reason: "InvalidLogin", targetName: "", targetType: ""))
                continue
            }
            let connection = PowerCLISession.Connection(server: host?.name ?? vCenter.address, port: port, user: account,
                                                        domain: vCenter.ssoDomain, sessionId: UUID().uuidString.lowercased(),
                                                        vCenter: vCenter.address, host: host?.name)
            if !notDefault.isPresent { makeDefault(connection, powerCLI, context.shell) }
            try context.write(.object(PowerCLIObjects.viServer(connection)))
        }
    }

    /// The connection becomes a default server. Single default-server mode: it replaces the default ones
    /// (Connect-VIServer's help, "If you choose to work with a single default server ..."); Multiple (the
    /// default) adds it. The same for a served vCenter and one of the shell's own lab.
    private func makeDefault(_ connection: PowerCLISession.Connection, _ powerCLI: PowerCLISession, _ shell: Shell) {
        if PowerCLIConfiguration.of(shell).effective.defaultVIServerMode == .single { powerCLI.connections.removeAll() }
        powerCLI.connections.append(connection)
        powerCLI.publishDefaultServers(shell)
    }
}
