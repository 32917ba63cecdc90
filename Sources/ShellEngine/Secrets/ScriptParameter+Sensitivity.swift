extension ScriptParameter {
    /// A function's or script's parameter that takes a secret: declared `[SecureString]`/`[PSCredential]`
    /// or named as one (``SensitiveParameterRule``).
    var isSensitive: Bool { SensitiveParameterRule.isSensitive(name: name, typeName: ast.typeName) }

    var isCredential: Bool { SensitiveParameterRule.isCredential(name: name, typeName: ast.typeName) }
}
