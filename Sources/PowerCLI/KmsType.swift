import ShellEngine

/// `VMware.VimAutomation.Security.Types.V1.TrustedInfrastructure.KmsType`: the key server type of a Trust
/// Authority key provider. KMIP is the only one vSphere offers.
enum KmsType: String, EnumerationValue {
    case kmip = "KMIP"

    static let typeName = PowerCLIObjects.ns + "KmsType"
    static var unboundValue: KmsType { .kmip }
}
