import ShellEngine
import TrustAuthority

/// `Get-KeyProvider [[-Name] <String[]>] [-Type <KeyProviderType[]>] [-Server <VIServer[]>]`: the key providers the
/// workload vCenter sees (standard, native, and the trusted ones of the Trust Authority clusters whose key
/// provider service it registered).
public final class GetKeyProviderCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Get-KeyProvider", className: "VMware.VimAutomation.Security.Commands.Cmdlets.GetKeyProvider",
        module: "VMware.VimAutomation.Security",
        synopsis: "This cmdlet retrieves the key providers available on the vCenter Server system.",
        outputType: WorkloadObjects.keyProviderType,
        examples: [HelpExample("$workload_kp = Get-KeyProvider -Type TrustedKeyProvider", "Retrieves the trusted key providers the workload vCenter Server system sees."),
                   HelpExample("Get-KeyProvider -Type NativeKeyProvider,TrustedKeyProvider", "Retrieves the native and trusted key providers.")])

    @Parameter(position: 0, description: "Specifies the names of the key providers you want to retrieve.", wildcards: true)
    var name: [String]
    @Parameter(description: "Specifies the types of the key providers you want to retrieve.")
    var type: [KeyProviderType]
    @Parameter(description: "Specifies the vCenter Server systems on which you want to run the cmdlet. If no value is given or $null is passed to this parameter, the command runs on the default servers.", wildcards: true)
    var server: [VIServerArgument]

    public init() {}

    public func process(_ context: CommandContext) throws {
        let session = try PowerCLISession.of(context)
        let kinds: Set<WorkloadKeyProvider.Kind>? = type.isEmpty ? nil : Set(type.map(\.kind))
        var found: [(PowerCLISession.Connection, WorkloadKeyProvider)] = []
        for connection in try WorkloadResolution.adminConnections(server, context) {
            let user = connection.sessionUser
            found += try WorkloadFailure.run(context) { () throws(LabError) in try session.lab.workloadKeyProviders(kinds: kinds, by: user) }.map { (connection, $0) }
        }
        let filter = InventoryFilter<(PowerCLISession.Connection, WorkloadKeyProvider)>(typeLabel: "KeyProvider", name: { $0.1.name }, id: { $0.1.name })
        for (connection, provider) in try filter.select(found, names: name, ids: [], byId: false, context) {
            try context.write(.object(WorkloadObjects.keyProvider(provider, connection)))
        }
    }
}
