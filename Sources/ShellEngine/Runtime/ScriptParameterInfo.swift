import PowerShellSyntax

/// What a `param()` parameter adds to its ``ParameterMetadata``: the declaration itself (for its default
/// value) and the `[Validate*()]` attributes the binder asks the shell to check.
package struct ScriptParameterInfo: Sendable {
    let ast: ParameterAst
    let validations: [AttributeAst]
    /// `[Parameter(ValueFromRemainingArguments)]`: takes the arguments no other parameter takes.
    let takesRemainingArguments: Bool
}
