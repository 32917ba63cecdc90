import Testing

@testable import LineEditor

@Suite struct HistoryFileFormatTests {
    @Test(arguments: [
        "Get-Help", "if ($x) {\n  Get-Help\n}", #"C:\temp\new"#, "line\r\nwith CRLF", "trailing\\", "\\n literal",
        "Größe ✓ 日本",
    ])
    func encodedEntriesRoundTrip(entry: String) {
        let encoded = HistoryFileFormat.encode(entry)
        #expect(!encoded.contains("\n"))
        #expect(!encoded.contains("\r"))
        #expect(HistoryFileFormat.decode(encoded) == entry)
    }

    @Test func renderedFileParsesBackToTheSameEntries() {
        let entries = ["a", "b\nc", #"d\e"#]
        let text = HistoryFileFormat.render(entries)
        #expect(text.hasPrefix(HistoryFileFormat.header + "\n"))
        #expect(HistoryFileFormat.parse(text) == entries)
    }

    @Test func unknownEscapesAndEmptyLinesAreKeptOrSkippedWithoutLoss() {
        #expect(HistoryFileFormat.parse("#vtash-history v1\n\\q\n\nx\r\n") == [#"\q"#, "x"])
    }

    @Test func entriesWithoutEscapesDecodeToThemselves() {
        #expect(HistoryFileFormat.decode("Get-Item 'C:/a b' | % { $_ }") == "Get-Item 'C:/a b' | % { $_ }")
        #expect(HistoryFileFormat.decode("a\\nb") == "a\nb")
    }

    @Test func fileWithoutHeaderStillParses() {
        #expect(HistoryFileFormat.parse("one\ntwo\\nthree\n") == ["one", "two\nthree"])
    }
}
