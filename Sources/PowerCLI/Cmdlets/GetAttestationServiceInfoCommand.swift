import ShellEngine
import TrustAuthority

/// `Get-AttestationServiceInfo -Id <String[]>` / `Get-AttestationServiceInfo [-ServiceAddress <String[]>] [-ServiceGroup <String[]>] [-ServicePort <Int32[]>]
/// [-TAClusterId <String[]>] [-Server <VIServer[]>]`: the attestation services registered on the workload vCenter.
public final class GetAttestationServiceInfoCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Get-AttestationServiceInfo", className: "VMware.VimAutomation.Security.Commands.Cmdlets.TrustedInfrastructure.GetAttestationServiceInfo",
        module: "VMware.VimAutomation.Security",
        synopsis: "This cmdlet retrieves the Trust Authority attestation service information from the workload vCenter Server system.",
        defaultParameterSet: "Filter", outputType: WorkloadObjects.attestationServiceInfoType,
        examples: [HelpExample("Get-AttestationServiceInfo", "Retrieves every attestation service registered on the connected workload vCenter Server system.")])

    @Parameter(mandatory: true, set: "ById", description: "Specifies the IDs of the attestation service information you want to retrieve.")
    var id: [String]
    @Parameter(set: "Filter", description: "Specifies the addresses of the attestation services you want to retrieve.")
    var serviceAddress: [String]
    @Parameter(set: "Filter", description: "Specifies the groups of the attestation services you want to retrieve.")
    var serviceGroup: [String]
    @Parameter(set: "Filter", description: "Specifies the ports of the attestation services you want to retrieve. This parameter only works when the ServiceAddress parameter is also specified.")
    var servicePort: [Int]
    @Parameter("TAClusterId", set: "Filter", description: "Specifies the IDs of the Trust Authority clusters whose attestation services you want to retrieve.")
    var taClusterId: [String]
    @Parameter(description: "Specifies the vCenter Server systems on which you want to run the cmdlet. If no value is given or $null is passed to this parameter, the command runs on the default servers.", wildcards: true)
    var server: [VIServerArgument]

    public init() {}

    public func process(_ context: CommandContext) throws {
        try ServiceInfoOperations.get(.attestation, ids: id, addresses: serviceAddress, groups: serviceGroup, ports: servicePort,
                                      clusterIds: taClusterId, servers: server, context)
    }
}
