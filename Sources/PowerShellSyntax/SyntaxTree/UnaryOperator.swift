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
