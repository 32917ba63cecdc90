public enum AssignmentOperator: String, Equatable, Sendable {
    case assign = "="
    case add = "+="
    case subtract = "-="
    case multiply = "*="
    case divide = "/="
    case remainder = "%="
    case nullCoalesce = "??="
}
