import ShellEngine
import TrustAuthority

/// `Export-TrustAuthorityKeyProviderClientCertificate`: writes the client certificate (PEM) to a file.
public final class ExportTrustAuthorityKeyProviderClientCertificateCommand: Cmdlet {
    public static let metadata = CommandMetadata(
        name: "Export-TrustAuthorityKeyProviderClientCertificate", className: "VMware.VimAutomation.Security.Commands.Cmdlets.TrustedInfrastructure.ExportTrustAuthorityKeyProviderClientCertificate",
        module: "VMware.VimAutomation.Security",
        synopsis: "This cmdlet exports the client certificate from the specified Trust Authority key provider to the specified file.",
        parameters: [
            ParameterMetadata("KeyProvider", .object(typeName: PowerCLIObjects.providerType, acceptsName: true), mandatory: true, pipeline: .byValue, description: "Specifies the Trust Authority key provider whose client certificate you want to export."),
            ParameterMetadata("FilePath", .string, mandatory: true, description: "Specifies the file path to which you want to export the client certificate."),
            ParameterMetadata("Force", .switchParameter, description: "Indicates that the cmdlet overwrites the existing destination files and creates directories to complete the specified file path."),
            ParameterMetadata("TrustAuthorityCluster", .object(typeName: PowerCLIObjects.clusterType, acceptsName: true), description: "Specifies the Trust Authority cluster of the key provider."),
            ParameterMetadata("Server", .array(.any), description: "Specifies the vCenter Server systems on which you want to run the cmdlet."),
        ],
        examples: [HelpExample("Export-TrustAuthorityKeyProviderClientCertificate -KeyProvider $kp -FilePath clientcert.pem", "Exports the client certificate of $kp to clientcert.pem, to upload it to the key server.")])

    public init() {}

    public func process(_ context: CommandContext) throws {
        let provider = try ObjectResolution.provider(context.parameters["KeyProvider"], context)
        guard let certificate = provider.clientCertificate else {
            throw ObjectResolution.labFailure(.noClientCertificate(provider.name), context)
        }
        let path = context.parameters.string("FilePath") ?? ""
        if FileManager.default.fileExists(atPath: context.shell.resolvePath(path)) && !context.parameters.isOn("Force") {
            throw context.failure("The file '\(context.shell.resolvePath(path))' already exists. Use the Force parameter to overwrite it.", id: "Core_ExportCmdletBase_FileAlreadyExists", category: .resourceExists, reason: "ViError", targetName: path, targetType: "String")
        }
        _ = try ObjectResolution.writeText(certificate.pem, to: path, secret: false, force: true, context)
    }
}

import Foundation
