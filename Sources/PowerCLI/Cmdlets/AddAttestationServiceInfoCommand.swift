import ShellEngine
import TrustAuthority

/// `Add-AttestationServiceInfo -AttestationService <TrustAuthorityAttestationService[]>` (Get-TrustAuthorityAttestationService's objects, from the pipeline) or
/// `Add-AttestationServiceInfo -ServiceAddress <String> -ServiceGroup <String> -TAClusterId <String> [-ServicePort <Int32>]
/// [-TrustedCA <X509Chain>] [-FilePath <String>] [-Server <VIServer[]>]`: registers a attestation service on the workload vCenter.
public final class AddAttestationServiceInfoCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Add-AttestationServiceInfo", className: "VMware.VimAutomation.Security.Commands.Cmdlets.TrustedInfrastructure.AddAttestationServiceInfo",
        module: "VMware.VimAutomation.Security",
        synopsis: "This cmdlet adds the Trust Authority attestation service information to the workload vCenter Server system.",
        defaultParameterSet: "Service", supportsShouldProcess: true, outputType: WorkloadObjects.attestationServiceInfoType,
        examples: [HelpExample("Get-TrustAuthorityAttestationService -TrustAuthorityCluster $vTA | Add-AttestationServiceInfo -Server 192.168.210.23",
                               "Registers the attestation services of the Trust Authority cluster $vTA on the workload vCenter Server system 192.168.210.23."),
                   HelpExample("Add-AttestationServiceInfo -ServiceAddress esxi-ta-01.vsphere.local -ServiceGroup 'domain-c8@192.168.210.22' -TAClusterId domain-c8 -FilePath C:\\temp\\ca.pem",
                               "Registers the attestation service of the Trust Authority host esxi-ta-01.vsphere.local, trusting the CA chain in ca.pem.")])

    @Parameter(mandatory: true, pipeline: .byValue, set: "Service", description: "Specifies the Trust Authority attestation services (Get-TrustAuthorityAttestationService) you want to register.")
    var attestationService: [TrustAuthorityAttestationServiceArgument]
    @Parameter(mandatory: true, set: "Manual", description: "Specifies the address of the attestation service.")
    var serviceAddress: String
    @Parameter(mandatory: true, set: "Manual", description: "Specifies the group of the attestation service.")
    var serviceGroup: String
    @Parameter("TAClusterId", mandatory: true, set: "Manual", description: "Specifies the ID of the Trust Authority cluster of the attestation service.")
    var taClusterId: String
    @Parameter(set: "Manual", description: "Specifies the port of the attestation service.")
    var servicePort: Int = TrustAuthorityService.defaultPort
    @Parameter("TrustedCA", set: "Manual", description: "Specifies the certificate chain (an X509Chain, such as a Trust Authority service's CertificateChain) of the CA that issued the attestation service's certificate.")
    var trustedCA: X509ChainArgument?
    @Parameter(set: "Manual", description: "Specifies a PEM file with the certificate chain of the CA that issued the attestation service's certificate.")
    var filePath: String?
    @Parameter(description: "Specifies the vCenter Server systems on which you want to run the cmdlet. If no value is given or $null is passed to this parameter, the command runs on the default servers.", wildcards: true)
    var server: [VIServerArgument]

    public init() {}

    public func process(_ context: CommandContext) throws {
        if $attestationService.isBound {
            try ServiceInfoOperations.add(.attestation, services: attestationService, parameter: "AttestationService", servers: server, context)
            return
        }
        try ServiceInfoOperations.add(.attestation, address: serviceAddress, port: servicePort, group: serviceGroup, clusterId: taClusterId,
                                      chain: trustedCA, filePath: filePath, servers: server, context)
    }
}
