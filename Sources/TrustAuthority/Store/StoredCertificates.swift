import Foundation

/// The certificates read from the lab's store, by their DER bytes: a workload vCenter's configuration holds the
/// Trust Authority services' chains once per trusted cluster, and every operation reads the configuration again,
/// so without this each read would parse and format the same certificates dozens of times (issue 12's scale
/// benchmark: 48 clusters). A certificate is a pure function of its bytes, so a parsed one can stand for any copy.
final class StoredCertificates: @unchecked Sendable {
    static let shared = StoredCertificates()

    /// Bounded: a lab holds a few thousand distinct certificates (one endorsement key certificate per host).
    private let capacity = 16_384
    private let lock = NSLock()
    private var parsed: [[UInt8]: CertificateInfo] = [:]

    func certificate(der: [UInt8]) throws(CertificateError) -> CertificateInfo {
        if let known = lock.withLock({ parsed[der] }) { return known }
        let certificate = try CertificateInfo(der: der, source: "the lab's store")
        lock.withLock {
            if parsed.count >= capacity { parsed.removeAll(keepingCapacity: true) }
            parsed[der] = certificate
        }
        return certificate
    }
}
