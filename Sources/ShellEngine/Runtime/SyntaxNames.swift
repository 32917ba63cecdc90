import PowerShellSyntax

/// Foundation also declares `Expression`; inside this module the name means the PowerShell AST node.
typealias Expression = PowerShellSyntax.Expression
