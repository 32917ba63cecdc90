import Foundation
import Testing
@testable import ShellEngine
import TestSupport

/// The ASCII fast path of case-insensitive comparison agrees with Foundation's, which it replaces.
@Suite struct CaseInsensitiveTextTests {
    @Test func asciiOrderAgreesWithFoundationForEveryPairOfCharacters() {
        let characters = (0..<128).map { String(UnicodeScalar(UInt8($0))) }
        for a in characters {
            for b in characters {
                for (left, right) in [(a, b), ("x" + a, "X" + b), (a + "y", b), (a, b + "Z"), ("Ab" + a + "c", "aB" + b)] {
                    let expected = left.compare(right, options: [.caseInsensitive])
                    #expect(CaseInsensitiveText.compare(left, right) == expected, "\(Array(left.utf8)) vs \(Array(right.utf8))")
                    #expect(CaseInsensitiveText.equal(left, right) == (left.caseInsensitiveCompare(right) == .orderedSame))
                }
            }
        }
    }

    @Test func textBeyondASCIIIsComparedByFoundation() {
        let pairs: [(String, String)] = [
            ("Ärger", "ärger"), ("straße", "STRASSE"), ("k", "\u{212A}"), ("abc", "abcé"), ("abcé", "abc"), ("é", "e\u{301}"),
            ("Enabled", "enabled\u{301}"), ("zebra", "Ärger"), ("x", "ÿ"), ("", "é"),
        ]
        for (left, right) in pairs {
            #expect(CaseInsensitiveText.compare(left, right) == left.compare(right, options: [.caseInsensitive]), "\(left) vs \(right)")
            #expect(CaseInsensitiveText.compare(right, left) == right.compare(left, options: [.caseInsensitive]), "\(right) vs \(left)")
            #expect(CaseInsensitiveText.equal(left, right) == (left.caseInsensitiveCompare(right) == .orderedSame), "\(left) vs \(right)")
        }
    }

    @Test func operatorsCompareStringsAndEnumNamesIgnoringCase() {
        let state = Value.enumValue(EnumValue(typeName: "T.State", name: "Enabled", rawValue: 1))
        #expect(LanguagePrimitives.areEqual(state, .string("ENABLED")))
        #expect(!LanguagePrimitives.areEqual(state, .string("Enable")))
        #expect(LanguagePrimitives.areEqual(.string("8"), .int(8)))
        #expect(!LanguagePrimitives.areEqual(.string("Abc"), .string("abc"), caseSensitive: true))
        #expect(LanguagePrimitives.compare(.string("apple"), .string("Banana")) == .orderedAscending)
        #expect(LanguagePrimitives.compare(.string("aaa"), .string("AAA"), caseSensitive: true) == .orderedAscending)
        #expect(LanguagePrimitives.compare(.string("_"), .string("a")) == "_".compare("a", options: [.caseInsensitive]))
    }
}
