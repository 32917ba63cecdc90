public enum StringQuoting: Equatable, Sendable {
    case singleQuoted
    case doubleQuoted
    case hereStringSingle
    case hereStringDouble
    /// A bare word in argument mode (generic token).
    case bare
}
