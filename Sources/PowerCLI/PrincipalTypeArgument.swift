import ShellEngine
import TrustAuthority

/// `PrincipalType` (`New-TrustAuthorityPrincipal -Type`): STSUser (the default) or STSGroup.
enum PrincipalTypeArgument: String, EnumerationValue {
    case stsUser = "STSUser"
    case stsGroup = "STSGroup"

    static let typeName = TrustAuthorityServiceObjects.principalTypeEnum
    static var unboundValue: PrincipalTypeArgument { .stsUser }

    var domainType: TrustedPrincipal.PrincipalType { self == .stsUser ? .stsUser : .stsGroup }
}
