import ShellEngine
import TrustAuthority

/// `Export-TrustAuthorityKeyProviderClientCertificate`: writes the client certificate (PEM) to a file.
public final class ExportTrustAuthorityKeyProviderClientCertificateCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Export-TrustAuthorityKeyProviderClientCertificate", className: "VMware.VimAutomation.Security.Commands.Cmdlets.TrustedInfrastructure.ExportTrustAuthorityKeyProviderClientCertificate",
        module: "VMware.VimAutomation.Security",
        synopsis: "This cmdlet exports the client certificate from the specified Trust Authority key provider to the specified file.",
        examples: [HelpExample("Export-TrustAuthorityKeyProviderClientCertificate -KeyProvider $kp -FilePath clientcert.pem", "Exports the client certificate of $kp to clientcert.pem, to upload it to the key server.")])

    @Parameter(mandatory: true, pipeline: .byValue, description: "Specifies the Trust Authority key provider whose client certificate you want to export.")
    var keyProvider: KeyProviderArgument
    @Parameter(mandatory: true, description: "Specifies the file path to which you want to export the client certificate.")
    var filePath: String
    @Parameter(description: "Indicates that the cmdlet overwrites the existing destination files and creates directories to complete the specified file path.")
    var force: SwitchParameter
    @Parameter(description: "Specifies the Trust Authority cluster of the key provider.")
    var trustAuthorityCluster: TrustAuthorityClusterArgument?
    @Parameter(description: "Specifies the vCenter Server systems on which you want to run the cmdlet.")
    var server: [VIServerArgument]

    public init() {}

    public func process(_ context: CommandContext) throws {
        let provider = try ObjectResolution.provider(keyProvider, context, servers: server)
        guard let certificate = provider.clientCertificate else {
            throw ObjectResolution.labFailure(.noClientCertificate(provider.name), context)
        }
        let resolved = context.shell.resolvePath(filePath)
        // A directory is not an existing file to overwrite: writing to it is refused below, as .NET refuses it.
        if ObjectResolution.isExistingFile(resolved) && !force.isPresent {
            throw context.failure("The file '\(resolved)' already exists. Use the Force parameter to overwrite it.", id: "Core_ExportCmdletBase_FileAlreadyExists", category: .resourceExists, reason: "ViError", targetName: filePath, targetType: "String")
        }
        _ = try ObjectResolution.writeText(certificate.pem, to: filePath, secret: false, force: true, context)
    }
}
