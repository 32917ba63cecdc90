import ShellEngine
import TrustAuthority

/// `New-LabKeyServer`: adds a key server to the lab, simulated (its own CA and server certificate) or live.
public final class NewLabKeyServerCommand: Cmdlet {
    public static let metadata = CommandMetadata(
        name: "New-LabKeyServer", className: "Vtash.Lab.NewLabKeyServer", module: "Vtash.Lab",
        synopsis: "Adds a key server (KMS) to the lab: simulated, or a live KMIP server.",
        description: "Without -Live, adds a simulated key server with its own CA and server certificate and no keys (create them with New-LabKeyServerKey). With -Live, names a real KMIP server (for example PyKMIP on 127.0.0.1) that key providers then contact at ADDRESS:PORT over mutual TLS 1.2; the lab never contacts any other address, and the lab administrator cmdlets refuse a live server.",
        parameters: [
            ParameterMetadata("Address", .string, mandatory: true, position: 0, description: "Specifies the address of the key server, e.g. 127.0.0.1."),
            ParameterMetadata("Port", .int, description: "Specifies the KMIP port of the key server. The default is 5696."),
            ParameterMetadata("Live", .switchParameter, description: "Names a real KMIP server instead of simulating one."),
            ParameterMetadata("Username", .string, description: "Specifies the user name of a simulated key server (default: kmipadmin)."),
        ],
        outputType: GetLabKeyServerCommand.typeName,
        examples: [
            HelpExample("New-LabKeyServer -Address 127.0.0.1 -Port 5696 -Live", "Names the PyKMIP server on 127.0.0.1:5696 as a live key server."),
            HelpExample("New-LabKeyServer -Address 192.168.110.92", "Adds a second simulated key server."),
        ])

    public init() {}

    public func process(_ context: CommandContext) throws {
        let p = context.parameters
        let address = p.string("Address") ?? ""
        let port = p.int("Port") ?? 5696
        let lab = PowerCLISession.of(context).lab
        let object: PSObject
        do {
            if p.isOn("Live") {
                object = GetLabKeyServerCommand.object(try lab.addLiveKeyServer(address: address, port: port))
            } else {
                object = GetLabKeyServerCommand.object(try lab.addSimulatedKeyServer(address: address, port: port, username: p.string("Username") ?? "kmipadmin"))
            }
        } catch {
            let (id, category): (String, ErrorCategory) = switch error {
            case .keyServerExists: ("LabKeyServerExists", .resourceExists)
            case .invalidKeyServer: ("LabInvalidKeyServer", .invalidArgument)
            default: ("LabKeyServerFailed", .invalidOperation)
            }
            throw context.failure(error.message, id: id, category: category, reason: "LabException", targetName: address, targetType: "String")
        }
        try context.write(.object(object))
    }
}
