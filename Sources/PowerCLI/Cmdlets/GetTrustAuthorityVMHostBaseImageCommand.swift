import ShellEngine
import TrustAuthority

/// `Get-TrustAuthorityVMHostBaseImage -TrustAuthorityCluster $vTA [[-Name] …]`.
public final class GetTrustAuthorityVMHostBaseImageCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Get-TrustAuthorityVMHostBaseImage", className: "VMware.VimAutomation.Security.Commands.Cmdlets.TrustedInfrastructure.GetTrustAuthorityVMHostBaseImage",
        module: "VMware.VimAutomation.Security",
        synopsis: "This cmdlet retrieves the Trust Authority VMHost base images from the specified Trust Authority clusters in the Trust Authority vCenter Server system.",
        outputType: TrustAuthorityServiceObjects.baseImageType,
        examples: [HelpExample("Get-TrustAuthorityVMHostBaseImage -TrustAuthorityCluster $vTA", "Retrieves the ESXi base images the cluster $vTA trusts.")])

    @Parameter(aliases: ["Cluster"], mandatory: true, pipeline: .byValue, description: "Specifies the Trust Authority clusters from which you want to retrieve the base images.")
    var trustAuthorityCluster: [TrustAuthorityClusterArgument]
    @Parameter(position: 0, description: "Specifies the names (image profile names) of the base images you want to retrieve.", wildcards: true)
    var name: [String]
    @Parameter(description: "Specifies the ESXi versions (version-build, e.g. 7.0.3-21930508) of the base images you want to retrieve.", wildcards: true)
    var vMHostVersion: [String]
    @Parameter(description: "Specifies the vCenter Server systems on which you want to run the cmdlet.")
    var server: [VIServerArgument]

    public init() {}

    public func process(_ context: CommandContext) throws {
        let administrator = try TrustAuthorityAdministrator.of(context, servers: server)
        for argument in trustAuthorityCluster {
            let cluster = try administrator.cluster(argument)
            let images = try administrator.perform { () throws(LabError) in try administrator.lab.baseImages(of: cluster.id, by: administrator.user) }
            let byName = try administrator.named(images, name, noun: "TrustAuthorityVMHostBaseImage", by: \.name)
            for image in try administrator.named(byName, vMHostVersion, noun: "TrustAuthorityVMHostBaseImage", by: \.imageVersion) {
                try context.write(.object(TrustAuthorityServiceObjects.baseImage(image, clusterId: cluster.id, connection: administrator.connection)))
            }
        }
    }
}
