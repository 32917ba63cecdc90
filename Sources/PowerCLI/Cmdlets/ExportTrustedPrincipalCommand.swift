import ShellEngine
import TrustAuthority

/// `Export-TrustedPrincipal -FilePath <String> [-Force] [-Server <VIServer[]>]`: writes the workload vCenter's
/// principal (its token signing certificate chain) to a file for `New-TrustAuthorityPrincipal -FilePath`.
public final class ExportTrustedPrincipalCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Export-TrustedPrincipal", className: "VMware.VimAutomation.Security.Commands.Cmdlets.TrustedInfrastructure.ExportTrustedPrincipal",
        module: "VMware.VimAutomation.Security",
        synopsis: "This cmdlet exports the trusted principal from the single or the specified connected workload vCenter Server system to the specified file.",
        description: "This cmdlet exports the trusted principal from the single or the specified connected workload vCenter Server system to the specified file. The file holds the principal's name, domain, issuer and its certificate chain, and is imported on the Trust Authority cluster with New-TrustAuthorityPrincipal.",
        outputType: "System.IO.FileInfo",
        examples: [HelpExample("Export-TrustedPrincipal -FilePath C:\\temp\\principal.json", "Exports the trusted principal of the connected workload vCenter Server system to principal.json.")])

    @Parameter(mandatory: true, description: "Specifies the file path to which you want to export the trusted principal.")
    var filePath: String
    @Parameter(description: "Indicates that the cmdlet overwrites the existing destination files and creates directories to complete the specified file path.")
    var force: SwitchParameter
    @Parameter(description: "Specifies the vCenter Server systems on which you want to run the cmdlet. If no value is given or $null is passed to this parameter, the command runs on the default servers.", wildcards: true)
    var server: [VIServerArgument]

    public init() {}

    public func process(_ context: CommandContext) throws {
        let session = try PowerCLISession.of(context)
        let connection = try session.workloadConnection(server, context)
        try session.requireTrustedAdmin(connection, context)
        let user = connection.sessionUser
        let principal = try WorkloadFailure.run(context) { () throws(LabError) in try session.lab.trustedPrincipal(by: user) }
        try context.write(.object(ArtifactFile.write(Array(principal.fileText.utf8), to: filePath, force: force.isPresent, context)))
    }
}
