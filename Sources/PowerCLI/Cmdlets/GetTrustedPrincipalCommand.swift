import ShellEngine
import TrustAuthority

/// `Get-TrustedPrincipal [[-Name] <String[]>] [-Server <VIServer[]>]`: the principal of each selected workload vCenter.
public final class GetTrustedPrincipalCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Get-TrustedPrincipal", className: "VMware.VimAutomation.Security.Commands.Cmdlets.TrustedInfrastructure.GetTrustedPrincipal",
        module: "VMware.VimAutomation.Security",
        synopsis: "This cmdlet retrieves the trusted principals from the connected workload vCenter Server system.",
        outputType: WorkloadObjects.principalType,
        examples: [HelpExample("Get-TrustedPrincipal -Server 192.168.210.23", "Retrieves the trusted principal of the workload vCenter Server system.")])

    @Parameter(position: 0, description: "Specifies the names of the trusted principals you want to retrieve.", wildcards: true)
    var name: [String]
    @Parameter(description: "Specifies the vCenter Server systems on which you want to run the cmdlet. If no value is given or $null is passed to this parameter, the command runs on the default servers.", wildcards: true)
    var server: [VIServerArgument]

    public init() {}

    public func process(_ context: CommandContext) throws {
        let session = try PowerCLISession.of(context)
        var found: [(PowerCLISession.Connection, TrustedPrincipal)] = []
        for connection in try session.connections(server, context) where connection.host == nil {
            try session.requireTrustedAdmin(connection, context)
            let user = connection.sessionUser
            found.append((connection, try WorkloadFailure.run(context) { () throws(LabError) in try session.lab.trustedPrincipal(by: user) }))
        }
        let filter = InventoryFilter<(PowerCLISession.Connection, TrustedPrincipal)>(typeLabel: "TrustedPrincipal", name: { $0.1.name }, id: { $0.1.id })
        for (connection, principal) in try filter.select(found, names: name, ids: [], byId: false, context) {
            try context.write(.object(WorkloadObjects.principal(principal, connection)))
        }
    }
}
