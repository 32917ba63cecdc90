import Foundation
import ShellEngine
import TrustAuthority

/// `New-TrustAuthorityTpm2EndorsementKey -TrustAuthorityCluster $vTA -FilePath esxi-01.pem [-Name …]` (the file
/// Export-Tpm2EndorsementKey writes), `-Tpm2EndorsementKey` (Get-Tpm2EndorsementKey's objects), or `-Name`
/// with its public key (`-PublicKey <SecureString>` or `-PublicKeyFile`) and/or its certificate (`-Certificate
/// <X509Certificate2>` or `-CertificateFile`) (reference §3 "TPM / base image").
public final class NewTrustAuthorityTpm2EndorsementKeyCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "New-TrustAuthorityTpm2EndorsementKey", className: "VMware.VimAutomation.Security.Commands.Cmdlets.TrustedInfrastructure.NewTrustAuthorityTpm2EndorsementKey",
        module: "VMware.VimAutomation.Security",
        synopsis: "This cmdlet creates a new Trust Authority TPM 2.0 endorsement key in the specified Trust Authority cluster in the Trust Authority vCenter Server system.",
        description: "This cmdlet creates a new Trust Authority TPM 2.0 endorsement key from a file (a PEM PUBLIC KEY block, a CERTIFICATE block, or both), from the public key and certificate files, or from the endorsement keys Get-Tpm2EndorsementKey retrieves. Names and public keys are unique in a cluster. Without a name, a key from a file is named after the file.",
        defaultParameterSet: "File", supportsShouldProcess: true, outputType: TrustAuthorityServiceObjects.endorsementKeyType,
        examples: [HelpExample("New-TrustAuthorityTpm2EndorsementKey -TrustAuthorityCluster $vTA -FilePath C:\\temp\\esxi-01.pem -Name esxi-01", "Imports the endorsement key that Export-Tpm2EndorsementKey wrote for the host esxi-01.")])

    @Parameter(mandatory: true, pipeline: .byValue, description: "Specifies the Trust Authority cluster in which you want to create the endorsement key.")
    var trustAuthorityCluster: TrustAuthorityClusterArgument
    @Parameter(mandatory: true, set: "File", description: "Specifies the file that holds the endorsement key (Export-Tpm2EndorsementKey).")
    var filePath: String?
    @Parameter(mandatory: true, set: "Key", description: "Specifies the TPM 2.0 endorsement keys (Get-Tpm2EndorsementKey) you want to import.")
    var tpm2EndorsementKey: [Tpm2EndorsementKeyObjectArgument]
    @Parameter(sets: [ParameterSetUse("File", position: 0), ParameterSetUse("Parts", mandatory: true, position: 0)],
               description: "Specifies the name of the endorsement key.")
    var name: String?
    @Parameter(set: "Parts", description: "Specifies the public key of the endorsement key (PEM text or base64 DER) as a SecureString.")
    var publicKey: SecureString?
    @Parameter(set: "Parts", description: "Specifies the certificate of the endorsement key.")
    var certificate: X509CertificateArgument?
    @Parameter(set: "Parts", description: "Specifies the file that holds the public key of the endorsement key (PEM).")
    var publicKeyFile: String?
    @Parameter(set: "Parts", description: "Specifies the file that holds the certificate of the endorsement key (PEM or DER).")
    var certificateFile: String?
    @Parameter(description: "Specifies the vCenter Server systems on which you want to run the cmdlet.")
    var server: [VIServerArgument]

    public init() {}

    public func process(_ context: CommandContext) throws {
        let administrator = try TrustAuthorityAdministrator.of(context, servers: server)
        let cluster = try administrator.cluster(trustAuthorityCluster)
        // Every key is read before any is imported: a bad one imports nothing.
        var keys: [Tpm2EndorsementKey] = []
        if let filePath {
            let bytes = try administrator.readBytes(filePath)
            let keyName = name ?? ((context.shell.resolvePath(filePath) as NSString).lastPathComponent as NSString).deletingPathExtension
            let source = administrator.source(filePath)
            keys.append(try administrator.perform { () throws(LabError) in
                do throws(CertificateError) { return try Tpm2EndorsementKey(pem: String(decoding: bytes, as: UTF8.self), name: keyName, source: source) } catch { throw .certificate(error) }
            })
        } else if $tpm2EndorsementKey.isBound {
            for argument in tpm2EndorsementKey {
                // Get-Tpm2EndorsementKey's objects carry their key with the host's name (EndorsementKeyBox).
                guard case .object(let object) = argument,
                      let key = (object.baseObject as? EndorsementKeyBox)?.key ?? object.baseObject as? Tpm2EndorsementKey else {
                    throw context.failure("The Tpm2EndorsementKey parameter takes the objects Get-Tpm2EndorsementKey returns.", id: "Client20_TrustedInfrastructure_InvalidArgument",
                                          category: .invalidArgument, reason: "ViError")
                }
                keys.append(key)
            }
        } else if let name {
            keys.append(try key(named: name, administrator))
        }
        var confirmed: [Tpm2EndorsementKey] = []
        for key in keys where try context.shouldProcess(target: cluster.name, action: "Create TPM 2.0 endorsement key '\(key.name)'") {
            confirmed.append(key)
        }
        guard !confirmed.isEmpty else { return }
        // One change for all of them: a key refused imports none.
        let imported = try administrator.perform { () throws(LabError) in
            try administrator.lab.importTpm2EndorsementKeys(confirmed, into: cluster.id, by: administrator.user)
        }
        for key in imported {
            try context.write(.object(TrustAuthorityServiceObjects.endorsementKey(key, clusterId: cluster.id, connection: administrator.connection)))
        }
    }

    /// The key of the Parts set: its public key (`-PublicKey` or `-PublicKeyFile`), its certificate (`-Certificate` or
    /// `-CertificateFile`), or both (the key must be the certificate's).
    private func key(named name: String, _ administrator: TrustAuthorityAdministrator) throws -> Tpm2EndorsementKey {
        let context = administrator.context
        guard publicKey != nil || publicKeyFile != nil || $certificate.isBound || certificateFile != nil else {
            throw context.failure("Specify the public key (PublicKey or PublicKeyFile), the certificate (Certificate or CertificateFile), or both of the endorsement key '\(name)'.",
                                  id: "Client20_TrustedInfrastructure_InvalidArgument", category: .invalidArgument, reason: "ViError")
        }
        for (given, file, what) in [(publicKey != nil, publicKeyFile, "PublicKey"), ($certificate.isBound, certificateFile, "Certificate")] where given && file != nil {
            throw context.failure("Specify either the \(what) or the \(what)File parameter of the endorsement key '\(name)', not both.",
                                  id: "Client20_TrustedInfrastructure_InvalidArgument", category: .invalidArgument, reason: "ViError",
                                  targetName: what, targetType: "String")
        }
        var text = ""
        var sources: [String] = []
        if let publicKey {
            text += Self.publicKeyPEM(publicKey.plainText)
            sources.append("PublicKey parameter")
        }
        if $certificate.isBound {
            guard let certificate, let info = ObjectResolution.certificate(certificate) else {
                throw context.failure("The Certificate parameter takes an X509Certificate2 object that vtash made (the Certificate of Get-Tpm2EndorsementKey's object).",
                                      id: "Client20_TrustedInfrastructure_InvalidArgument", category: .invalidArgument, reason: "ViError",
                                      targetName: "Certificate", targetType: "X509Certificate2")
            }
            text += info.pem
            sources.append("Certificate parameter")
        }
        for path in [publicKeyFile, certificateFile].compactMap({ $0 }) {
            let bytes = try administrator.readBytes(path)
            sources.append(administrator.source(path))
            if let certificate = try? CertificateInfo(der: bytes, source: administrator.source(path)) {
                text += certificate.pem
            } else {
                text += String(decoding: bytes, as: UTF8.self) + "\n"
            }
        }
        let source = sources.joined(separator: " and ")
        return try administrator.perform { () throws(LabError) in
            do throws(CertificateError) { return try Tpm2EndorsementKey(pem: text, name: name, source: source) } catch { throw .certificate(error) }
        }
    }

    /// The PEM text of a `-PublicKey` value: PEM as given, or base64 DER wrapped in a PUBLIC KEY block (a value that is
    /// neither is left for the PEM reader to refuse).
    static func publicKeyPEM(_ text: String) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.contains("-----BEGIN") { return trimmed + "\n" }
        let base64 = trimmed.filter { !$0.isWhitespace }
        guard let der = Data(base64Encoded: base64), !der.isEmpty else { return trimmed + "\n" }
        var lines: [String] = []
        var rest = Substring(der.base64EncodedString())
        while !rest.isEmpty {
            lines.append(String(rest.prefix(64)))
            rest = rest.dropFirst(64)
        }
        return "-----BEGIN PUBLIC KEY-----\n" + lines.joined(separator: "\n") + "\n-----END PUBLIC KEY-----\n"
    }
}
