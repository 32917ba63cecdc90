import ShellEngine
import TrustAuthority

/// `Get-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA [[-Name] names]`.
public final class GetTrustAuthorityKeyProviderCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Get-TrustAuthorityKeyProvider", className: "VMware.VimAutomation.Security.Commands.Cmdlets.TrustedInfrastructure.GetTrustAuthorityKeyProvider",
        module: "VMware.VimAutomation.Security",
        synopsis: "This cmdlet retrieves the Trust Authority key providers from the specified Trust Authority cluster in the Trust Authority vCenter Server system.",
        outputType: PowerCLIObjects.providerType,
        examples: [HelpExample("$kp = Get-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA | Select-Object -Last 1", "Retrieves the last trusted key provider of the cluster $vTA.")])

    @Parameter(aliases: ["Cluster"], mandatory: true, pipeline: .byValue, description: "Specifies the Trust Authority clusters from which you want to retrieve the Trust Authority key providers.")
    var trustAuthorityCluster: [TrustAuthorityClusterArgument]
    @Parameter(position: 0, description: "Specifies the names of the Trust Authority key providers you want to retrieve.", wildcards: true)
    var name: [String]
    @Parameter(description: "Specifies the vCenter Server systems on which you want to run the cmdlet.")
    var server: [VIServerArgument]

    public init() {}

    public func process(_ context: CommandContext) throws {
        let session = try PowerCLISession.of(context)
        let connection = try session.trustedConnection(context, servers: server)
        let names = name.isEmpty ? ["*"] : name
        // Only a name other than `*` can match nothing; with none, the names of what was written are not kept.
        let checksNames = names.contains { $0 != "*" }
        var selectedNames: [String] = []
        for argument in trustAuthorityCluster {
            let cluster = try ObjectResolution.cluster(argument, on: connection, of: session, context)
            var providers: [KeyProvider] = []
            do {
                if names.allSatisfy({ name in !name.contains { "*?[`".contains($0) } }) {
                    // Plain names are looked up by name, not by reading every provider of the lab.
                    for name in names { if let provider = try session.lab.findProvider(named: name) { providers.append(provider) } }
                } else if !checksNames {
                    providers = try session.lab.providers()
                } else {
                    let patterns = names.map { WildcardPattern($0) }
                    providers = try session.lab.providers().filter { provider in patterns.contains { $0.matches(provider.name) } }
                }
            } catch {
                throw ObjectResolution.labFailure(error, context)
            }
            try session.lab.withSteadyView {
                let selected = providers.filter { $0.clusterId == cluster.id }
                if checksNames { selectedNames.append(contentsOf: selected.lazy.map(\.name)) }
                // Many providers: their health checks run side by side on every core.
                let statuses = selected.count > 1 ? session.lab.statuses(of: selected) : []
                for (index, provider) in selected.enumerated() {
                    let status = statuses.indices.contains(index) ? statuses[index] : nil
                    try context.write(.object(PowerCLIObjects.provider(provider, lab: session.lab, connection: connection, status: status)))
                }
            }
        }
        // A plain name that matched no provider of the clusters is an error; a wildcard that matched none is
        // not, as for Get-TrustAuthorityCluster and PowerCLI's other Get- cmdlets.
        for name in names where name != "*" {
            let pattern = WildcardPattern(name)
            guard !pattern.hasWildcards, !selectedNames.contains(where: pattern.matches) else { continue }
            try context.writeError(context.errorRecord("Could not find TrustAuthorityKeyProvider with name '\(name)'.", id: "Core_OutputHelper_WriteNotFoundError",
                                                        category: .objectNotFound, reason: "VimException", targetName: name, targetType: "String"))
        }
    }
}
