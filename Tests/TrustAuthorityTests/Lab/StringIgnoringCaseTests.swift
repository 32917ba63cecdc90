import Foundation
import Testing
@testable import TrustAuthority

/// The lab's case-insensitive address comparison gives Foundation's answer, with or without its ASCII shortcut.
@Suite struct StringIgnoringCaseTests {
    @Test func everyPairOfASCIICharactersComparesAsFoundationDoes() {
        for left in 0..<128 {
            for right in 0..<128 {
                let a = String(UnicodeScalar(UInt8(left))), b = String(UnicodeScalar(UInt8(right)))
                #expect(a.equalsIgnoringCase(b) == (a.caseInsensitiveCompare(b) == .orderedSame), "\(left) \(right)")
            }
        }
    }

    @Test func addressesAndNonASCIINamesCompareAsFoundationDoes() {
        let pairs = [("KMS01.corp.TEST", "kms01.corp.test"), ("192.168.110.91", "192.168.110.9"), ("kms", "kms "),
                     ("Straße", "STRASSE"), ("vc-é.test", "VC-É.TEST"), ("", "")]
        for (a, b) in pairs {
            #expect(a.equalsIgnoringCase(b) == (a.caseInsensitiveCompare(b) == .orderedSame), "\(a) \(b)")
        }
        #expect("KMS01.corp.TEST".equalsIgnoringCase("kms01.corp.test"))
        #expect(!"192.168.110.91".equalsIgnoringCase("192.168.110.9"))
    }
}
