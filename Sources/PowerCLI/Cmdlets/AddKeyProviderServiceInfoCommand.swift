import ShellEngine
import TrustAuthority

/// `Add-KeyProviderServiceInfo -KeyProviderService <TrustAuthorityKeyProviderService[]>` (Get-TrustAuthorityKeyProviderService's objects, from the pipeline) or
/// `Add-KeyProviderServiceInfo -ServiceAddress <String> -ServiceGroup <String> -TAClusterId <String> [-ServicePort <Int32>]
/// [-TrustedCA <X509Chain>] [-FilePath <String>] [-Server <VIServer[]>]`: registers a key provider service on the workload vCenter.
public final class AddKeyProviderServiceInfoCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Add-KeyProviderServiceInfo", className: "VMware.VimAutomation.Security.Commands.Cmdlets.TrustedInfrastructure.AddKeyProviderServiceInfo",
        module: "VMware.VimAutomation.Security",
        synopsis: "This cmdlet adds the Trust Authority key provider service information to the workload vCenter Server system.",
        defaultParameterSet: "Service", supportsShouldProcess: true, outputType: WorkloadObjects.keyProviderServiceInfoType,
        examples: [HelpExample("Get-TrustAuthorityKeyProviderService -TrustAuthorityCluster $vTA | Add-KeyProviderServiceInfo -Server 192.168.210.23",
                               "Registers the key provider services of the Trust Authority cluster $vTA on the workload vCenter Server system 192.168.210.23."),
                   HelpExample("Add-KeyProviderServiceInfo -ServiceAddress esxi-ta-01.vsphere.local -ServiceGroup 'domain-c8@192.168.210.22' -TAClusterId domain-c8 -FilePath C:\\temp\\ca.pem",
                               "Registers the key provider service of the Trust Authority host esxi-ta-01.vsphere.local, trusting the CA chain in ca.pem.")])

    @Parameter(mandatory: true, pipeline: .byValue, set: "Service", description: "Specifies the Trust Authority key provider services (Get-TrustAuthorityKeyProviderService) you want to register.")
    var keyProviderService: [TrustAuthorityKeyProviderServiceArgument]
    @Parameter(mandatory: true, set: "Manual", description: "Specifies the address of the key provider service.")
    var serviceAddress: String
    @Parameter(mandatory: true, set: "Manual", description: "Specifies the group of the key provider service.")
    var serviceGroup: String
    @Parameter("TAClusterId", mandatory: true, set: "Manual", description: "Specifies the ID of the Trust Authority cluster of the key provider service.")
    var taClusterId: String
    @Parameter(set: "Manual", description: "Specifies the port of the key provider service.")
    var servicePort: Int = TrustAuthorityService.defaultPort
    @Parameter("TrustedCA", set: "Manual", description: "Specifies the certificate chain (an X509Chain, such as a Trust Authority service's CertificateChain) of the CA that issued the key provider service's certificate.")
    var trustedCA: X509ChainArgument?
    @Parameter(set: "Manual", description: "Specifies a PEM file with the certificate chain of the CA that issued the key provider service's certificate.")
    var filePath: String?
    @Parameter(description: "Specifies the vCenter Server systems on which you want to run the cmdlet. If no value is given or $null is passed to this parameter, the command runs on the default servers.", wildcards: true)
    var server: [VIServerArgument]

    public init() {}

    public func process(_ context: CommandContext) throws {
        if $keyProviderService.isBound {
            try ServiceInfoOperations.add(.keyProvider, services: keyProviderService, parameter: "KeyProviderService", servers: server, context)
            return
        }
        try ServiceInfoOperations.add(.keyProvider, address: serviceAddress, port: servicePort, group: serviceGroup, clusterId: taClusterId,
                                      chain: trustedCA, filePath: filePath, servers: server, context)
    }
}
