import Foundation

/// Whether a presented certificate is trusted by a set of trusted certificates, and why.
public enum TrustVerdict: Sendable, Equatable {
    /// Why a certificate is trusted.
    public enum Basis: Sendable, Equatable {
        /// The certificate itself is in the trusted set (pinned, as after `Add-TrustAuthorityKeyProviderServerCertificate`).
        case trustedDirectly
        /// A trusted certificate, named by its .NET subject, signed it and it is within its validity period.
        case issuedBy(String)
    }

    /// Why a certificate is not trusted.
    public enum Failure: Sendable, Equatable {
        case expired(notAfter: Date)
        case notYetValid(notBefore: Date)
        /// No trusted certificate carries the issuer's name.
        case unknownIssuer(issuer: String)
        /// A trusted certificate has the issuer's name, but its key did not make the signature.
        case signatureInvalid(issuer: String)
        /// The signature cannot be checked (short RSA key or unknown algorithm).
        case unsupportedKey(subject: String)
    }

    case trusted(Basis)
    case untrusted(Failure)

    public var isTrusted: Bool {
        if case .trusted = self { return true }
        return false
    }

    /// One English sentence for HealthDetails and error lines.
    public var reason: String {
        switch self {
        case .trusted(.trustedDirectly):
            return "The certificate is in the trusted list."
        case .trusted(.issuedBy(let issuer)):
            return "The certificate was issued by the trusted certificate '\(issuer)'."
        case .untrusted(.expired(let notAfter)):
            return "The certificate expired on \(Self.utcText(notAfter))."
        case .untrusted(.notYetValid(let notBefore)):
            return "The certificate is not valid before \(Self.utcText(notBefore))."
        case .untrusted(.unknownIssuer(let issuer)):
            return "The certificate's issuer '\(issuer)' is not trusted; add the issuer's certificate or the certificate itself."
        case .untrusted(.signatureInvalid(let issuer)):
            return "The certificate claims issuer '\(issuer)', but the trusted certificate of that name did not sign it."
        case .untrusted(.unsupportedKey(let subject)):
            return "The signature of '\(subject)' cannot be checked (RSA shorter than 2048 bits or an unknown algorithm)."
        }
    }

    /// Decides whether `leaf` is trusted: it is one of `trusted` (same DER), or one of `trusted`
    /// signed it and `at` lies within the leaf's validity period.
    public static func verifyChain(leaf: CertificateInfo, trusted: [CertificateInfo], at date: Date) -> TrustVerdict {
        if trusted.contains(leaf) { return .trusted(.trustedDirectly) }
        // Names are compared byte for byte; a trusted certificate whose name is encoded differently
        // (PrintableString vs UTF8String) is still tried, after the exact matches.
        let namedIssuers = trusted.filter { $0.structure.subject == leaf.structure.issuer }
        let otherCandidates = trusted.filter { $0.structure.subject != leaf.structure.issuer }
        var checkedNamed = false
        for issuer in namedIssuers + otherCandidates {
            guard let signed = try? leaf.isSigned(by: issuer) else { continue }
            if namedIssuers.contains(issuer) { checkedNamed = true }
            guard signed else { continue }
            if date < leaf.notBefore { return .untrusted(.notYetValid(notBefore: leaf.notBefore)) }
            if date > leaf.notAfter { return .untrusted(.expired(notAfter: leaf.notAfter)) }
            return .trusted(.issuedBy(issuer.subject))
        }
        if namedIssuers.isEmpty { return .untrusted(.unknownIssuer(issuer: leaf.issuer)) }
        return checkedNamed
            ? .untrusted(.signatureInvalid(issuer: leaf.issuer)) : .untrusted(.unsupportedKey(subject: leaf.subject))
    }

    private static func utcText(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date).replacingOccurrences(of: "T", with: " ").replacingOccurrences(of: "Z", with: " UTC")
    }
}
