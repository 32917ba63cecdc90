import Testing

/// The harness itself: a malformed case is reported, a wrong expectation fails, errors are cut as 5.1 shows them.
@Suite struct ConformanceHarnessTests {
    static let sample = """
    commentary before the first case
    ### two-lines
    # source: PS:test/x.Tests.ps1 ("an It block")
    # differs: not really, a note
    'a'; 'b'
    --- output
    a
    b

    ### with-error
    # source: DOCS:reference/5.1/y.md
    # note: anything
    $x.Foo()
    --- output
    --- error
    You cannot call a method on a null-valued expression.
        + FullyQualifiedErrorId : InvokeMethodOnNull
    """

    @Test func aFileParsesIntoItsCasesWithSourcesScriptsAndSections() {
        let parsed = ConformanceCorpus.parse(Self.sample, file: "area.txt")
        #expect(parsed.problems.isEmpty)
        #expect(parsed.cases.map(\.name) == ["two-lines", "with-error"])
        #expect(parsed.cases[0].sources == ["PS:test/x.Tests.ps1 (\"an It block\")"])
        #expect(parsed.cases[0].differs == "not really, a note")
        #expect(parsed.cases[0].script == "'a'; 'b'")
        #expect(parsed.cases[0].expectedOutput == ["a", "b"])
        #expect(parsed.cases[0].line == 2)
        #expect(parsed.cases[1].expectedOutput == [])
        #expect(parsed.cases[1].expectedErrors == [ExpectedError(message: ["You cannot call a method on a null-valued expression."], fullyQualifiedErrorId: "InvokeMethodOnNull")])
    }

    @Test func aCaseWithoutSourceOrOutputSectionIsAProblem() {
        let noSource = ConformanceCorpus.parse("### a\n1\n--- output\n1\n", file: "x.txt")
        #expect(noSource.cases.isEmpty)
        #expect(noSource.problems == ["x.txt:1: case 'a' names no '# source:'"])
        let noOutput = ConformanceCorpus.parse("### b\n# source: s\n1\n", file: "x.txt")
        #expect(noOutput.problems == ["x.txt:1: case 'b' has no '--- output' section"])
        let twoOutputs = ConformanceCorpus.parse("### c\n# source: s\n1\n--- output\n1\n--- output\n", file: "x.txt")
        #expect(twoOutputs.problems.count == 1)
    }

    @Test func aTableDashLineIsOutputNotASection() {
        let parsed = ConformanceCorpus.parse("### t\n# source: s\n'x'\n--- output\nabc  bcd\n---  ---\n1    2\n", file: "x.txt")
        #expect(parsed.problems.isEmpty)
        #expect(parsed.cases.first?.expectedOutput == ["abc  bcd", "---  ---", "1    2"])
    }

    @Test func displayedErrorsAreCutIntoMessageAndIdInBothOrders() {
        let lines = [
            "Select-Object : Property \"Foo\" cannot be found.",
            "At line:1 char:8",
            "+ 1 | Select-Object -ExpandProperty Foo",
            "+     ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~",
            "    + CategoryInfo          : InvalidArgument: (1:Int32) [Select-Object], PSArgumentException",
            "    + FullyQualifiedErrorId : ExpandPropertyNotFound,Microsoft.PowerShell.Commands.SelectObjectCommand",
            " ",
            "At line:1 char:3",
            "+ 1 +",
            "+   ~",
            "You must provide a value expression following the '+' operator.",
            "    + CategoryInfo          : ParserError: (:) [], ParentContainsErrorRecordException",
            "    + FullyQualifiedErrorId : ExpectedValueExpression",
        ]
        let records = DisplayedError.records(in: lines)
        #expect(records == [
            DisplayedError(message: ["Select-Object : Property \"Foo\" cannot be found."], fullyQualifiedErrorId: "ExpandPropertyNotFound,Microsoft.PowerShell.Commands.SelectObjectCommand"),
            DisplayedError(message: ["You must provide a value expression following the '+' operator."], fullyQualifiedErrorId: "ExpectedValueExpression"),
        ])
        #expect(records[0].matches(ExpectedError(message: ["Select-Object : Property * cannot be found."], fullyQualifiedErrorId: nil)))
        #expect(!records[0].matches(ExpectedError(message: ["Select-Object : Property \"Bar\" cannot be found."], fullyQualifiedErrorId: nil)))
        #expect(!records[0].matches(ExpectedError(message: ["Select-Object : Property * cannot be found."], fullyQualifiedErrorId: "Other")))
    }

    @Test func globStarMatchesAnyRunAndNothingElseIsSpecial() {
        #expect(Glob.matches("a*c", "abbbc"))
        #expect(Glob.matches("a*", "a"))
        #expect(Glob.matches("*[System.String]*", "x [System.String] y"))
        #expect(!Glob.matches("a?c", "abc"))
        #expect(!Glob.matches("a*c*d", "acx"))
        #expect(Glob.matches("ab*ab", "abab"))
        #expect(!Glob.matches("ab*ab", "aba"))
    }

    @Test func aCaseWhoseOutputOrErrorsDifferFailsAndADifferingCaseIsReportedApart() throws {
        let parsed = ConformanceCorpus.parse("""
        ### right
        # source: s
        'a' + 'b'
        --- output
        ab
        ### wrong-output
        # source: s
        'a' + 'b'
        --- output
        ba
        ### unexpected-error
        # source: s
        $null.Foo()
        --- output
        ### missing-error
        # source: s
        'x'
        --- output
        x
        --- error
        boom
        ### deliberate
        # source: s
        # differs: a reason
        'y'
        --- output
        y
        """, file: "t.txt")
        let verdicts = parsed.cases.map { ConformanceRunner.run($0).verdict }
        #expect(verdicts == [.passed, .failed, .failed, .failed, .differs(met: true)])
        let report = ConformanceReport(outcomes: parsed.cases.map(ConformanceRunner.run))
        #expect(report.passed == 1 && report.failed == 3 && report.differing == 1)
        #expect(report.table.contains("| t | 5 | 1 | 3 | 1 |"))
        #expect(report.text.contains("- ba"))
        #expect(report.text.contains("+ ab"))
    }

    @Test func theLineDiffMarksExpectedAndPrintedLines() {
        #expect(LineDiff.lines(expected: ["a", "b", "c"], actual: ["a", "x", "c"]) == ["  a", "- b", "+ x", "  c"])
    }
}
