#if canImport(Crypto)
import Crypto
#endif
import Foundation

/// Get-FileHash's -Algorithm: the names its ValidateSet accepts that this system can compute.
enum FileHashAlgorithm: String, CaseIterable {
    case sha1 = "SHA1", sha256 = "SHA256", sha384 = "SHA384", sha512 = "SHA512", md5 = "MD5"

    /// 5.1 writes `$Algorithm.ToUpperInvariant()`.
    var displayName: String { rawValue }

    /// Whether this build can hash: always in the package (swift-crypto is a dependency of this target); not in
    /// the fuzzer's build, which compiles the engine's targets alone (Scripts/fuzz) and never runs Get-FileHash.
    static var isAvailable: Bool {
        #if canImport(Crypto)
        return true
        #else
        return false
        #endif
    }

    func digest(of bytes: Data) -> [UInt8] {
        #if canImport(Crypto)
        switch self {
        case .sha1: return Array(Insecure.SHA1.hash(data: bytes))
        case .sha256: return Array(SHA256.hash(data: bytes))
        case .sha384: return Array(SHA384.hash(data: bytes))
        case .sha512: return Array(SHA512.hash(data: bytes))
        case .md5: return Array(Insecure.MD5.hash(data: bytes))
        }
        #else
        return []
        #endif
    }
}
