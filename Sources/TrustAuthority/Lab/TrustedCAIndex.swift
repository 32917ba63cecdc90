import Foundation

/// The imported TPM CA certificates of a Trust Authority cluster, by subject, each with whether its own
/// chain verifies: an endorsement key certificate is then judged by a lookup and one (remembered) signature.
struct TrustedCAIndex: Sendable {
    enum Verdict {
        case trusted(String)
        case untrusted(String)
    }

    private var bySubject: [String: [(name: String, certificate: CertificateInfo, chainProblem: String?)]] = [:]

    init() {}

    init(_ imported: [Tpm2CACertificate], at date: Date, memo: SignatureMemo) {
        for entry in imported {
            for (index, certificate) in entry.certificateChain.enumerated() {
                let problem = CertificateChain.problem(Array(entry.certificateChain[index...]), at: date, signatures: memo)
                bySubject[certificate.subject, default: []].append((entry.name, certificate, problem))
            }
        }
    }

    func verdict(_ certificate: CertificateInfo, memo: SignatureMemo, at date: Date) -> Verdict {
        guard let candidates = bySubject[certificate.issuer] else {
            return .untrusted("its endorsement key certificate was issued by '\(certificate.issuer)', which is not an imported TPM CA certificate (New-TrustAuthorityTpm2CACertificate)")
        }
        for candidate in candidates where memo.isSigned(certificate, by: candidate.certificate) {
            if let problem = candidate.chainProblem {
                return .untrusted("the imported TPM CA certificate '\(candidate.name)' does not verify: \(problem)")
            }
            guard certificate.isValid(at: date) else {
                return .untrusted("its endorsement key certificate is not valid now (valid from \(certificate.notBefore) to \(certificate.notAfter))")
            }
            return .trusted(candidate.name)
        }
        return .untrusted("its endorsement key certificate claims the issuer '\(certificate.issuer)', but no imported TPM CA certificate of that name signed it")
    }
}
