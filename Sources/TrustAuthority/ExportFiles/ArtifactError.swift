/// A file of the Trust Authority workflow (principal, services info, base image database, endorsement key,
/// TPM CA certificate) that cannot be read; `source` names the file as the user gave it.
public enum ArtifactError: Error, Sendable, Equatable {
    case notGzip(source: String)
    case damagedGzip(source: String, detail: String)
    case tooLarge(source: String, limit: Int)
    case damagedTar(source: String, detail: String)
    case notBaseImage(source: String, detail: String)
    case damagedZip(source: String, detail: String)
    case notJSON(source: String, detail: String)
    case wrongFormat(source: String, expected: String, found: String)
    case missingField(source: String, field: String)
    case invalidField(source: String, field: String, detail: String)
    case certificate(CertificateError)

    public var message: String {
        switch self {
        case .notGzip(let source):
            return "The \(source) is not a .tgz file: it does not start with a gzip header. Export it again with Export-VMHostImageDb."
        case .damagedGzip(let source, let detail):
            return "The \(source) is a damaged gzip file (\(detail)). Export it again with Export-VMHostImageDb."
        case .tooLarge(let source, let limit):
            return "The \(source) unpacks to more than \(limit / 1_048_576) MB; a base image database is far smaller."
        case .damagedTar(let source, let detail):
            return "The \(source) does not hold a valid tar archive (\(detail))."
        case .notBaseImage(let source, let detail):
            return "The \(source) is not an ESXi base image database: \(detail). Export the host's image database with Export-VMHostImageDb."
        case .damagedZip(let source, let detail):
            return "The \(source) is not a valid .zip archive (\(detail))."
        case .notJSON(let source, let detail):
            return "The \(source) is not valid JSON (\(detail))."
        case .wrongFormat(let source, let expected, let found):
            return "The \(source) is not a \(expected) file (its format is '\(found)')."
        case .missingField(let source, let field):
            return "The \(source) has no '\(field)' field."
        case .invalidField(let source, let field, let detail):
            return "The field '\(field)' of the \(source) is not valid: \(detail)."
        case .certificate(let error):
            return error.message
        }
    }
}

extension ArtifactError: CustomStringConvertible {
    public var description: String { message }
}
