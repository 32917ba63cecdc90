import Testing
import PowerShellSyntax

/// An input, the error PowerShell reports for it, and where.
struct ErrorCase: Sendable, CustomTestStringConvertible {
    let source: String
    let errorId: String
    let line: Int
    let column: Int
    let incomplete: Bool
    init(_ source: String, _ errorId: String, _ line: Int, _ column: Int, incomplete: Bool) {
        self.source = source
        self.errorId = errorId
        self.line = line
        self.column = column
        self.incomplete = incomplete
    }
    var testDescription: String { source }
}

@Suite struct ParseErrorTests {
    static let cases: [ErrorCase] = [
        ErrorCase("{", "MissingEndCurlyBrace", 1, 1, incomplete: true),
        ErrorCase("if ($true) {", "MissingEndCurlyBrace", 1, 12, incomplete: true),
        ErrorCase("function f {\n  1\n", "MissingEndCurlyBrace", 1, 12, incomplete: true),
        ErrorCase("(1 + 2", "MissingEndParenthesisInExpression", 1, 7, incomplete: true),
        ErrorCase("(1; 2)", "MissingEndParenthesisInExpression", 1, 3, incomplete: false),
        ErrorCase("$a[0", "MissingEndSquareBracket", 1, 5, incomplete: true),
        ErrorCase("$a[]", "MissingArrayIndexExpression", 1, 4, incomplete: false),
        ErrorCase("\"abc", "TerminatorExpectedAtEndOfString", 1, 1, incomplete: true),
        ErrorCase("'abc", "TerminatorExpectedAtEndOfString", 1, 1, incomplete: true),
        ErrorCase("x = \"a\nb", "TerminatorExpectedAtEndOfString", 1, 5, incomplete: true),
        ErrorCase("@'\nabc", "TerminatorExpectedAtEndOfString", 1, 1, incomplete: true),
        ErrorCase("@\"\nabc $x", "TerminatorExpectedAtEndOfString", 1, 1, incomplete: true),
        ErrorCase("@\"abc\"@", "UnexpectedCharactersAfterHereStringHeader", 1, 3, incomplete: false),
        ErrorCase("<# x", "MissingTerminatorMultiLineComment", 1, 1, incomplete: true),
        ErrorCase("}", "UnexpectedToken", 1, 1, incomplete: false),
        ErrorCase("1 2 +)", "UnexpectedToken", 1, 3, incomplete: false),
        ErrorCase("$x = 5 6", "UnexpectedToken", 1, 8, incomplete: false),
        ErrorCase("Get-Foo )", "UnexpectedToken", 1, 9, incomplete: false),
        ErrorCase("1 -eq", "ExpectedValueExpression", 1, 6, incomplete: true),
        ErrorCase("1 +", "ExpectedValueExpression", 1, 4, incomplete: true),
        ErrorCase("1 -eq )", "ExpectedValueExpression", 1, 6, incomplete: false),
        ErrorCase("$x =", "ExpectedValueExpression", 1, 5, incomplete: true),
        ErrorCase("Get-Foo |", "EmptyPipeElement", 1, 10, incomplete: true),
        ErrorCase("Get-Foo | | x", "EmptyPipeElement", 1, 10, incomplete: false),
        ErrorCase("| x", "EmptyPipeElement", 1, 1, incomplete: false),
        ErrorCase("1 | 2", "ExpressionsMustBeFirstInPipeline", 1, 5, incomplete: false),
        ErrorCase("Get-Foo | $x", "ExpressionsMustBeFirstInPipeline", 1, 11, incomplete: false),
        ErrorCase("-not", "MissingExpressionAfterOperator", 1, 5, incomplete: true),
        ErrorCase("!)", "MissingExpressionAfterOperator", 1, 2, incomplete: false),
        ErrorCase("if", "MissingOpenParenthesisInIfStatement", 1, 3, incomplete: true),
        ErrorCase("if ()", "IfStatementMissingCondition", 1, 5, incomplete: false),
        ErrorCase("if ($a", "MissingEndParenthesisAfterStatement", 1, 7, incomplete: true),
        ErrorCase("if ($a) 1", "MissingStatementBlock", 1, 8, incomplete: false),
        ErrorCase("if ($a) {} else", "MissingStatementBlockAfterElse", 1, 16, incomplete: true),
        ErrorCase("while ()", "MissingExpressionAfterKeyword", 1, 8, incomplete: false),
        ErrorCase("while ($a)", "MissingLoopStatement", 1, 11, incomplete: true),
        ErrorCase("foreach (x in $y) {}", "MissingVariableNameAfterForeach", 1, 10, incomplete: false),
        ErrorCase("foreach ($x $y) {}", "MissingInInForeach", 1, 12, incomplete: false),
        ErrorCase("foreach ($x in) {}", "MissingForeachExpression", 1, 15, incomplete: false),
        ErrorCase("do {}", "MissingWhileOrUntilInDoWhile", 1, 6, incomplete: true),
        ErrorCase("try {}", "MissingCatchOrFinally", 1, 7, incomplete: true),
        ErrorCase("switch ($x) {", "MissingEndCurlyBrace", 1, 13, incomplete: true),
        ErrorCase("switch ($x) { a }", "MissingSwitchStatementClause", 1, 16, incomplete: false),
        ErrorCase("switch -foo ($x) {}", "InvalidSwitchFlag", 1, 8, incomplete: false),
        ErrorCase("switch ($x) { default {} default {} }", "MultipleSwitchDefaultClauses", 1, 26, incomplete: false),
        ErrorCase("function", "MissingNameAfterKeyword", 1, 9, incomplete: true),
        ErrorCase("function f", "MissingFunctionBody", 1, 11, incomplete: true),
        ErrorCase("function f($a { }", "MissingEndParenthesisInFunctionParameterList", 1, 14, incomplete: false),
        ErrorCase("function f($a) { param($b) }", "OnlyOneParameterListAllowed", 1, 16, incomplete: false),
        ErrorCase("gcm ,", "MissingArgument", 1, 6, incomplete: true),
        ErrorCase("Get-Foo a,", "MissingArgument", 1, 11, incomplete: true),
        ErrorCase("Get-Foo 2,,1", "MissingArgument", 1, 11, incomplete: false),
        ErrorCase("1,2,", "MissingExpressionAfterToken", 1, 5, incomplete: true),
        ErrorCase("1,,2", "MissingExpressionAfterToken", 1, 3, incomplete: false),
        ErrorCase("@{ a 1 }", "MissingEqualsInHashLiteral", 1, 5, incomplete: false),
        ErrorCase("@{ a = 1", "IncompleteHashLiteral", 1, 9, incomplete: true),
        ErrorCase("@{ a = }", "MissingStatementInHashLiteral", 1, 7, incomplete: false),
        ErrorCase("$", "InvalidVariableReference", 1, 1, incomplete: false),
        ErrorCase("${}", "EmptyVariableReference", 1, 1, incomplete: false),
        ErrorCase("${abc", "IncompleteDollarVariableReference", 1, 1, incomplete: true),
        ErrorCase("1 = 2", "InvalidLeftHandSide", 1, 1, incomplete: false),
        ErrorCase("5++", "OperatorRequiresVariableOrProperty", 1, 1, incomplete: false),
        ErrorCase("$x.", "MissingPropertyName", 1, 4, incomplete: true),
        ErrorCase("$x.Foo(", "MissingEndParenthesisInMethodCall", 1, 8, incomplete: true),
        ErrorCase("$x.Foo(1 2)", "MissingEndParenthesisInMethodCall", 1, 9, incomplete: false),
        ErrorCase("[int", "EndSquareBracketExpectedAtEndOfAttribute", 1, 5, incomplete: true),
        ErrorCase("[", "MissingTypename", 1, 2, incomplete: true),
        ErrorCase("()", "ExpectedExpression", 1, 2, incomplete: false),
        ErrorCase("$(1", "MissingEndParenthesisInSubexpression", 1, 4, incomplete: true),
        ErrorCase("\"$(1 + \"", "TerminatorExpectedAtEndOfString", 1, 8, incomplete: true),
        ErrorCase("Get-Foo >", "MissingFileSpecification", 1, 10, incomplete: true),
        ErrorCase("Get-Foo < x", "RedirectionNotSupported", 1, 9, incomplete: false),
        ErrorCase("$a ? 1", "MissingColonInTernaryExpression", 1, 7, incomplete: true),
        ErrorCase("class Foo {}", "ReservedKeywordNotAllowed", 1, 1, incomplete: false),
        ErrorCase("\"`u{110000}\"", "InvalidUnicodeEscapeSequenceValue", 1, 2, incomplete: false),
        ErrorCase("\"`u{}\"", "InvalidUnicodeEscapeSequence", 1, 2, incomplete: false),
        ErrorCase("Write-Output @splat,1", "SplattingNotPermittedInArgumentList", 1, 14, incomplete: false),
        ErrorCase("$x = @splat", "SplattingNotPermitted", 1, 6, incomplete: false),
        ErrorCase("Get-Foo `", "IncompleteLineContinuation", 1, 9, incomplete: true),
    ]

    @Test(arguments: cases)
    func errorHasPowerShellIdPositionAndCompleteness(_ c: ErrorCase) {
        guard let error = parseError(c.source) else {
            Issue.record("parsed without error")
            return
        }
        #expect(error.errorId == c.errorId)
        #expect(error.span.line == c.line)
        #expect(error.span.column == c.column)
        #expect(error.isIncompleteInput == c.incomplete)
        #expect(Parser.isIncomplete(c.source) == c.incomplete)
    }

    static let messages: [(String, String)] = [
        ("{", "Missing closing '}' in statement block or type definition."),
        ("(1", "Missing closing ')' in expression."),
        ("$a[1", "Missing ']' after array index expression."),
        ("\"abc", "The string is missing the terminator: \"."),
        ("'abc", "The string is missing the terminator: '."),
        ("<# x", "The terminator '#>' is missing from the multiline comment."),
        ("1 2", "Unexpected token '2' in expression or statement."),
        ("$a -eq", "You must provide a value expression following the '-eq' operator."),
        ("$a -CEQ", "You must provide a value expression following the '-CEQ' operator."),
        ("a | | b", "An empty pipe element is not allowed."),
        ("-not", "Missing expression after unary operator '-not'."),
        ("gcm ,", "Missing argument in parameter list."),
        ("@{ a 1 }", "Missing '=' operator after key in hash literal."),
        ("if ()", "Missing condition in if statement after 'if ('."),
        ("while ()", "Missing expression after 'while' in loop."),
        ("$", "Variable reference is not valid. '$' was not followed by a valid variable name character. Consider using ${} to delimit the name."),
        ("${}", "An empty ${} variable reference was found. A name is required inside the braces."),
        ("1 | 2", "Expressions are only allowed as the first element of a pipeline."),
    ]

    @Test func messagesAreThePowerShellTexts() {
        for (source, message) in ParseErrorTests.messages {
            #expect(parseError(source)?.message == message, "\(source)")
        }
    }

    @Test func errorSpanOfUnterminatedStringCoversTheRestOfTheInput() {
        let error = parseError("$x = \"abc")
        #expect(error?.span.start == 5)
        #expect(error?.span.end == 9)
    }

    /// PowerShell's parser goes on after an error in a statement and reports every error (ParseException.Errors,
    /// PS:src/System.Management.Automation/utils/ParserException.cs): the first leads, the others follow in order.
    @Test func everyErrorOfTheInputIsReported() {
        let error = parseError("1 + ;\n$x = (2 *)\nfunction f {\n  3 -\n}\nif (1 { }")
        #expect(error?.all.map(\.errorId) == ["ExpectedValueExpression", "ExpectedValueExpression", "ExpectedValueExpression", "MissingEndParenthesisAfterStatement"])
        #expect(error?.all.map(\.span.line) == [1, 2, 4, 6])
        #expect(error?.isIncompleteInput == false)
        // A statement after one that failed on the same line is parsed too.
        #expect(parseError("Write-Output 1 ) ; 'x' 2")?.all.map(\.message) == ["Unexpected token ')' in expression or statement.", "Unexpected token '2' in expression or statement."])
    }

    /// The first error decides whether more input could complete the text (AutomationEngine.cs): a real error
    /// followed by an open block is not incomplete input.
    @Test func theFirstErrorDecidesIncompleteness() {
        #expect(!Parser.isIncomplete("1 + ;\nif ($a) {"))
        #expect(parseError("1 + ;\nif ($a) {")?.following.first?.isIncompleteInput == true)
    }

    /// A long script (parsed by the streaming scan) reports every error too.
    @Test func aStreamedScriptReportsEveryError() {
        let filler = String(repeating: "$a = 1\n", count: 60_000)
        do {
            _ = try ScriptStatementStream(parsing: "1 + ;\n" + filler + "2 * ;\n")
            Issue.record("no error")
        } catch {
            #expect(error.all.map(\.span.line) == [1, 60_002])
        }
    }

    /// A statement may follow one that ends with its own block on the same line (Parser.cs StatementListRule
    /// checks no separator): `trap { } 'x'`, `if ($a) { } 'x'`.
    @Test func aStatementMayFollowABlockOnItsLine() {
        #expect(parseError("trap { 't'; continue } 'hello'; if ($a) { 1 } else { 2 } 'after'") == nil)
        #expect(parseError("$x = 1 'y'")?.errorId == "UnexpectedToken")
    }

    @Test func errorsOnLaterLinesReportThatLine() {
        let error = parseError("Get-Foo\n$x = 1 +\n)")
        #expect(error?.errorId == "ExpectedValueExpression")
        #expect(error?.span.line == 2)
        #expect(error?.span.column == 9)
    }
}

@Suite struct IncompleteInputTests {
    static let incomplete = [
        "{", "\"abc", "1 +", "Get-Foo |", "@'", "@'\nabc", "@\"\nx", "Get-Foo `", "(", "$(", "@(", "@{", "if ($a) {",
        "function f {", "'abc", "$a[", "1,", "1 -and", "foreach ($x in $y) {", "<# comment", "switch ($x) {",
        "try {", "do {", "$x = ", "Get-Foo -Name a,", "\"$(1 +", "[int", "${a",
    ]
    static let complete = [
        "}", "1 2 +)", "Get-Foo", "1 + 2", "\"abc\"", "if ($a) { 1 }", "$x = 1", "Get-Foo | Select-Object x",
        ")", "1 | 2", "if ()", "@{ a 1 }", "",
    ]

    @Test(arguments: incomplete)
    func inputThatEndsTooEarlyIsIncomplete(_ source: String) {
        #expect(Parser.isIncomplete(source))
    }

    @Test(arguments: complete)
    func finishedOrWrongInputIsNotIncomplete(_ source: String) {
        #expect(!Parser.isIncomplete(source))
    }
}
