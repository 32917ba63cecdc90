import Foundation

/// The secrets a session has seen, in memory only: every value bound to a sensitive parameter
/// (``SensitiveParameterRule``) by the cmdlet binder or the function binder, and every literal argument
/// of one. Transcripts show them as `********` wherever they appear later, and a typed line that shows
/// one stays out of the history (so `$pw = 'VMware1!'` typed after a login with that password does too).
///
/// The binders feed it (``Shell/noteBinding(of:_:)`` and ``Shell/noteBinding(_:)``), so what counts is
/// what a value was bound to, not how the command line spelt the parameter.
public final class SessionSecrets {
    /// The plain texts, never written anywhere.
    private(set) var values: Set<String> = [] {
        didSet { maskedInsideText = nil }
    }
    /// The values masked inside other text (at least ``shortest`` characters), longest first so a secret
    /// that contains another is replaced whole; computed when first needed after a change.
    private var maskedInsideText: [String]?
    /// A value shorter than this is masked only where it stands alone (a whole string or word), never
    /// inside other text, where it would blank out ordinary words.
    static let shortest = 4
    public static let mask = CommandSecrets.mask

    public init() {}

    struct SensitiveParameters {
        var secrets: [String] = []
        var credentials: [String] = []
        /// Has `-AsPlainText` and `-String` (ConvertTo-SecureString).
        var plainTextConversion = false
        var isEmpty: Bool { secrets.isEmpty && credentials.isEmpty && !plainTextConversion }

        init(_ metadata: CommandMetadata) {
            for parameter in metadata.parameters where parameter.isSensitive {
                if parameter.isCredential { credentials.append(parameter.name) } else { secrets.append(parameter.name) }
            }
            let names = Set(metadata.parameters.map { $0.name.lowercased() })
            plainTextConversion = names.contains(SensitiveParameterRule.plainTextSwitch.lowercased())
                && names.contains(SensitiveParameterRule.plainTextParameter.lowercased())
        }
    }

    /// Remembers a secret (a value bound to a sensitive parameter, an answer typed at a secret prompt).
    public func remember(_ secret: String) {
        guard !secret.isEmpty, secret != Self.mask else { return }
        values.insert(secret)
    }

    public var isEmpty: Bool { values.isEmpty }

    /// What a cmdlet bound: the values of its sensitive parameters (`sensitive`, kept with its binding table,
    /// because the binder asks for every command it binds and most commands have none).
    func note(_ sensitive: SensitiveParameters, _ bound: BoundParameters) {
        guard !sensitive.isEmpty else { return }
        for name in sensitive.secrets {
            if let value = bound[name] { remember(SensitiveParameterRule.plainTexts(in: value, credential: false)) }
        }
        for name in sensitive.credentials {
            if let value = bound[name] { remember(SensitiveParameterRule.plainTexts(in: value, credential: true)) }
        }
        if sensitive.plainTextConversion, bound.isOn(SensitiveParameterRule.plainTextSwitch),
           let value = bound[SensitiveParameterRule.plainTextParameter] {
            remember(SensitiveParameterRule.plainTexts(in: value, credential: false))
        }
    }

    /// What a function's or script's binder bound.
    func note(_ binding: ScriptBinding) {
        for parameter in binding.command.metadata.parameters where parameter.isSensitive {
            guard let value = binding.boundParameters[parameter.name] else { continue }
            remember(SensitiveParameterRule.plainTexts(in: value, credential: parameter.isCredential))
        }
    }

    private func remember(_ secrets: [String]) {
        for secret in secrets { remember(secret) }
    }

    // MARK: - Masking

    /// A command line as a transcript shows it: each literal that is a secret (by the parameter it is given
    /// to, or because the session saw it bound to one) becomes `'********'`, any longer secret inside other
    /// text becomes `********`; for a command that cannot be resolved, arguments spelt like passwords
    /// (``CommandSecrets``).
    func maskedCommand(_ text: String, shell: Shell) -> String {
        var masked = text
        let literals = SecretLiterals(text, shell: shell)
        if let literals {
            remember(literals.secrets)
            let hidden = literals.literals.filter { values.contains($0.value) }
            var bytes = Array(text.utf8)
            for literal in hidden.sorted(by: { $0.range.lowerBound > $1.range.lowerBound })
            where literal.range.upperBound <= bytes.count {
                bytes.replaceSubrange(literal.range, with: Array(CommandSecrets.quoted(Self.mask).utf8))
            }
            masked = String(decoding: bytes, as: UTF8.self)
        }
        masked = maskedOutput(masked)
        // A command nobody can resolve (a typo in its name, an external program, text that does not parse):
        // only the spelling of its parameters is left. Not remembered: a guess must not mask other text.
        guard literals?.hasUnknownCommands ?? true else { return masked }
        return CommandSecrets.masked(masked).text
    }

    /// An output line: every secret of at least ``shortest`` characters becomes `********`.
    func maskedOutput(_ line: String) -> String {
        let secrets = maskedInsideText ?? values.filter { $0.count >= Self.shortest }.sorted { $0.count > $1.count }
        maskedInsideText = secrets
        var masked = line
        for secret in secrets where masked.contains(secret) {
            masked = masked.replacingOccurrences(of: secret, with: Self.mask)
        }
        return masked
    }
}
