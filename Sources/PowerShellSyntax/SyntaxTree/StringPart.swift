public enum StringPart: Equatable, Sendable {
    case text(String)
    case variable(VariablePath)
    case subexpression([Statement])
}
