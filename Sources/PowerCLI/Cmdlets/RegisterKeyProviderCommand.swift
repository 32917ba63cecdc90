import ShellEngine
import TrustAuthority

/// `Register-KeyProvider [-KeyProvider] <KeyProvider[]> [-Server <VIServer[]>]`: makes trusted or native key providers
/// usable by the workload vCenter. "If the given key provider's type is KeyProvider, the cmdlet fails." (reference §3)
public final class RegisterKeyProviderCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Register-KeyProvider", className: "VMware.VimAutomation.Security.Commands.Cmdlets.RegisterKeyProvider",
        module: "VMware.VimAutomation.Security",
        synopsis: "This cmdlet registers the specified key providers to the vCenter Server system. If the given key provider's type is KeyProvider, the cmdlet fails.",
        supportsShouldProcess: true, outputType: WorkloadObjects.keyProviderType,
        examples: [HelpExample("$kp = Get-KeyProvider | Where-Object {$_.Type -eq 'TrustedKeyProvider'}; Register-KeyProvider -KeyProvider $kp",
                               "Registers the trusted key provider with the workload vCenter Server system.")])

    @Parameter(mandatory: true, position: 0, pipeline: .byValue, description: "Specifies the key providers you want to register.")
    var keyProvider: [WorkloadKeyProviderArgument]
    @Parameter(description: "Specifies the vCenter Server systems on which you want to run the cmdlet. If no value is given or $null is passed to this parameter, the command runs on the default servers.", wildcards: true)
    var server: [VIServerArgument]

    public init() {}

    public func process(_ context: CommandContext) throws {
        let session = try PowerCLISession.of(context)
        for provider in keyProvider {
            let (connection, name) = try WorkloadResolution.serviceInfo(provider, servers: server, context)
            guard try context.shouldProcess(target: name, action: "Register key provider") else { continue }
            let user = connection.sessionUser
            let registered = try WorkloadFailure.run(context) { () throws(LabError) in try session.lab.registerKeyProvider(name, by: user) }
            try context.write(.object(WorkloadObjects.keyProvider(registered, connection)))
        }
    }
}
