import ShellEngine
import TrustAuthority

/// `Get-LabKeyServer`: the lab's key servers, simulated (keys, trusted client certificates) and live.
public final class GetLabKeyServerCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Get-LabKeyServer", className: "Vtash.Lab.GetLabKeyServer", module: "Vtash.Lab",
        synopsis: "Lists the key servers (KMS) of the lab.",
        description: "Lists the key servers of the lab: their address, port and mode. For a simulated server also the keys it holds and the client certificates it trusts; a live server is only named (it is not contacted). The lab cmdlets play the key server administrator's part of the procedure for simulated servers.",
        outputType: "Vtash.Lab.KeyServer",
        examples: [HelpExample("Get-LabKeyServer", "Lists the key servers of the lab.")])

    @Parameter(position: 0, description: "Specifies the addresses of the key servers to list.", wildcards: true)
    var address: [String]

    static let typeName = "Vtash.Lab.KeyServer"

    public init() {}

    public func process(_ context: CommandContext) throws {
        let lab = try PowerCLISession.of(context).lab
        do {
            try lab.refuseWhileServed()
        } catch {
            throw LabKeyServerParameter.failure(error, address: address.first ?? "", context, otherwise: "LabKeyServerNotServed")
        }
        // Not given (or given as $null): every key server.
        let patterns = (address.isEmpty ? ["*"] : address).map { WildcardPattern($0) }
        for server in lab.keyServers where patterns.contains(where: { $0.matches(server.address) }) {
            try context.write(.object(Self.object(server)))
        }
        for server in lab.liveKeyServers where patterns.contains(where: { $0.matches(server.address) }) {
            try context.write(.object(Self.object(server)))
        }
        // An address written without wildcards that no key server has is an error, as a Get- cmdlet's name is.
        for written in address where !WildcardPattern(written).hasWildcards {
            let pattern = WildcardPattern(written)
            if !lab.keyServers.contains(where: { pattern.matches($0.address) }) && !lab.liveKeyServers.contains(where: { pattern.matches($0.address) }) {
                try context.writeError(LabKeyServerParameter.failure(.keyServerNotFound(written), address: written, context, otherwise: "LabKeyServerNotFound").record)
            }
        }
    }

    static func object(_ server: SimulatedKeyServer) -> PSObject {
        let object = PSObject(typeNames: [typeName, "System.Object"], properties: [
            PSProperty(name: "Address", value: .string(server.address)),
            PSProperty(name: "Port", value: .int(server.port)),
            PSProperty(name: "Mode", value: .string("Simulated")),
            PSProperty(name: "Username", value: .string(server.username)),
            PSProperty(name: "Keys", value: .array(server.keyIdentifiers.map { .string($0) })),
            PSProperty(name: "TrustedClients", value: .array(server.trustedClientCertificates.map { .string($0.subjectCommonName ?? $0.subject) })),
            PSProperty(name: "CertificateAuthority", value: .string(server.certificateAuthority.certificate.subject)),
            PSProperty(name: "ServerCertificate", value: .object(PowerCLIObjects.certificate(server.serverCertificate.certificate))),
        ])
        object.stringValue = { server.address }
        return object
    }

    /// A live server's keys, trust store and certificates live on the server; listing it contacts nothing.
    static func object(_ server: LiveKeyServer) -> PSObject {
        let object = PSObject(typeNames: [typeName, "System.Object"], properties: [
            PSProperty(name: "Address", value: .string(server.address)),
            PSProperty(name: "Port", value: .int(server.port)),
            PSProperty(name: "Mode", value: .string("Live")),
            PSProperty(name: "Username", value: .null),
            PSProperty(name: "Keys", value: .null),
            PSProperty(name: "TrustedClients", value: .null),
            PSProperty(name: "CertificateAuthority", value: .null),
            PSProperty(name: "ServerCertificate", value: .null),
        ])
        object.stringValue = { server.address }
        return object
    }
}
