/// Why a login or a Trust Authority operation was refused. The texts are PowerCLI's (Connect-VIServer,
/// and the TrustedAdmins check every Trust Authority cmdlet makes), so the endpoint and the cmdlets say
/// the same thing.
public enum AccessError: Error, Equatable, Sendable {
    /// The lab has no vCenter at this address.
    case unknownVCenter(String)
    case incorrectCredentials
    /// The user (qualified, `VSPHERE.LOCAL\administrator`) is not in TrustedAdmins.
    case notTrustedAdmin(String)

    public var message: String {
        switch self {
        case .unknownVCenter:
            return "Could not resolve the requested VC server."
        case .incorrectCredentials:
            return "Cannot complete login due to an incorrect user name or password."
        case .notTrustedAdmin(let user):
            return "Permission to perform this operation was denied. The user '\(user)' is not a member of the TrustedAdmins group required for vSphere Trust Authority operations (privilege TrustedAdmin.ManageTrustedHosts)."
        }
    }
}
