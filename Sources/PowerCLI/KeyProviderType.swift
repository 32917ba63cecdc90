import ShellEngine
import TrustAuthority

/// `KeyProviderType` of `Get-KeyProvider -Type`: the kinds of key provider a workload vCenter lists.
enum KeyProviderType: String, EnumerationValue {
    case keyProvider = "KeyProvider"
    case nativeKeyProvider = "NativeKeyProvider"
    case trustedKeyProvider = "TrustedKeyProvider"

    static let typeName = "VMware.VimAutomation.Security.Types.V1.KeyProviderType"
    static var unboundValue: KeyProviderType { .keyProvider }

    init(_ kind: WorkloadKeyProvider.Kind) {
        switch kind {
        case .standard: self = .keyProvider
        case .native: self = .nativeKeyProvider
        case .trusted: self = .trustedKeyProvider
        }
    }

    var kind: WorkloadKeyProvider.Kind {
        switch self {
        case .keyProvider: return .standard
        case .nativeKeyProvider: return .native
        case .trustedKeyProvider: return .trusted
        }
    }
}
