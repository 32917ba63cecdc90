import Foundation

/// One `-----BEGIN label-----` … `-----END label-----` block of a PEM text.
///
/// Our own reader rather than SwiftASN1's `PEMDocument`, because that one rejects lines that are not
/// 64 characters long and RFC 1421 headers (`Proc-Type: 4,ENCRYPTED`), which real files contain and
/// which we must recognise to give the right message.
struct PEMBlock: Sendable, Equatable {
    var label: String
    var headers: [String]
    var der: [UInt8]

    /// Whether the block is an encrypted key, in PKCS#8 or legacy OpenSSL form.
    var isEncrypted: Bool {
        label.contains("ENCRYPTED")
            || headers.contains { $0.uppercased().hasPrefix("PROC-TYPE") && $0.uppercased().contains("ENCRYPTED") }
    }

    /// All blocks of `text`, in order; text outside blocks is ignored (openssl writes `Bag Attributes`).
    static func parseAll(_ text: String, source: String) throws(CertificateError) -> [PEMBlock] {
        var blocks: [PEMBlock] = []
        var open: (label: String, headers: [String], body: String)?
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if let current = open {
                if let endLabel = boundaryLabel(line, marker: "END") {
                    guard endLabel == current.label else {
                        throw .damagedPEM(
                            source: source,
                            detail: "'-----BEGIN \(current.label)-----' ends with '-----END \(endLabel)-----'"
                        )
                    }
                    blocks.append(try decode(current.label, current.headers, current.body, source: source))
                    open = nil
                } else if boundaryLabel(line, marker: "BEGIN") != nil {
                    throw .damagedPEM(source: source, detail: "'-----END \(current.label)-----' is missing")
                } else if line.contains(":") && current.body.isEmpty {
                    open?.headers.append(line)
                } else {
                    open?.body += line
                }
            } else if let label = boundaryLabel(line, marker: "BEGIN") {
                open = (label, [], "")
            }
        }
        if let current = open {
            throw .damagedPEM(source: source, detail: "'-----END \(current.label)-----' is missing")
        }
        return blocks
    }

    /// The PEM text of `der` under `label`, 64 characters a line, ending with a newline.
    static func encode(label: String, der: [UInt8]) -> String {
        let base64 = Data(der).base64EncodedString()
        var lines = ["-----BEGIN \(label)-----"]
        var rest = base64[...]
        while !rest.isEmpty {
            lines.append(String(rest.prefix(64)))
            rest = rest.dropFirst(64)
        }
        lines.append("-----END \(label)-----")
        return lines.joined(separator: "\n") + "\n"
    }

    private static func boundaryLabel(_ line: String, marker: String) -> String? {
        let prefix = "-----\(marker) "
        guard line.hasPrefix(prefix), line.hasSuffix("-----"), line.count >= prefix.count + 5 else { return nil }
        return String(line.dropFirst(prefix.count).dropLast(5))
    }

    private static func decode(
        _ label: String, _ headers: [String], _ body: String, source: String
    ) throws(CertificateError) -> PEMBlock {
        let isEncryptedLegacy = headers.contains { $0.uppercased().contains("ENCRYPTED") }
        guard let data = Data(base64Encoded: body), !data.isEmpty else {
            if isEncryptedLegacy || label.contains("ENCRYPTED") {
                return PEMBlock(label: label, headers: headers, der: [])
            }
            throw .damagedPEM(
                source: source,
                detail: body.isEmpty ? "the '\(label)' block is empty" : "the '\(label)' block is not valid base64"
            )
        }
        return PEMBlock(label: label, headers: headers, der: Array(data))
    }
}
