import Foundation
import X509

/// Signature checks remembered per (certificate, issuer) pair: attestation of 2,000 hosts checks the
/// principal's chain and each endorsement key certificate once, not once per host and per run.
/// Shared by threads (attestation checks chunks of hosts on every core), hence the lock.
final class SignatureMemo: @unchecked Sendable {
    private struct Pair: Hashable {
        var certificate: CertificateInfo
        var issuer: CertificateInfo
    }

    private let lock = NSLock()
    private var verdicts: [Pair: Bool] = [:]
    /// Issuers' public keys, parsed once (decoding an EC point is a good part of a verification).
    private var issuerKeys: [CertificateInfo: Certificate.PublicKey] = [:]
    /// How many signatures were really checked (tests read it to see that the memo is used).
    private(set) var checks = 0
    private static let capacity = 100_000

    /// Whether `issuer`'s key made `certificate`'s signature; false when it cannot be checked.
    func isSigned(_ certificate: CertificateInfo, by issuer: CertificateInfo) -> Bool {
        let pair = Pair(certificate: certificate, issuer: issuer)
        lock.lock()
        if let known = verdicts[pair] {
            lock.unlock()
            return known
        }
        var issuerKey = issuerKeys[issuer]
        lock.unlock()
        if issuerKey == nil { issuerKey = try? Certificate.PublicKey(derEncoded: issuer.structure.subjectPublicKeyInfo) }
        let verdict = issuerKey.flatMap { try? certificate.isSigned(byKey: $0) } ?? false
        lock.lock()
        if issuerKeys.count >= Self.capacity { issuerKeys.removeAll(keepingCapacity: true) }
        if let issuerKey { issuerKeys[issuer] = issuerKey }
        checks += 1
        if verdicts.count >= Self.capacity { verdicts.removeAll(keepingCapacity: true) }
        verdicts[pair] = verdict
        lock.unlock()
        return verdict
    }

    var checkCount: Int {
        lock.lock()
        defer { lock.unlock() }
        return checks
    }
}
