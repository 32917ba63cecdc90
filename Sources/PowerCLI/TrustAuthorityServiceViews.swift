import ShellEngine
import ShellFormatting

/// Default table views of the Trust Authority side's objects. PowerCLI's format file for these types could
/// not be read (reference §7): the columns are vtash's choice, the few properties an operator checks at each
/// step (docs/workflow-cmdlets.md).
enum TrustAuthorityServiceViews {
    typealias Objects = TrustAuthorityServiceObjects

    static func register(into shell: Shell) {
        if let formatting = shell.output as? ViewFormatting { register(into: &formatting.views) }
        shell.types.register(EnumType(name: Objects.principalTypeEnum, names: Objects.principalTypeNames))
        shell.types.register(EnumType(name: KmsType.typeName, names: KmsType.allCases.map(\.rawValue)))
        for name in [Objects.principalType, Objects.tpmCACertificateType, Objects.endorsementKeyType, Objects.baseImageType,
                     Objects.attestationSettingsType, Objects.servicesStatusType, Objects.attestationServiceType, Objects.keyProviderServiceType] {
            shell.types.registerName(name)
        }
    }

    static func register(into formats: inout FormatRegistry) {
        formats.register(FormatView(typeName: Objects.principalType, shape: .table([
            TableColumn("Name", width: 52), TableColumn("Domain", width: 16), TableColumn("Type", width: 8), TableColumn("Health"),
        ])))
        formats.register(FormatView(typeName: Objects.tpmCACertificateType, shape: .table([
            TableColumn("Name", width: 42), TableColumn("Health", width: 8), TableColumn("TrustAuthorityClusterId"),
        ])))
        formats.register(FormatView(typeName: Objects.endorsementKeyType, shape: .table([
            TableColumn("Name", width: 30), TableColumn("Health", width: 8), TableColumn("TrustAuthorityClusterId"),
        ])))
        formats.register(FormatView(typeName: Objects.baseImageType, shape: .table([
            TableColumn("Name", width: 32), TableColumn("VMHostVersion", width: 16), TableColumn("Health", width: 8), TableColumn("TrustAuthorityClusterId"),
        ])))
        formats.register(FormatView(typeName: Objects.attestationSettingsType, shape: .table([
            TableColumn("RequireCertificateValidation", width: 28), TableColumn("RequireEndorsementKey", width: 21), TableColumn("TrustAuthorityClusterId"),
        ])))
        formats.register(FormatView(typeName: Objects.servicesStatusType, shape: .table([
            TableColumn("TrustAuthorityClusterId", width: 33), TableColumn("AttestationServiceStatus", width: 24), TableColumn("KeyProviderServiceStatus"),
        ])))
        for type in [Objects.attestationServiceType, Objects.keyProviderServiceType] {
            formats.register(FormatView(typeName: type, shape: .table([
                TableColumn("ServiceAddress", width: 30), TableColumn("ServicePort", width: 11), TableColumn("ServiceGroup"),
            ])))
        }
    }
}
