import Foundation
import SwiftASN1
import X509

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A subject alternative name for a new certificate: a DNS name or an IP address.
public enum AlternativeName: Sendable, Equatable, Hashable {
    case dns(String)
    case ip(String)

    /// An IP address when `text` parses as one, otherwise a DNS name (how vCenter treats a server address).
    public static func forAddress(_ text: String) -> AlternativeName {
        Self.addressBytes(text) == nil ? .dns(text) : .ip(text)
    }

    func generalName() throws(CertificateError) -> GeneralName {
        switch self {
        case .dns(let name):
            guard !name.isEmpty, name.allSatisfy(\.isASCII), !name.contains(" ") else {
                throw .invalidName(detail: "'\(name)' is not a DNS name")
            }
            return .dnsName(name)
        case .ip(let text):
            guard let bytes = Self.addressBytes(text) else {
                throw .invalidName(detail: "'\(text)' is not an IPv4 or IPv6 address")
            }
            return .ipAddress(ASN1OctetString(contentBytes: bytes[...]))
        }
    }

    /// Network-order bytes of an IPv4 or IPv6 address, nil when `text` is neither.
    static func addressBytes(_ text: String) -> [UInt8]? {
        var v4 = in_addr()
        if inet_pton(AF_INET, text, &v4) == 1 {
            return withUnsafeBytes(of: &v4) { Array($0) }
        }
        var v6 = in6_addr()
        if inet_pton(AF_INET6, text, &v6) == 1 {
            return withUnsafeBytes(of: &v6) { Array($0) }
        }
        return nil
    }

    /// Text of network-order address bytes: dotted IPv4, or IPv6 groups (not compressed).
    static func addressText(_ bytes: ArraySlice<UInt8>) -> String {
        if bytes.count == 4 { return bytes.map(String.init).joined(separator: ".") }
        var groups: [String] = []
        var index = bytes.startIndex
        while index &+ 1 < bytes.endIndex {
            groups.append(String(UInt16(bytes[index]) << 8 | UInt16(bytes[index &+ 1]), radix: 16))
            index = index &+ 2
        }
        return groups.joined(separator: ":")
    }
}
