/// The abstract syntax tree of a PowerShell script, as the parser produces it.
///
/// Every node is a value type. Nodes that the engine reports errors about carry a
/// ``SourceSpan`` so that the error can show `At line:L char:C` and a `~~~` marker.

/// Where a node stands in the parsed text.
public struct SourceSpan: Equatable, Hashable, Sendable {
    /// UTF-8 offset of the first byte of the node in the whole parsed text.
    public var start: Int
    /// UTF-8 offset one past the last byte of the node.
    public var end: Int
    /// 1-based line of `start`.
    public var line: Int
    /// 1-based column of `start`, counted in Unicode scalars from the start of its line.
    public var column: Int

    public init(start: Int, end: Int, line: Int, column: Int) {
        self.start = start
        self.end = end
        self.line = line
        self.column = column
    }

    public static let unknown = SourceSpan(start: 0, end: 0, line: 1, column: 1)
}

/// A script, a script block body or a function body.
public struct ScriptBlockAst: Equatable, Sendable {
    /// `[CmdletBinding()]` and other attributes written before `param(...)`.
    public var attributes: [AttributeAst]
    /// The `param(...)` block, or the parameters of `function f($a, $b)`; `nil` when none.
    public var parameters: [ParameterAst]?
    public var beginBlock: [Statement]?
    public var processBlock: [Statement]?
    /// The `end { }` block, or the whole body when no named blocks are used.
    public var endBlock: [Statement]
    /// `#Requires` lines, verbatim (without the `#`).
    public var requires: [String]
    public var span: SourceSpan

    public init(
        attributes: [AttributeAst] = [],
        parameters: [ParameterAst]? = nil,
        beginBlock: [Statement]? = nil,
        processBlock: [Statement]? = nil,
        endBlock: [Statement],
        requires: [String] = [],
        span: SourceSpan
    ) {
        self.attributes = attributes
        self.parameters = parameters
        self.beginBlock = beginBlock
        self.processBlock = processBlock
        self.endBlock = endBlock
        self.requires = requires
        self.span = span
    }
}

/// One parameter of a `param()` block or a function.
public struct ParameterAst: Equatable, Sendable {
    public var name: String
    /// The type constraint text as written, e.g. `string`, `int[]`, `switch`.
    public var typeName: String?
    public var attributes: [AttributeAst]
    public var defaultValue: Expression?
    public var span: SourceSpan

    public init(name: String, typeName: String?, attributes: [AttributeAst], defaultValue: Expression?, span: SourceSpan) {
        self.name = name
        self.typeName = typeName
        self.attributes = attributes
        self.defaultValue = defaultValue
        self.span = span
    }
}

/// `[Parameter(Mandatory = $true, Position = 0)]`, `[ValidateSet('a', 'b')]`, `[CmdletBinding()]`.
public struct AttributeAst: Equatable, Sendable {
    public var name: String
    public var positionalArguments: [Expression]
    /// `Mandatory` alone is written with a `nil` value and means `$true`.
    public var namedArguments: [NamedAttributeArgument]
    public var span: SourceSpan

    public init(name: String, positionalArguments: [Expression], namedArguments: [NamedAttributeArgument], span: SourceSpan) {
        self.name = name
        self.positionalArguments = positionalArguments
        self.namedArguments = namedArguments
        self.span = span
    }
}

public struct NamedAttributeArgument: Equatable, Sendable {
    public var name: String
    public var value: Expression?

    public init(name: String, value: Expression?) {
        self.name = name
        self.value = value
    }
}

/// A statement with its place in the text.
public struct Statement: Equatable, Sendable {
    public var kind: StatementKind
    public var span: SourceSpan

    public init(_ kind: StatementKind, span: SourceSpan) {
        self.kind = kind
        self.span = span
    }
}

public indirect enum StatementKind: Equatable, Sendable {
    case pipeline(Pipeline)
    /// `$x = ...`, `$x += ...`, `$a, $b = ...`, `$h.Key = ...`, `$a[0] = ...`.
    case assignment(target: Expression, op: AssignmentOperator, value: Statement)
    case ifStatement(clauses: [ConditionalClause], elseBody: [Statement]?)
    case whileLoop(label: String?, condition: Pipeline, body: [Statement])
    case doWhileLoop(label: String?, body: [Statement], condition: Pipeline)
    case doUntilLoop(label: String?, body: [Statement], condition: Pipeline)
    case forLoop(label: String?, initializer: Statement?, condition: Pipeline?, iterator: Statement?, body: [Statement])
    case foreachLoop(label: String?, variable: VariablePath, collection: Pipeline, body: [Statement])
    case switchStatement(SwitchStatement)
    case tryStatement(body: [Statement], catches: [CatchClause], finally: [Statement]?)
    case trap(typeNames: [String], body: [Statement])
    case functionDefinition(FunctionDefinition)
    case breakStatement(label: String?)
    case continueStatement(label: String?)
    case returnStatement(Pipeline?)
    case exitStatement(Pipeline?)
    case throwStatement(Pipeline?)
    /// A `{ }` block statement is not PowerShell; a bare script block literal is a pipeline.
    /// `data { }`, `class`, `enum`, `configuration` are not supported and are parse errors.
}

public enum AssignmentOperator: String, Equatable, Sendable {
    case assign = "="
    case add = "+="
    case subtract = "-="
    case multiply = "*="
    case divide = "/="
    case remainder = "%="
    case nullCoalesce = "??="
}

public struct ConditionalClause: Equatable, Sendable {
    public var condition: Pipeline
    public var body: [Statement]

    public init(condition: Pipeline, body: [Statement]) {
        self.condition = condition
        self.body = body
    }
}

public struct CatchClause: Equatable, Sendable {
    /// Empty for a catch-all `catch { }`.
    public var typeNames: [String]
    public var body: [Statement]

    public init(typeNames: [String], body: [Statement]) {
        self.typeNames = typeNames
        self.body = body
    }
}

public struct SwitchStatement: Equatable, Sendable {
    public var label: String?
    public var isRegex: Bool
    public var isWildcard: Bool
    public var isExact: Bool
    public var isCaseSensitive: Bool
    /// `switch -File path`: the condition names a file whose lines are the subjects.
    public var isFile: Bool
    public var subject: Pipeline
    public var clauses: [SwitchClause]
    public var defaultBody: [Statement]?

    public init(
        label: String?, isRegex: Bool, isWildcard: Bool, isExact: Bool, isCaseSensitive: Bool, isFile: Bool,
        subject: Pipeline, clauses: [SwitchClause], defaultBody: [Statement]?
    ) {
        self.label = label
        self.isRegex = isRegex
        self.isWildcard = isWildcard
        self.isExact = isExact
        self.isCaseSensitive = isCaseSensitive
        self.isFile = isFile
        self.subject = subject
        self.clauses = clauses
        self.defaultBody = defaultBody
    }
}

public struct SwitchClause: Equatable, Sendable {
    /// A bare word pattern is a `.stringConstant`; `{ $_ -gt 3 }` is a `.scriptBlock`.
    public var pattern: Expression
    public var body: [Statement]

    public init(pattern: Expression, body: [Statement]) {
        self.pattern = pattern
        self.body = body
    }
}

public struct FunctionDefinition: Equatable, Sendable {
    public var name: String
    public var isFilter: Bool
    public var body: ScriptBlockAst

    public init(name: String, isFilter: Bool, body: ScriptBlockAst) {
        self.name = name
        self.isFilter = isFilter
        self.body = body
    }
}

/// `a | b | c`. The first element may be an expression; the others are commands.
public struct Pipeline: Equatable, Sendable {
    public var elements: [PipelineElement]
    public var span: SourceSpan

    public init(elements: [PipelineElement], span: SourceSpan) {
        self.elements = elements
        self.span = span
    }
}

public enum PipelineElement: Equatable, Sendable {
    case expression(Expression, redirections: [Redirection])
    case command(CommandAst)
}

/// A command invocation: `Get-Foo -Name x 1 @splat > out.txt`, `& $path a`, `. ./common.ps1`.
public struct CommandAst: Equatable, Sendable {
    public enum Invocation: Equatable, Sendable {
        case plain
        /// `& ...`
        case call
        /// `. ...`
        case dotSource
    }

    public enum Name: Equatable, Sendable {
        /// A bare word such as `Get-ChildItem`, `openssl`, `./run.ps1`.
        case word(String)
        /// Anything else after `&` or `.`: `& $path`, `& 'C:\x y\a.exe'`, `& { ... }`.
        case expression(Expression)
    }

    public var invocation: Invocation
    public var name: Name
    public var nameSpan: SourceSpan
    public var elements: [CommandElement]
    public var redirections: [Redirection]
    public var span: SourceSpan

    public init(
        invocation: Invocation, name: Name, nameSpan: SourceSpan, elements: [CommandElement],
        redirections: [Redirection], span: SourceSpan
    ) {
        self.invocation = invocation
        self.name = name
        self.nameSpan = nameSpan
        self.elements = elements
        self.redirections = redirections
        self.span = span
    }
}

public enum CommandElement: Equatable, Sendable {
    /// `-Name`, or `-Name:value` (then `argument` is set and `usedColon` is true).
    /// `text` is the parameter token as written, e.g. `-Confirm:`.
    case parameter(name: String, argument: Expression?, usedColon: Bool, text: String, span: SourceSpan)
    /// A positional or named-parameter value.
    case argument(Expression, span: SourceSpan)
    /// `@params`.
    case splat(VariablePath, span: SourceSpan)
    /// `--`: everything after it is an argument, even `-x`.
    case endOfParameters(span: SourceSpan)
}

public struct Redirection: Equatable, Sendable {
    public enum Target: Equatable, Sendable {
        case file(Expression)
        /// `2>&1`: merge into stream 1.
        case stream(Int)
    }

    /// 1 output, 2 error, 3 warning, 4 verbose, 5 debug, 6 information, 0 for `*`.
    public var stream: Int
    public var append: Bool
    public var target: Target
    public var span: SourceSpan

    public init(stream: Int, append: Bool, target: Target, span: SourceSpan) {
        self.stream = stream
        self.append = append
        self.target = target
        self.span = span
    }
}

/// `$name`, `$global:name`, `${any name}`, `$env:PATH`.
public struct VariablePath: Equatable, Hashable, Sendable {
    /// `global`, `script`, `local`, `private`, `using`, `env`, `variable`, `function`; lower-cased; nil when absent.
    public var scope: String?
    /// The name as written (case kept); compare case-insensitively.
    public var name: String

    public init(scope: String?, name: String) {
        self.scope = scope
        self.name = name
    }
}

/// An expression with its place in the text.
public struct Expression: Equatable, Sendable {
    public var kind: ExpressionKind
    public var span: SourceSpan

    public init(_ kind: ExpressionKind, span: SourceSpan) {
        self.kind = kind
        self.span = span
    }
}

public indirect enum ExpressionKind: Equatable, Sendable {
    /// `'text'`, a here-string `@'...'@`, or a bare word in argument mode (`clkp`, `clientcert.pem`).
    case stringConstant(String, StringQuoting)
    /// `"text $x $(...)"`, `@"..."@`, or a bare argument word containing variables (`$HOME\x`).
    case expandableString([StringPart], StringQuoting)
    case number(NumberLiteral)
    case variable(VariablePath)
    /// `a, b, c`.
    case arrayLiteral([Expression])
    /// `@( ... )`.
    case arraySubexpression([Statement])
    /// `$( ... )`.
    case subexpression([Statement])
    /// `( pipeline )` or `( $x = 1 )`.
    case parenthesized(Statement)
    /// `@{ k = v; ... }`; keys are expressions (a bare key is a `.stringConstant`).
    case hashtable([HashtableEntry])
    case scriptBlock(ScriptBlockAst)
    /// `[int]` alone (also the target of `[int]::MaxValue`).
    case typeLiteral(String)
    /// `[int]$x`, `[ordered]@{...}`, `[pscustomobject]@{...}`.
    case convert(typeName: String, operand: Expression)
    /// `$x.Name`, `$x.'a b'`, `$x.$name`, `[Math]::PI`, `$x?.Name`.
    case member(target: Expression, member: MemberName, isStatic: Bool)
    /// `$x.ToString()`, `[Math]::Max(1, 2)`.
    case invokeMember(target: Expression, member: MemberName, arguments: [Expression], isStatic: Bool)
    /// `$a[0]`, `$a[-1]`, `$a[0, 2]`, `$h['k']`.
    case index(target: Expression, index: Expression)
    case unary(UnaryOperator, Expression)
    case binary(BinaryOperator, Expression, Expression)
    /// PowerShell 7 `cond ? a : b`.
    case ternary(condition: Expression, ifTrue: Expression, ifFalse: Expression)
}

public enum StringQuoting: Equatable, Sendable {
    case singleQuoted
    case doubleQuoted
    case hereStringSingle
    case hereStringDouble
    /// A bare word in argument mode (generic token).
    case bare
}

public enum StringPart: Equatable, Sendable {
    case text(String)
    case variable(VariablePath)
    case subexpression([Statement])
}

public enum NumberLiteral: Equatable, Sendable {
    case int(Int32)
    case long(Int64)
    case double(Double)
    /// `1.5d`; kept as text so no precision is lost.
    case decimal(String)
}

public struct HashtableEntry: Equatable, Sendable {
    public var key: Expression
    public var value: Statement

    public init(key: Expression, value: Statement) {
        self.key = key
        self.value = value
    }
}

public enum MemberName: Equatable, Sendable {
    case name(String)
    case expression(Expression)
}

public enum UnaryOperator: String, Equatable, Sendable {
    case not = "-not"
    case bang = "!"
    case negate = "-"
    case plus = "+"
    case bitwiseNot = "-bnot"
    /// Unary `-join`.
    case join = "-join"
    /// Unary `-split`.
    case split = "-split"
    /// Unary `,x`: a one-element array.
    case comma = ","
    case preIncrement = "++pre"
    case preDecrement = "--pre"
    case postIncrement = "post++"
    case postDecrement = "post--"
}

/// Binary operators; comparison operators keep their case-sensitivity in the name,
/// as PowerShell spells them (`-ceq`, `-ieq`, `-eq`).
public enum BinaryOperator: Equatable, Sendable {
    case add, subtract, multiply, divide, remainder
    case range
    case format
    case and, or, xor
    case bitwiseAnd, bitwiseOr, bitwiseXor, shiftLeft, shiftRight
    case join
    case isType, isNotType, asType
    /// `??`
    case nullCoalesce
    case comparison(ComparisonOperator, CaseSensitivity)
}

public enum ComparisonOperator: String, Equatable, Sendable {
    case eq, ne, gt, ge, lt, le
    case like, notlike, match, notmatch
    case contains, notcontains, `in`, notin
    case replace, split
}

public enum CaseSensitivity: Equatable, Sendable {
    /// `-eq` (case-insensitive by default)
    case `default`
    /// `-ieq`
    case insensitive
    /// `-ceq`
    case sensitive
}
