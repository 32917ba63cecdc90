import SwiftASN1
import X509

/// The distinguished name to put in a new certificate or request. Empty parts are left out.
///
/// Attributes are encoded in the usual X.509 order (C, ST, L, O, OU, CN, emailAddress), which
/// .NET then prints reversed as `E=…, CN=…, OU=…, O=…, L=…, S=…, C=…`.
public struct CertificateSubject: Sendable, Equatable, Hashable {
    public var commonName: String
    public var organizationalUnit: String
    public var organization: String
    public var locality: String
    public var state: String
    /// Two-letter ISO 3166 code.
    public var country: String
    public var email: String
    /// Domain components (`["vsphere", "local"]`). When present the name is laid out as VMware's
    /// certificate authorities lay theirs: CN, DC..., C, O, which .NET prints `O=..., C=..., DC=local, DC=vsphere, CN=...`.
    public var domainComponents: [String]

    public init(
        commonName: String, organizationalUnit: String = "", organization: String = "",
        locality: String = "", state: String = "", country: String = "", email: String = "",
        domainComponents: [String] = []
    ) {
        self.domainComponents = domainComponents
        self.commonName = commonName
        self.organizationalUnit = organizationalUnit
        self.organization = organization
        self.locality = locality
        self.state = state
        self.country = country
        self.email = email
    }

    /// The encoded name; rejects values X.509 cannot carry, with a message naming the part.
    func distinguishedName() throws(CertificateError) -> DistinguishedName {
        guard !commonName.isEmpty else { throw .invalidName(detail: "the common name (CN) is empty") }
        if !country.isEmpty {
            guard country.count == 2, country.allSatisfy({ $0.isASCII && $0.isLetter }) else {
                throw .invalidName(detail: "the country (C) must be a two-letter code such as US, not '\(country)'")
            }
        }
        if !email.isEmpty, !email.allSatisfy(\.isASCII) {
            throw .invalidName(detail: "the e-mail address (E) '\(email)' must be plain ASCII")
        }
        for (name, value) in [("C", country), ("S", state), ("L", locality), ("O", organization),
                              ("OU", organizationalUnit), ("CN", commonName), ("E", email)]
        where value.utf8.count > 64 && name != "E" {
            throw .invalidName(detail: "the \(name) value is longer than 64 characters")
        }
        var attributes: [RelativeDistinguishedName.Attribute] = []
        if !domainComponents.isEmpty {
            do {
                attributes.append(.init(type: .RDNAttributeType.commonName, utf8String: commonName))
                for component in domainComponents {
                    guard !component.isEmpty, component.allSatisfy(\.isASCII) else {
                        throw CertificateError.invalidName(detail: "the domain component (DC) '\(component)' must be plain ASCII")
                    }
                    attributes.append(try .init(type: .RDNAttributeType.domainComponent, ia5String: component))
                }
                if !country.isEmpty {
                    attributes.append(try .init(type: .RDNAttributeType.countryName, printableString: country.uppercased()))
                }
                for (type, value) in [(ASN1ObjectIdentifier.RDNAttributeType.stateOrProvinceName, state),
                                      (.RDNAttributeType.localityName, locality), (.RDNAttributeType.organizationName, organization),
                                      (.RDNAttributeType.organizationalUnitName, organizationalUnit)] where !value.isEmpty {
                    attributes.append(.init(type: type, utf8String: value))
                }
            } catch let error as CertificateError {
                throw error
            } catch {
                throw .invalidName(detail: CertificateError.detail(of: error))
            }
            return DistinguishedName(attributes.map { RelativeDistinguishedName($0) })
        }
        do {
            if !country.isEmpty {
                attributes.append(try .init(type: .RDNAttributeType.countryName, printableString: country.uppercased()))
            }
            let texts: [(ASN1ObjectIdentifier, String)] = [
                (.RDNAttributeType.stateOrProvinceName, state), (.RDNAttributeType.localityName, locality),
                (.RDNAttributeType.organizationName, organization),
                (.RDNAttributeType.organizationalUnitName, organizationalUnit),
                (.RDNAttributeType.commonName, commonName),
            ]
            for (type, value) in texts where !value.isEmpty {
                attributes.append(.init(type: type, utf8String: value))
            }
            if !email.isEmpty {
                attributes.append(try .init(type: .RDNAttributeType.emailAddress, ia5String: email))
            }
        } catch {
            throw .invalidName(detail: CertificateError.detail(of: error))
        }
        return DistinguishedName(attributes.map { RelativeDistinguishedName($0) })
    }
}
