import Testing
@testable import ShellEngine
@testable import ShellFormatting
import TestSupport

/// Table rows built byte by byte, with columns finding properties by the rows' shared layout: rows
/// that left their layout, or never had one, still show their own values.
@Suite struct TableRowTests {
    static let layout = PropertyLayout(["Name", "Size", "Note"])

    static func render(_ values: [Value]) -> [String] {
        var formats = FormatRegistry()
        formats.register(FormatView(typeName: "Test.Row", shape: .table([
            TableColumn("Name", width: 6), TableColumn("Size", width: 5, alignment: .right), TableColumn("Note"),
        ])))
        var lines: [String] = []
        let writer = OutDefault(formats: formats, width: 40) { lines.append($0) }
        for value in values { writer.write(value) }
        writer.finish()
        return lines
    }

    static func row(_ name: String, _ size: Int, _ note: String) -> PSObject {
        PSObject(typeNames: ["Test.Row"], layout: layout, values: [.string(name), .int(size), .string(note)])
    }

    @Test func rowsOfOneLayoutAndOthersPrintTheirOwnValues() {
        let first = Self.row("a", 1, "x")
        let gained = Self.row("bb", 22, "y")
        gained.setProperty("Extra", .int(9))
        gained.setProperty("note", .string("yy"))
        let reordered = PSObject(typeNames: ["Test.Row"], properties: [
            PSProperty(name: "Note", value: .string("z")), PSProperty(name: "Name", value: .string("ccc")), PSProperty(name: "Size", value: .int(3)),
        ])
        let lines = Self.render([first, gained, reordered, Self.row("ÄÖ", 4, ""), Self.row("abcdefgh", 5, "long"), Self.row("a", 6, "x")].map { .object($0) })
        #expect(lines == [
            "",
            "Name    Size Note",
            "----    ---- ----",
            "a          1 x",
            "bb        22 yy",
            "ccc        3 z",
            "ÄÖ         4",
            "abc...     5 long",
            "a          6 x",
            "",
        ])
    }

    @Test func trailingSpacesAreTrimmedAsCharacters() {
        #expect(CellText.trimmingTrailingSpaces(Array("ab  ".utf8)) == "ab")
        #expect(CellText.trimmingTrailingSpaces(Array("    ".utf8)) == "")
        #expect(CellText.trimmingTrailingSpaces(Array("é ".utf8)) == "é")
        // A prepended mark (Arabic number sign) takes the space after it into its character.
        #expect(CellText.trimmingTrailingSpaces(Array("x\u{600}  ".utf8)) == "x\u{600} ")
        #expect(CellText.trimmingTrailingSpaces("x\u{600}  ") == "x\u{600} ")
        #expect(CellText.fit("abcdef", width: 4) == "a...")
        #expect(CellText.fit("ab\ncd", width: 10) == "ab...")
        #expect(CellText.pad("ä", to: 3, right: true) == "  ä")
    }
}
