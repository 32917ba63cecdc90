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
