import Testing
@testable import PowerShellSyntax

/// A script parsed for streaming gives the same statements, with the same positions, as a whole parse,
/// whether their trees were kept from the first pass or parsed again.
@Suite struct ScriptStatementStreamTests {
    static func drain(_ stream: ScriptStatementStream) throws -> [Statement] {
        var statements: [Statement] = []
        while let statement = try stream.next() { statements.append(statement) }
        return statements
    }

    /// A script longer than the retained budget, so that most statements are parsed a second time.
    static let longScript: String = {
        let lines = [
            "Get-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA | Select-Object -First 1 | Out-Null",
            "$kp = Get-Thing -Name 'a b' ; $n = @(1, 2, 3).Count",
            "if ($kp.PrimaryKeyId -ne 8) { Write-Warning \"key $($kp.PrimaryKeyId)\" } else { 'ok' }",
            "function f($a) { $a * 2 }",
            "$h = @{ k = 'v'; n = 1 }   # a comment",
            "foreach ($i in 1..3) {\n  $i `\n    + 1\n}",
        ]
        var text = "param($Name = 'x')\n"
        var index = 0
        while text.utf8.count < ScriptStatementStream.retainedTextBudget * 2 {
            text += lines[index % lines.count] + "\n"
            index += 1
        }
        return text + "'last'"
    }()

    @Test func streamedStatementsEqualTheWholeParseBeyondTheRetainedBudget() throws {
        let whole = try Parser.parse(Self.longScript)
        let stream = try ScriptStatementStream(parsing: Self.longScript)
        #expect(stream.isStreamed)
        #expect(stream.header.parameters?.map(\.name) == ["Name"])
        #expect(stream.header.span == whole.span)
        let streamed = try Self.drain(stream)
        #expect(streamed.count == whole.endBlock.count)
        #expect(streamed == whole.endBlock)
        #expect(try stream.next() == nil)
    }

    @Test func nonAsciiTextKeepsUtf8OffsetsAndScalarColumns() throws {
        var text = ""
        for index in 0..<(ScriptStatementStream.retainedTextBudget / 8) { text += "$x\(index) = 'é日本'\n" }
        text += "Get-Thing -Name 'ü' | Out-Null"
        let whole = try Parser.parse(text)
        let streamed = try Self.drain(try ScriptStatementStream(parsing: text))
        #expect(streamed == whole.endBlock)
        let last = try #require(streamed.last)
        #expect(last.span.column == 1)
        #expect(last.span.start == text.utf8.count - "Get-Thing -Name 'ü' | Out-Null".utf8.count)
    }

    @Test func aParseErrorOnTheLastLineIsThrownBeforeAnyStatementIsGiven() {
        let text = Self.longScript + "\n$x = (1 +"
        #expect(throws: ParseError.self) { try ScriptStatementStream(parsing: text) }
        do {
            _ = try ScriptStatementStream(parsing: text)
        } catch {
            #expect(error.span.line == text.split(separator: "\n", omittingEmptySubsequences: false).count)
            #expect(error.isIncompleteInput)
        }
    }

    /// A small budget for the tests below, so that their scripts stay small in a debug build.
    static let smallBudget = 16 << 10

    static func stream(_ text: String) throws(ParseError) -> ScriptStatementStream {
        try ScriptStatementStream(parsing: ScriptText(text), retaining: smallBudget)
    }

    /// Over four budgets long, so that the second half is checked on another thread during the first pass.
    static func halvedScript(middle: String) -> String {
        var text = "param($Name = 'x')\n"
        // ASCII: UTF-8 bytes are scalars, and `utf8.count` does not walk the text (the loops stay linear).
        // The middle part straddles the middle of the text, where the second half's check starts.
        while text.utf8.count < smallBudget * 5 / 2 - middle.utf8.count / 2 {
            text += "$a = 1; Get-Thing -Name x | Out-Null\n"
        }
        text += middle
        while text.utf8.count < smallBudget * 5 {
            text += "if ($a) {\n  'yes'\n} elseif ($b) { 2 }\n#Requires -Modules X\nforeach ($i in 1..2) {\n  $i `\n    + 1\n}\n"
        }
        return text + "'end'"
    }

    @Test func aLongScriptCheckedInTwoHalvesGivesTheWholeParse() throws {
        let text = Self.halvedScript(middle: "")
        let whole = try Parser.parse(text)
        let stream = try Self.stream(text)
        // Whether the halves met depends on thread timing (`checkedInHalves`); the result must not.
        #expect(stream.header.requires == whole.requires)
        #expect(stream.header.requires.count > 1)
        #expect(try Self.drain(stream) == whole.endBlock)
    }

    @Test func aSecondHalfThatStartsInsideABlockOrAStringStillGivesTheWholeParse() throws {
        // The middle of the text falls inside a long here-string, then inside a long block.
        for middle in ["here-string", "block"] {
            var body = ""
            if middle == "here-string" {
                body = "$s = @'\n"
                for index in 0..<300 { body += "line \(index) } { ) ( 'x\n" }
                body += "'@\n"
            } else {
                body = "function g {\n"
                for index in 0..<300 { body += "  $v\(index) = \(index)\n" }
                body += "}\n"
            }
            let text = Self.halvedScript(middle: body)
            let whole = try Parser.parse(text)
            let stream = try Self.stream(text)
            #expect(try Self.drain(stream) == whole.endBlock)
        }
    }

    @Test func aParseErrorInTheSecondHalfIsTheErrorOfTheWholeParse() {
        let text = Self.halvedScript(middle: "") + "\n$x = @(1,"
        var expected: ParseError?
        do { _ = try Parser.parse(text) } catch { expected = error }
        var streamed: ParseError?
        do { _ = try Self.stream(text) } catch { streamed = error }
        #expect(expected != nil)
        #expect(streamed == expected)
    }

    @Test func aStreamLeftBeforeItsEndStopsParsingAhead() throws {
        let text = Self.halvedScript(middle: "")
        for _ in 0..<3 {
            let stream = try Self.stream(text)
            var taken = 0
            while taken < 1000, try stream.next() != nil { taken += 1 }
            #expect(taken == 1000)
        }
    }

    @Test func namedBlocksAreNotStreamedAndKeepTheWholeTree() throws {
        let text = "param($a)\nbegin { 1 }\nprocess { $_ }\nend { 2 }"
        let stream = try ScriptStatementStream(parsing: text)
        #expect(!stream.isStreamed)
        #expect(stream.header == (try Parser.parse(text)))
        #expect(try stream.next() == nil)
    }

    @Test func requiresLinesAreCollectedFromTheWholeScript() throws {
        let text = Self.longScript + "\n#Requires -Version 5.1\n"
        let stream = try ScriptStatementStream(parsing: text)
        #expect(stream.header.requires == (try Parser.parse(text)).requires)
        #expect(stream.header.requires.count == 1)
    }
}
