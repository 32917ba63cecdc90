import Foundation

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
        lock.unlock()
        let verdict = (try? certificate.isSigned(by: issuer)) ?? false
        lock.lock()
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
