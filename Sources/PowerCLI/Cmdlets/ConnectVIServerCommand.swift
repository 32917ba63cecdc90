import Foundation
import ShellEngine
import TrustAuthority

/// `Connect-VIServer`: logs in to a vCenter of the lab.
public final class ConnectVIServerCommand: Cmdlet {
    public static let metadata = CommandMetadata(
        name: "Connect-VIServer", className: "VMware.VimAutomation.ViCore.Cmdlets.Commands.ConnectVIServer", module: "VMware.VimAutomation.Core",
        synopsis: "This cmdlet establishes a connection to a vCenter Server system.",
        description: "This cmdlet establishes a connection to a vCenter Server system. The cmdlet starts a new session or re-establishes a previous session with a vCenter Server system using the specified parameters.",
        parameters: [
            ParameterMetadata("Server", .array(.string), mandatory: true, position: 0, set: "Default", description: "Specifies the IP address or the DNS name of the vSphere server to which you want to connect."),
            ParameterMetadata("Port", .int, set: "Default", description: "Specifies the port on the server you want to use for the connection."),
            ParameterMetadata("Protocol", .string, set: "Default", description: "Specifies the Internet protocol you want to use for the connection. It can be either http or https.", validValues: ["http", "https"]),
            ParameterMetadata("Credential", .any, set: "Default", description: "Specifies a PSCredential object that contains credentials for authenticating with the server."),
            ParameterMetadata("User", .string, aliases: ["Username"], set: "Default", description: "Specifies the user name you want to use for authenticating with the server."),
            ParameterMetadata("Password", .string, set: "Default", description: "Specifies the password you want to use for authenticating with the server."),
            ParameterMetadata("Session", .string, set: "Default", description: "Specifies the ID of an existing vCenter Server session you want to reestablish."),
            ParameterMetadata("NotDefault", .switchParameter, set: "Default", description: "Indicates that you do not want to save the specified servers as default servers."),
            ParameterMetadata("SaveCredentials", .switchParameter, set: "Default", description: "Indicates that you want to save the specified credentials in the local credential store."),
            ParameterMetadata("AllLinked", .switchParameter, set: "Default", description: "Indicates whether you want to connect to vCenter Server in linked mode."),
            ParameterMetadata("Force", .switchParameter, set: "Default", description: "Suppresses all user interface prompts during the cmdlet execution."),
            ParameterMetadata("Menu", .switchParameter, mandatory: true, set: "Menu", description: "Indicates that you want to select a connection server from a list of recently connected servers."),
        ],
        defaultParameterSet: "Default", outputType: "VMware.VimAutomation.ViCore.Types.V1.VIServer",
        examples: [HelpExample("Connect-VIServer -Server 192.168.210.22 -User trustedadmin@vsphere.local -Password 'VMware1!'", "Connects to the vCenter Server of the Trust Authority cluster as the Trust Authority administrator.")])

    public init() {}

    public func process(_ context: CommandContext) throws {
        let session = PowerCLISession.of(context)
        var user = context.parameters.string("User")
        var password = context.parameters.string("Password")
        if let credential = context.parameters["Credential"]?.asObject {
            user = LanguagePrimitives.toString(credential["UserName"])
            if case .secureString(let secret) = credential["Password"] { password = secret.plainText }
        }
        for server in context.parameters.strings("Server") ?? [] {
            guard let vCenter = session.lab.vCenter(at: server) else {
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
            let connection = PowerCLISession.Connection(server: vCenter.address, port: context.parameters.int("Port") ?? 443, user: account,
                                                        domain: vCenter.ssoDomain, sessionId: UUID().uuidString.lowercased())
            if !context.parameters.isOn("NotDefault") {
                session.connections.append(connection)
                session.publishDefaultServers(context.shell)
            }
            try context.write(.object(PowerCLIObjects.viServer(connection)))
        }
    }
}
