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
