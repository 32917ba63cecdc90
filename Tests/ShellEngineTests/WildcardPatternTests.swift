import Testing
@testable import ShellEngine
import TestSupport

/// Wildcard matching, including the shortcuts for `*` and for plain ASCII names.
@Suite struct WildcardPatternTests {
    @Test func aLoneStarMatchesEverythingIncludingNothing() {
        for text in ["", "p1", "vTA Cluster", "Ärger", "a\r\nb"] {
            #expect(WildcardPattern("*").matches(text))
            #expect(WildcardPattern("**").matches(text))
        }
    }

    @Test func plainNamesMatchWholeTextIgnoringCaseUnlessAskedNotTo() {
        #expect(WildcardPattern("vTA Cluster").matches("VTA CLUSTER"))
        #expect(!WildcardPattern("vTA Cluster").matches("vTA Cluster2"))
        #expect(!WildcardPattern("vTA Cluster").matches("vTA Cluste"))
        #expect(!WildcardPattern("clkp", caseSensitive: true).matches("CLKP"))
        #expect(WildcardPattern("clkp", caseSensitive: true).matches("clkp"))
        #expect(WildcardPattern("").matches(""))
        #expect(!WildcardPattern("").matches("a"))
        #expect(WildcardPattern("a`*b").matches("A*B"))
        #expect(!WildcardPattern("a`*b").matches("axb"))
    }

    @Test func textBeyondASCIIAndLineBreaksMatchCharacterByCharacter() {
        #expect(WildcardPattern("k").matches("\u{212A}"))
        #expect(WildcardPattern("ärger").matches("ÄRGER"))
        #expect(WildcardPattern("a\r\nb").matches("a\r\nb"))
        // CR LF is one character: an escaped CR followed by an escaped LF is two, and does not match it.
        #expect(!WildcardPattern("a`\r`\nb").matches("a\r\nb"))
        #expect(WildcardPattern("p?").matches("p1"))
        #expect(WildcardPattern("[a-c]*").matches("Beta"))
    }

    @Test func plainPatternsBehaveAsTheGeneralMatcherDoes() {
        // Each plain pattern against texts the fast path decides and texts it leaves to the general matcher.
        let texts = ["vta cluster", "VTA CLUSTER", "vTA Cluster ", "vTA Clüster", "vTA\u{212A}", "vtak", ""]
        for pattern in ["vTA Cluster", "vtak", "VTAK", ""] {
            for text in texts {
                let plain = WildcardPattern(pattern).matches(text)
                let lowered = pattern.lowercased() == text.lowercased()
                #expect(plain == lowered, "\(pattern) vs \(text)")
            }
        }
        #expect(!WildcardPattern("vTA", caseSensitive: true).matches("vta"))
        #expect(!WildcardPattern("p1").hasWildcards)
        #expect(WildcardPattern("p*").hasWildcards)
    }
}
