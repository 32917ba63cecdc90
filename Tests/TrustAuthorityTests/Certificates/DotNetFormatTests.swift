import Foundation
import SwiftASN1
import Testing
import X509

@testable import TrustAuthority

@Suite("DotNetFormat")
struct DotNetFormatTests {
    @Test(arguments: [
        ("VMware", "VMware"),
        ("VMware, Inc.", "\"VMware, Inc.\""),
        ("Acme \"Q\" Co", "\"Acme \"\"Q\"\" Co\""),
        ("a+b", "\"a+b\""), ("a=b", "\"a=b\""), ("#1", "\"#1\""), ("a;b", "\"a;b\""), ("<x>", "\"<x>\""),
        (" padded", "\" padded\""), ("padded ", "\"padded \""), ("", "\"\""), ("Palo Alto", "Palo Alto"),
    ])
    func valuesAreQuotedLikeDotNet(value: String, shown: String) {
        #expect(DotNetFormat.quoted(value) == shown)
    }

    @Test func datesUseEnglishGeneralFormatWithTwelveHourClock() throws {
        let utc = try #require(TimeZone(identifier: "UTC"))
        #expect(DotNetFormat.date(CertificateFixtures.utc(2015, 8, 10, 16, 16, 12), timeZone: utc) == "8/10/2015 4:16:12 PM")
        #expect(DotNetFormat.date(CertificateFixtures.utc(2026, 1, 3, 0, 5, 9), timeZone: utc) == "1/3/2026 12:05:09 AM")
        #expect(DotNetFormat.date(CertificateFixtures.utc(2026, 12, 31, 12, 0, 0), timeZone: utc) == "12/31/2026 12:00:00 PM")
        #expect(DotNetFormat.date(CertificateFixtures.utc(950, 2, 1, 13, 0, 0), timeZone: utc) == "2/1/0950 1:00:00 PM")
        let berlin = try #require(TimeZone(identifier: "Europe/Berlin"))
        #expect(DotNetFormat.date(CertificateFixtures.utc(2026, 7, 1, 22, 30, 0), timeZone: berlin) == "7/2/2026 12:30:00 AM")
    }

    @Test func multiValuedRDNsAndUnknownAttributesFollowDotNetNames() throws {
        let name = DistinguishedName([
            RelativeDistinguishedName([
                RelativeDistinguishedName.Attribute(type: .RDNAttributeType.organizationalUnitName, utf8String: "A"),
                RelativeDistinguishedName.Attribute(type: .RDNAttributeType.commonName, utf8String: "B"),
            ]),
            RelativeDistinguishedName(
                RelativeDistinguishedName.Attribute(type: [0, 9, 2342, 19_200_300, 100, 1, 1], utf8String: "jdoe")),
            RelativeDistinguishedName(RelativeDistinguishedName.Attribute(type: [2, 5, 4, 5], utf8String: "42")),
        ])
        #expect(DotNetFormat.name(name) == "SERIALNUMBER=42, OID.0.9.2342.19200300.100.1.1=jdoe, CN=B + OU=A")
    }

    @Test func bmpAndTeletexValuesAreDecoded() throws {
        var bmp = DER.Serializer()
        bmp.appendPrimitiveNode(identifier: .bmpString) { $0.append(contentsOf: [0x00, 0x4D, 0x00, 0xFC, 0x00, 0x6E]) }
        let bmpValue = RelativeDistinguishedName.Attribute.Value(asn1Any: ASN1Any(derEncoded: try DER.parse(bmp.serializedBytes)))
        #expect(DotNetFormat.text(of: bmpValue) == "Mün")
        var t61 = DER.Serializer()
        t61.appendPrimitiveNode(identifier: .teletexString) { $0.append(contentsOf: [0x4D, 0xFC, 0x6E]) }
        let t61Value = RelativeDistinguishedName.Attribute.Value(asn1Any: ASN1Any(derEncoded: try DER.parse(t61.serializedBytes)))
        #expect(DotNetFormat.text(of: t61Value) == "Mün")
    }

    @Test func hexIsUpperCaseWithoutSeparators() {
        #expect(DotNetFormat.hex([0x00, 0xCE, 0x0F, 0xA0]) == "00CE0FA0")
        #expect(DotNetFormat.hex([UInt8]()) == "")
    }
}
