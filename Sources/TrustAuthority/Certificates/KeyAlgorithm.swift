/// The key types the Trust Authority core creates and accepts.
public enum KeyAlgorithm: Sendable, Equatable, Hashable {
    /// RSA with the given modulus size; vCenter makes RSA-2048 client keys.
    case rsa(bits: Int)
    /// ECDSA on NIST P-256.
    case p256

    public static let rsa2048 = KeyAlgorithm.rsa(bits: 2048)
}

extension KeyAlgorithm: CustomStringConvertible {
    public var description: String {
        switch self {
        case .rsa(let bits): return "RSA \(bits)"
        case .p256: return "EC P-256"
        }
    }
}
