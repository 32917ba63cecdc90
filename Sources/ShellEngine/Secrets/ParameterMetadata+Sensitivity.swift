extension ParameterMetadata {
    /// Takes a secret (``SensitiveParameterRule``): its values are masked in transcripts and keep the
    /// command line out of history, whatever spelling bound them.
    public var isSensitive: Bool { declaredSensitive ?? SensitiveParameterRule.isSensitive(name: name, type: type) }

    /// A credential: only the password inside it is secret, not the user name.
    var isCredential: Bool { SensitiveParameterRule.isCredential(name: name, type: type) }
}
