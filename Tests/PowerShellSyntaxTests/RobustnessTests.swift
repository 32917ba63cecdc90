import Testing
import PowerShellSyntax

/// Hostile input must give a tree or a ParseError: never a crash, a hang or a stack overflow.
@Suite struct RobustnessTests {
    static let fragments = [
        "(", ")", "{", "}", "[", "]", "@(", "@{", "$(", ",", ";", "|", "||", "&", "&&", "'", "\"", "`", "$", "${",
        "@'\n", "@\"\n", "\n'@", "\n\"@", "<#", "#>", "#", "-", "--", "-x", "-x:", "--%", ">", ">>", "2>&1", "<",
        "1", "-5", "0x", "0xZZ", "1e", "1kb", "99999999999999999999999", ".", "..", "::", "=", "+=", "??", "?", ":",
        "!", "-not", "-eq", "-f", "if", "else", "elseif", "switch", "foreach", "for", "while", "do", "until", "try",
        "catch", "finally", "trap", "function", "filter", "param", "begin", "process", "end", "return", "throw",
        "break", "continue", "exit", "class", "in", "default", "$x", "$x.", "$x[", "@x", "[int]", "[int", "Get-Foo",
        "a", " ", "\t", "\n", "\r", "\r\n", "\u{0}", "\u{FFFD}", "日本", "\u{1F600}", "\u{2013}", "\u{2018}", "\u{201C}",
        "$env:", "${}", "`u{", "`u{110000}", "\"$(", "a,", "{param(", "[Parameter(", "-Name:",
    ]

    /// Deterministic pseudo-random generator (xorshift) so that failures reproduce.
    struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return state
        }
        mutating func pick<T>(_ items: [T]) -> T { items[Int(next() % UInt64(items.count))] }
    }

    static func hostileCorpus(count: Int) -> [String] {
        var generator = Generator(state: 0x9E37_79B9_7F4A_7C15)
        var lines: [String] = []
        for _ in 0..<count {
            let length = Int(generator.next() % 12) + 1
            var line = ""
            for _ in 0..<length { line += generator.pick(fragments) }
            lines.append(line)
        }
        return lines
    }

    @Test func hostileCorpusOfGeneratedLinesNeverCrashes() {
        let corpus = RobustnessTests.hostileCorpus(count: 2_000)
        var parsed = 0
        var failed = 0
        for line in corpus {
            do {
                _ = try Parser.parse(line)
                parsed += 1
            } catch {
                failed += 1
                #expect(!error.errorId.isEmpty)
                #expect(!error.message.isEmpty)
                #expect(error.span.line >= 1 && error.span.column >= 1)
                #expect(error.span.start <= error.span.end)
                #expect(error.span.end <= line.utf8.count)
            }
            _ = Parser.isIncomplete(line)
        }
        #expect(parsed + failed == corpus.count)
        #expect(parsed > 0)
        #expect(failed > 0)
    }

    @Test func everyFragmentAloneAndDoubledParsesOrFails() {
        for fragment in RobustnessTests.fragments {
            for source in [fragment, fragment + fragment, "Get-Foo " + fragment, "$x = " + fragment, "\"" + fragment + "\""] {
                _ = parseError(source)
            }
        }
    }

    static let deepInputs: [String] = [
        String(repeating: "(", count: 10_000) + "1" + String(repeating: ")", count: 10_000),
        String(repeating: "(", count: 10_000),
        String(repeating: "[", count: 10_000),
        "$a" + String(repeating: "[", count: 10_000),
        "[" + String(repeating: "a[", count: 10_000),
        String(repeating: "{", count: 10_000),
        String(repeating: "@(", count: 10_000),
        String(repeating: "$(", count: 10_000),
        String(repeating: "@{a=", count: 10_000),
        String(repeating: "\"$(", count: 10_000),
        String(repeating: ",", count: 10_000) + "1",
        String(repeating: "-not ", count: 10_000) + "1",
        String(repeating: "!", count: 10_000) + "1",
        String(repeating: "[int]", count: 10_000) + "1",
        String(repeating: "$a = ", count: 10_000) + "1",
        String(repeating: "1 ? ", count: 10_000) + "1",
        String(repeating: "if (1) {", count: 10_000),
        String(repeating: "& {", count: 10_000),
        "Write-Output " + String(repeating: "a$(", count: 10_000),
        String(repeating: "$x.", count: 10_000) + "y",
        String(repeating: "$x[0]", count: 10_000),
    ]

    @Test(arguments: 0..<deepInputs.count)
    func tenThousandDeepNestingFailsCleanly(_ index: Int) {
        let source = RobustnessTests.deepInputs[index]
        if let error = parseError(source) {
            #expect(!error.errorId.isEmpty)
        }
    }

    @Test func deepNestingBeyondTheLimitIsAParseError() {
        let source = String(repeating: "(", count: 5_000) + "1" + String(repeating: ")", count: 5_000)
        #expect(parseError(source)?.errorId == "ScriptTooDeeplyNested")
    }

    @Test func moderateNestingStillParses() throws {
        let source = String(repeating: "(", count: 100) + "1" + String(repeating: ")", count: 100)
        _ = try Parser.parse(source)
        let blocks = String(repeating: "{", count: 100) + String(repeating: "}", count: 100)
        _ = try Parser.parse(blocks)
    }

    @Test func megabyteLinesParse() throws {
        let word = String(repeating: "a", count: 1 << 20)
        let command = try Parser.parse("Write-Output " + word)
        #expect(command.endBlock.count == 1)
        let string = try Parser.parse("'" + word + "'")
        #expect(string.endBlock.count == 1)
        let sum = try Parser.parse(Array(repeating: "1", count: 500).joined(separator: "+"))
        #expect(sum.endBlock.count == 1)
        let longSum = parseError(Array(repeating: "1", count: 100_000).joined(separator: "+"))
        #expect(longSum?.errorId == "ScriptTooDeeplyNested")
        let array = try Parser.parse(Array(repeating: "1", count: 100_000).joined(separator: ","))
        #expect(array.endBlock.count == 1)
        let unterminated = parseError("\"" + word)
        #expect(unterminated?.errorId == "TerminatorExpectedAtEndOfString")
        let comment = try Parser.parse("#" + word)
        #expect(comment.endBlock.isEmpty)
    }

    @Test func nulBytesAndReplacementCharactersAreHandled() {
        for source in ["\u{0}", "Get-Foo \u{0}", "'\u{0}'", "\"\u{0}\"", "$x\u{0}", "\u{FFFD}\u{FFFD}", "Write-Output \u{FFFD}",
                       "$\u{FFFD}", "\"\u{FFFD}$x\"", "\u{FFFE}", "[\u{0}]"] {
            _ = parseError(source)
        }
        let decoded = String(decoding: [0x24, 0xFF, 0xFE, 0x78, 0xED, 0xA0, 0x80], as: UTF8.self)
        _ = parseError(decoded)
        _ = parseError("Get-Foo " + decoded)
    }

    @Test func hugeNumbersBecomeDoublesNotTraps() throws {
        #expect(rendered("99999999999999999999999") == "1e+23D")
        #expect(rendered("Write-Output 99999999999999999999999") == "(cmd Write-Output 1e+23D)")
        #expect(rendered("9223372036854775807") == "9223372036854775807L")
        #expect(rendered("9223372036854775808") == "9.223372036854776e+18D")
        #expect(rendered("8589934592pb") == "9.671406556917033e+24D")
        #expect(rendered("0xFFFFFFFFFFFFFFFF") == "-1L")
        _ = parseError("0x" + String(repeating: "F", count: 100))
        _ = parseError("1" + String(repeating: "0", count: 400))
        _ = parseError("1e99999")
    }

    @Test func manyPowerCliLinesParseQuickly() throws {
        let lines = [
            "$vTA = Get-TrustAuthorityCluster 'vTA Cluster'",
            "New-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA -PrimaryKeyId 8 -Name clkp -KmipServerAddress 192.168.110.91",
            "$kp = Get-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA | Select-Object -Last 1",
            "Get-TrustAuthorityKeyProviderServerCertificate -KeyProviderServer $kp.KeyProviderServers",
            "$cert.Certificate.ToString()",
        ]
        let count = 20_000
        let script = (0..<count).map { lines[$0 % lines.count] }.joined(separator: "\n")
        let clock = ContinuousClock()
        var statements = 0
        let elapsed = try clock.measure {
            statements = try Parser.parse(script).endBlock.count
        }
        #expect(statements == count)
        // Linear time: generous even for a debug build on a loaded machine.
        #expect(elapsed < .seconds(30))
    }
}
