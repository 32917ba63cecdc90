public enum MemberName: Equatable, Sendable {
    case name(String)
    case expression(Expression)
}
