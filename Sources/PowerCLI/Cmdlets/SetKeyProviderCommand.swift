import ShellEngine
import TrustAuthority

/// `Set-KeyProvider [-KeyProvider] <KeyProvider> [-DefaultForSystem] [-Server <VIServer[]>]`: makes a key provider the
/// workload vCenter's default one.
public final class SetKeyProviderCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Set-KeyProvider", className: "VMware.VimAutomation.Security.Commands.Cmdlets.SetKeyProvider",
        module: "VMware.VimAutomation.Security",
        synopsis: "This cmdlet modifies the specified key provider of the vCenter Server system.",
        supportsShouldProcess: true, outputType: WorkloadObjects.keyProviderType,
        examples: [HelpExample("Set-KeyProvider -KeyProvider $workload_kp -DefaultForSystem", "Makes $workload_kp the default key provider of the vCenter Server system.")])

    @Parameter(mandatory: true, position: 0, pipeline: .byValue, description: "Specifies the key provider you want to modify.")
    var keyProvider: WorkloadKeyProviderArgument
    @Parameter(description: "Indicates that the key provider becomes the default key provider of the vCenter Server system.")
    var defaultForSystem: SwitchParameter
    @Parameter(description: "Specifies the vCenter Server systems on which you want to run the cmdlet. If no value is given or $null is passed to this parameter, the command runs on the default servers.", wildcards: true)
    var server: [VIServerArgument]

    public init() {}

    public func process(_ context: CommandContext) throws {
        let session = try PowerCLISession.of(context)
        let (connection, name) = try WorkloadResolution.serviceInfo(keyProvider, servers: server, context)
        let user = connection.sessionUser
        var provider = try WorkloadFailure.run(context) { () throws(LabError) in
            try session.lab.workloadKeyProviders(by: user).first { $0.name.equalsIgnoringCase(name) }
        }
        guard provider != nil else { throw WorkloadFailure.of(.workloadKeyProviderNotFound(name: name, vCenter: connection.vCenter), context) }
        if defaultForSystem.isPresent {
            guard try context.shouldProcess(target: name, action: "Set key provider as the default for the system") else { return }
            provider = try WorkloadFailure.run(context) { () throws(LabError) in try session.lab.setDefaultKeyProvider(name, by: user) }
        }
        if let provider { try context.write(.object(WorkloadObjects.keyProvider(provider, connection))) }
    }
}
