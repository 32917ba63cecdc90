import Testing
@testable import ShellEngine
@testable import Replay
import TestSupport

@Suite struct OutputComparisonTests {
    func compare(_ expected: [String], _ actual: [String], masks: Set<OutputMask> = OutputMask.defaults) -> OutputComparison {
        let lines = expected.enumerated().map { TranscriptLine($0.element, number: $0.offset + 10) }
        return OutputComparison(expected: lines, actual: actual.map { HostLine(.output, $0) }, masks: masks,
                                labelledFields: [Self.keyIds], name: "t.txt")
    }

    /// What PowerCLI registers through the configured shell; the rule itself knows no vSphere label.
    static let keyIds = LabelledFields(labelSuffix: "KeyId", mask: .keyid)

    @Test func identicalOutputPassesIgnoringTrailingSpacesAndOuterBlankLines() {
        #expect(compare(["a  ", "b"], ["", "a", "b   ", "", ""]).passed)
        #expect(!compare(["a", "", "b"], ["a", "b"]).passed)
    }

    @Test func placeholderInsideALineMatchesAnyText() {
        let expected = ["  E=<domain>, CN=<IP address>, OU=VMware Engineering"]
        #expect(compare(expected, ["  E=lab.example, CN=192.168.110.91, OU=VMware Engineering"]).passed)
        #expect(compare(expected, ["  E=, CN=, OU=VMware Engineering"]).passed)
        #expect(!compare(expected, ["  E=lab.example, CN=10.0.0.1, OU=Other"]).passed)
        #expect(!compare(["a <x> b"], ["a  c"]).passed)
    }

    @Test func lineThatIsOnlyAPlaceholderMatchesAnyNumberOfLines() {
        let expected = ["head", "<The trusted key providers listing is displayed.>", "tail"]
        #expect(compare(expected, ["head", "tail"]).passed)
        #expect(compare(expected, ["head", "1", "2", "3", "tail"]).passed)
        #expect(!compare(expected, ["head", "1", "2"]).passed)
        #expect(compare(["<Export the client certificate when you need to use it.>"], []).passed)
        #expect(compare(["<...>", "x", "<...>"], ["a", "x", "b"]).passed)
        #expect(!compare(["<...>", "x", "<...>"], ["a", "b"]).passed)
    }

    @Test func angleBracketsThatAreNotPlaceholdersCompareLiterally() {
        #expect(!compare(["a < b > c"], ["a X c"]).passed)
        #expect(compare(["a < b > c"], ["a < b > c"]).passed)
    }

    @Test func defaultMasksHideSerialsThumbprintsAndDates() {
        let expected = ["  00CEF192BBF9D80C9F", "  8/10/2015 4:16:12 PM", "  C44068C124C057A3D07F51DCF18720E963604B70"]
        let actual = ["  0A1B2C3D4E5F60718293", "  11/29/2025 10:02:33 AM", "  0123456789ABCDEF0123456789ABCDEF01234567"]
        #expect(compare(expected, actual).passed)
        #expect(!compare(expected, actual, masks: []).passed)
        #expect(!compare(["  8/10/2015 4:16:12 PM"], ["  not a date"]).passed)
    }

    @Test func guidAndKeyIdMasksAreOffUntilAsked() {
        let expected = ["Key 9f1c6a4e-3b2d-4c1a-8e7f-0a1b2c3d4e5f ready"]
        let actual = ["Key 11111111-2222-3333-4444-555555555555 ready"]
        #expect(!compare(expected, actual).passed)
        #expect(compare(expected, actual, masks: [.guid]).passed)
        #expect(compare(expected, actual, masks: [.keyid]).passed)
    }

    @Test func keyIdMaskCoversIntegerKeyIdsInAKeyIdColumn() {
        let expected = ["Name                 PrimaryKeyId         Type       TrustAuthorityClusterId",
                        "----                 ------------         ----       -----------------------",
                        "clkp                 8                    KMIP       TrustAuthorityCluster-domain-c8"]
        let actual = ["Name                 PrimaryKeyId         Type       TrustAuthorityClusterId",
                      "----                 ------------         ----       -----------------------",
                      "clkp                 1042                 KMIP       TrustAuthorityCluster-domain-c8"]
        #expect(compare(expected, actual, masks: [.keyid]).passed)
        #expect(!compare(expected, actual).passed)
        // The key id must still be a number in that column: text there, or a changed name, still counts.
        #expect(!compare(expected, [actual[0], actual[1], "clkp                 none                 KMIP       TrustAuthorityCluster-domain-c8"], masks: [.keyid]).passed)
        #expect(!compare(expected, [actual[0], actual[1], "kp2                  1042                 KMIP       TrustAuthorityCluster-domain-c8"], masks: [.keyid]).passed)
    }

    @Test func keyIdMaskLeavesOtherIntegerColumnsAlone() {
        let expected = ["Name KeyId  Port", "---- -----  ----", "clkp     8  5696"]
        #expect(compare(expected, ["Name KeyId  Port", "---- -----  ----", "clkp    17  5696"], masks: [.keyid]).passed)
        #expect(!compare(expected, ["Name KeyId  Port", "---- -----  ----", "clkp     8  5697"], masks: [.keyid]).passed)
        // A new table (after a blank line) without a key id column: its numbers count again.
        let twoTables = expected + ["", "Id Port", "-- ----", " 8  5696"]
        #expect(!compare(twoTables, ["Name KeyId  Port", "---- -----  ----", "clkp     9  5696", "", "Id Port", "-- ----", " 9  5696"], masks: [.keyid]).passed)
        #expect(compare(twoTables, ["Name KeyId  Port", "---- -----  ----", "clkp     9  5696", "", "Id Port", "-- ----", " 8  5696"], masks: [.keyid]).passed)
    }

    @Test func keyIdMaskCoversIntegerKeyIdsAfterAKeyIdLabel() {
        #expect(compare(["PrimaryKeyId             : 8"], ["PrimaryKeyId             : 23"], masks: [.keyid]).passed)
        #expect(compare(["created MasterKeyId=8 on kms"], ["created MasterKeyId=9 on kms"], masks: [.keyid]).passed)
        #expect(!compare(["PrimaryKeyId             : 8"], ["PrimaryKeyId             : 23"]).passed)
        #expect(!compare(["ProxyPort                : 8"], ["ProxyPort                : 23"], masks: [.keyid]).passed)
        #expect(!compare(["PrimaryKeyId             : 8"], ["PrimaryKeyId             : 8a"], masks: [.keyid]).passed)
    }

    @Test func keyIdMaskStillCoversUUIDKeyIdsAndPlaceholders() {
        let expected = ["Name PrimaryKeyId", "---- ------------", "<name> 8", "a    9f1c6a4e-3b2d-4c1a-8e7f-0a1b2c3d4e5f"]
        let actual = ["Name PrimaryKeyId", "---- ------------", "clkp 12", "a    11111111-2222-3333-4444-555555555555"]
        #expect(compare(expected, actual, masks: [.keyid]).passed)
    }

    @Test func maskedValuesMustStillSitWhereExpected() {
        #expect(!compare(["Serial 00CEF192BBF9D80C9F"], ["Thumb 00CEF192BBF9D80C9F"]).passed)
        #expect(!compare(["x 8/10/2015 4:16:12 PM"], ["x C44068C124C057A3D07F51DCF18720E963604B70"]).passed)
    }

    @Test func escapeSequencesAndControlCharactersAreIgnored() {
        #expect(compare(["Error here"], ["\u{1B}[91mError here\u{1B}[0m"]).passed)
    }

    @Test func failureExplainsWhyAndShowsAUnifiedDiffWithFileLineNumbers() {
        let result = compare(["Name Value", "---- -----", "clkp 8"], ["Name Value", "---- -----", "clkp 9"])
        #expect(!result.passed)
        #expect(result.reason == "its output differs from the 3 expected lines")
        #expect(result.diff == ["--- expected (t.txt)", "+++ actual", "@@ -10,3 +1,3 @@", " Name Value", " ---- -----", "-clkp 8", "+clkp 9"])
    }

    @Test func anErrorInsteadOfOutputIsNamedInTheReason() {
        let lines = [TranscriptLine("clkp", number: 4)]
        let actual = [HostLine(.error, "New-Thing : Cannot bind argument to parameter 'X' because it is null."), HostLine(.error, "At line:1 char:1")]
        let result = OutputComparison(expected: lines, actual: actual, masks: [], name: "t")
        #expect(result.reason == "it wrote an error: New-Thing : Cannot bind argument to parameter 'X' because it is null.")
        #expect(result.diff.contains("-clkp"))
        #expect(compare(["a"], []).reason == "it printed nothing; 1 line was expected")
        #expect(compare([], ["a", "b"]).reason == "it printed 2 lines; none were expected")
    }

    @Test func diffShowsOnlyTheHunkAroundAChangeInALongOutput() {
        let expected = (1...30).map { "line \($0)" }
        var actual = expected
        actual[14] = "changed"
        let result = compare(expected, actual, masks: [])
        #expect(result.diff == ["--- expected (t.txt)", "+++ actual", "@@ -22,5 +13,5 @@", " line 13", " line 14", "-line 15", "+changed", " line 16", " line 17"])
    }

    @Test func hugeOutputsStillGetADiffWithoutQuadraticBlowUp() {
        let expected = (0..<5000).map { "e\($0)" }
        let actual = (0..<5000).map { "a\($0)" }
        let result = compare(expected, actual, masks: [])
        #expect(!result.passed)
        #expect(result.diff.count == OutputComparison.diffLineLimit + 1)
        #expect(result.diff.last == "... \(10_003 - OutputComparison.diffLineLimit) more diff lines")
    }
}
