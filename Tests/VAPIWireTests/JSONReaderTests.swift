import Testing
@testable import VAPIWire

@Suite struct JSONReaderTests {
    @Test func readsNestedDocumentKeepingIntegersApartFromDoubles() throws {
        let value = try JSONReader.read(#" {"a":[1,2.5,-3e2,"x",true,false,null],"b":{}} "#)
        #expect(value["a"] == .array([.integer(1), .double(2.5), .double(-300), .string("x"), .bool(true), .bool(false), .null]))
        #expect(value["b"] == .object([]))
    }

    @Test func readsEscapesAndSurrogatePairs() throws {
        let value = try JSONReader.read(#""a\"b\\c\/d\n\u00e9\ud83d\ude00""#)
        #expect(value == .string("a\"b\\c/d\n\u{e9}\u{1F600}"))
    }

    @Test func anIntegerBeyond64BitsIsADouble() throws {
        #expect(try JSONReader.read("123456789012345678901234") == .double(try #require(Double("123456789012345678901234"))))
    }

    /// Hostile bodies end with an error, never a crash or a runaway recursion.
    @Test(arguments: [
        ("", "unexpected end of input"), ("{", "expected a member name"), ("[1,]", "unexpected character ']'"),
        (#"{"a" 1}"#, "expected ':' after a member name"), ("[1] 2", "unexpected text after the document"),
        (#""\x""#, "invalid escape"), (#""\ud800""#, "unpaired surrogate"), ("01", "unexpected text after the document"),
        ("tru", "unexpected word"), ("\"a\u{01}\"", "control character in a string"), ("1e999", "number out of range"),
    ])
    func refusesMalformedInput(text: String, reason: String) {
        #expect(throws: JSONReadError.self) { try JSONReader.read(text) }
        do {
            _ = try JSONReader.read(text)
        } catch {
            #expect(error.reason == reason)
        }
    }

    @Test func refusesNestingDeeperThanTheLimit() throws {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        do {
            _ = try JSONReader.read(deep)
            Issue.record("a document nested 100,000 deep was accepted")
        } catch {
            #expect(error.reason == "nesting deeper than 64 levels")
            #expect(error.offset == 64)
        }
        let allowed = String(repeating: "[", count: 64) + String(repeating: "]", count: 64)
        #expect(throws: Never.self) { try JSONReader.read(allowed) }
    }

    @Test func refusesInvalidUTF8InStrings() {
        #expect(throws: JSONReadError.self) { try JSONReader.read([0x22, 0xFF, 0x22]) }
    }

    @Test func writerEscapesWhatJSONRequiresAndReadsBack() throws {
        let value = JSONValue.object([JSONMember("k\"", .array([.string("a\nb\t\u{01}\\"), .integer(-5), .double(0.5), .null, .bool(true)]))])
        let text = JSONWriter.string(value)
        #expect(text == #"{"k\"":["a\nb\t\u0001\\",-5,0.5,null,true]}"#)
        #expect(try JSONReader.read(text) == value)
    }
}
