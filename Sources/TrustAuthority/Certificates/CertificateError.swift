import SwiftASN1

/// What went wrong with a certificate, key or request, worded for a PowerShell error line.
///
/// `source` names the input the way the user knows it ("file 'client.pem'", "input"), so the
/// message says both what is wrong and where to fix it.
public enum CertificateError: Error, Sendable, Equatable {
    /// What a PEM input was expected to hold.
    public enum Content: String, Sendable, Equatable {
        case certificate = "certificate"
        case privateKey = "private key"
        case signingRequest = "certificate signing request"
    }

    case noPEMBlock(source: String, expected: Content)
    case damagedPEM(source: String, detail: String)
    case wrongPEMContent(source: String, expected: Content, found: String)
    case malformedCertificate(source: String, detail: String)
    case malformedPrivateKey(source: String, detail: String)
    case malformedSigningRequest(source: String, detail: String)
    case encryptedPrivateKey(source: String)
    case unsupportedKey(source: String, detail: String)
    case unsupportedCertificateKey(subject: String)
    case signingRequestSignatureInvalid(source: String)
    case keyDoesNotMatch(keySource: String, subject: String)
    case invalidName(detail: String)
    case invalidValidity(days: Int)
    case signingFailed(detail: String)

    /// The sentence shown to the user.
    public var message: String {
        switch self {
        case .noPEMBlock(let source, let expected):
            return "The \(source) does not contain a PEM \(expected.rawValue)."
        case .damagedPEM(let source, let detail):
            return "The \(source) contains a damaged PEM block (\(detail)); copy the whole block "
                + "including its -----BEGIN and -----END lines."
        case .wrongPEMContent(let source, let expected, let found):
            return "The \(source) contains a PEM '\(found)' block, not a \(expected.rawValue); "
                + "give the file that holds the \(expected.rawValue)."
        case .malformedCertificate(let source, let detail):
            return "The \(source) does not contain a valid X.509 certificate (\(detail))."
        case .malformedPrivateKey(let source, let detail):
            return "The \(source) does not contain a valid private key (\(detail))."
        case .malformedSigningRequest(let source, let detail):
            return "The \(source) does not contain a valid PKCS#10 certificate signing request (\(detail))."
        case .encryptedPrivateKey(let source):
            return "The \(source) contains an encrypted private key; encrypted private keys are not "
                + "supported; decrypt it with openssl pkey first."
        case .unsupportedKey(let source, let detail):
            return "The \(source) contains an unsupported key (\(detail)); use an RSA key of 2048 bits "
                + "or more, or an EC P-256 key."
        case .unsupportedCertificateKey(let subject):
            return "The certificate '\(subject)' uses a key this operation cannot check "
                + "(RSA shorter than 2048 bits or an unknown algorithm); reissue it with RSA-2048 or EC P-256."
        case .signingRequestSignatureInvalid(let source):
            return "The certificate signing request in the \(source) has an invalid signature; "
                + "it was changed after signing or not signed with its own key. Create the request again."
        case .keyDoesNotMatch(let keySource, let subject):
            return "The private key in the \(keySource) does not belong to the certificate '\(subject)'; "
                + "give the key the certificate was made for."
        case .invalidName(let detail):
            return "The distinguished name is not valid: \(detail)."
        case .invalidValidity(let days):
            return "The validity period of \(days) days is not valid; give a number of days from 1 to 36500."
        case .signingFailed(let detail):
            return "The certificate could not be signed (\(detail))."
        }
    }
}

extension CertificateError: CustomStringConvertible {
    public var description: String { message }
}

extension CertificateError {
    /// A short reason for a library error, without the source-file locations SwiftASN1 appends.
    static func detail(of error: any Error) -> String {
        if let asn1 = error as? ASN1Error {
            switch asn1.code {
            case .truncatedASN1Field: return "the data is truncated"
            case .unexpectedFieldType: return "a field has an unexpected ASN.1 type"
            case .invalidASN1IntegerEncoding: return "an integer is not DER encoded"
            case .unsupportedFieldLength: return "a field length is not DER encoded"
            case .invalidStringRepresentation: return "a text field holds characters its type does not allow"
            default: return "the ASN.1 structure is not the expected one"
            }
        }
        return String(describing: error)
    }
}
