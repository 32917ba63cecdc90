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
        while text.unicodeScalars.count < ScriptStatementStream.retainedTextBudget * 2 {
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
