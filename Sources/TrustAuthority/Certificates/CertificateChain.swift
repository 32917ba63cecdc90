import Foundation

/// Verification of an ordered certificate chain (leaf first): each certificate names the next as its
/// issuer and carries that certificate's signature, every issuer is a CA, the last one is self-signed,
/// and all are valid at the date.
enum CertificateChain {
    /// nil when the chain verifies; otherwise one sentence saying which link fails and why.
    static func problem(_ chain: [CertificateInfo], at date: Date, signatures: SignatureMemo? = nil) -> String? {
        guard let root = chain.last else { return "the certificate chain is empty" }
        for (index, certificate) in chain.enumerated() {
            if date < certificate.notBefore {
                return "the certificate '\(certificate.subject)' is not valid before \(utcText(certificate.notBefore))"
            }
            if date > certificate.notAfter {
                return "the certificate '\(certificate.subject)' expired on \(utcText(certificate.notAfter))"
            }
            let issuer = index + 1 < chain.count ? chain[index + 1] : root
            if index + 1 < chain.count {
                guard certificate.structure.issuer == issuer.structure.subject else {
                    return "the certificate '\(certificate.subject)' was issued by '\(certificate.issuer)', not by the next certificate of the chain '\(issuer.subject)'"
                }
                guard issuer.isCertificateAuthority else {
                    return "the certificate '\(issuer.subject)' signs another certificate of the chain but is not a CA certificate"
                }
            } else if !certificate.isSelfIssued {
                return "the chain ends with '\(certificate.subject)', which is not self-signed: its issuer '\(certificate.issuer)' is missing"
            }
            let signed = signatures?.isSigned(certificate, by: issuer) ?? ((try? certificate.isSigned(by: issuer)) ?? false)
            guard signed else {
                return "the signature of '\(certificate.subject)' was not made by the key of '\(issuer.subject)'"
            }
        }
        return nil
    }

    private static func utcText(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }
}
