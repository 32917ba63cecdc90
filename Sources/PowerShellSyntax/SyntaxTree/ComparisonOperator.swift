public enum ComparisonOperator: String, Equatable, Sendable {
    case eq, ne, gt, ge, lt, le
    case like, notlike, match, notmatch
    case contains, notcontains, `in`, notin
    case replace, split
}
