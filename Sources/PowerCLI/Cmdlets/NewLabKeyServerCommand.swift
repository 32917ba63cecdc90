import ShellEngine
import TrustAuthority

/// `New-LabKeyServer`: adds a key server to the lab, simulated (its own CA and server certificate) or live.
public final class NewLabKeyServerCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "New-LabKeyServer", className: "Vtash.Lab.NewLabKeyServer", module: "Vtash.Lab",
        synopsis: "Adds a key server (KMS) to the lab: simulated, or a live KMIP server.",
        description: "Without -Live, adds a simulated key server with its own CA and server certificate and no keys (create them with New-LabKeyServerKey). With -Live, names a real KMIP server (for example PyKMIP on 127.0.0.1) that key providers then contact at ADDRESS:PORT over mutual TLS 1.2; the lab never contacts any other address, and the lab administrator cmdlets refuse a live server.",
        outputType: GetLabKeyServerCommand.typeName,
        examples: [
            HelpExample("New-LabKeyServer -Address 127.0.0.1 -Port 5696 -Live", "Names the PyKMIP server on 127.0.0.1:5696 as a live key server."),
            HelpExample("New-LabKeyServer -Address 192.168.110.92", "Adds a second simulated key server."),
        ])

    @Parameter(mandatory: true, position: 0, description: "Specifies the address of the key server, e.g. 127.0.0.1.")
    var address: String
    @Parameter(description: "Specifies the KMIP port of the key server. The default is 5696.")
    var port: Int = 5696
    @Parameter(description: "Names a real KMIP server instead of simulating one.")
    var live: SwitchParameter
    @Parameter(description: "Specifies the user name of a simulated key server (default: kmipadmin).")
    var username: String = "kmipadmin"

    public init() {}

    public func process(_ context: CommandContext) throws {
        let lab = try PowerCLISession.of(context).lab
        let object: PSObject
        do {
            if live.isPresent {
                object = GetLabKeyServerCommand.object(try lab.addLiveKeyServer(address: address, port: port))
            } else {
                object = GetLabKeyServerCommand.object(try lab.addSimulatedKeyServer(address: address, port: port, username: username))
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
