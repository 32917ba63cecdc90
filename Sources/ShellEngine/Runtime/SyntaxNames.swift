import PowerShellSyntax

/// Foundation also declares `Expression`; inside this module the name means the PowerShell AST node.
typealias Expression = PowerShellSyntax.Expression

extension ExpressionKind {
    /// `$x.Name` or `$x.Method()`: the expressions that can give AutomationNull (a void method, member
    /// enumeration that found nothing).
    var isMemberAccess: Bool {
        switch self {
        case .member, .invokeMember: return true
        default: return false
        }
    }
}
