import ShellEngine
import Foundation

/// Runs a transcript's commands in order on one shell and compares what each prints with the transcript.
public struct ReplayRunner {
    public var masks: Set<OutputMask>
    /// Ids a mask recognises only by their labels (the domain registers them, e.g. PowerCLI's `KeyId`).
    public var labelledFields: [LabelledFields]
    /// Looked up first for a masked `-Password '********'` (and `-KmipServerPassword`).
    public var environmentPassword: String?
    /// Asked next: the lab's own user, when the lab knows it.
    public var secretSource: (SecretRequest) -> String?

    public static let passwordVariable = "VTASH_PASSWORD"

    public init(masks: Set<OutputMask> = OutputMask.defaults, labelledFields: [LabelledFields] = [],
                environment: [String: String] = ProcessInfo.processInfo.environment,
                secretSource: @escaping (SecretRequest) -> String? = { _ in nil }) {
        self.masks = masks
        self.labelledFields = labelledFields
        self.environmentPassword = environment[Self.passwordVariable].flatMap { $0.isEmpty ? nil : $0 }
        self.secretSource = secretSource
    }

    /// Replays `document` on a shell made by `makeShell` around the capturing host it is given.
    public func run(_ document: TranscriptDocument, makeShell: (CapturingHost) -> Shell, width: Int = 120) -> ReplayResult {
        let host = CapturingHost(width: width)
        let shell = makeShell(host)
        return run(document, on: shell, host: host)
    }

    /// Replays `document` on `shell`, whose host must be `host` (or pass its lines to it).
    public func run(_ document: TranscriptDocument, on shell: Shell, host: CapturingHost) -> ReplayResult {
        let started = DispatchTime.now().uptimeNanoseconds
        var outcomes: [CommandOutcome] = []
        var exited: (code: Int32, line: Int)?
        for (index, command) in document.commands.enumerated() where command.isReplayed {
            if let exited {
                let reason = "not run: the session ended with exit \(exited.code) at line \(exited.line)"
                outcomes.append(CommandOutcome(index: index, command: command, status: .notRun,
                                               comparison: OutputComparison(passed: false, reason: reason, diff: []), actual: [], seconds: 0))
                continue
            }
            let commandStart = DispatchTime.now().uptimeNanoseconds
            let (text, filled) = fillSecrets(command.text, shell: shell)
            _ = host.take()
            let outcome = shell.run(text)
            let actual = host.take().map { line in
                var scrubbed = line
                for secret in filled where scrubbed.text.contains(secret) {
                    scrubbed.text = scrubbed.text.replacingOccurrences(of: secret, with: CommandSecrets.mask)
                }
                return scrubbed
            }
            let comparison = OutputComparison(expected: command.expectedOutput, actual: actual, masks: masks,
                                              labelledFields: labelledFields, name: document.name)
            let seconds = Double(DispatchTime.now().uptimeNanoseconds &- commandStart) / 1e9
            outcomes.append(CommandOutcome(index: index, command: command, status: comparison.passed ? .passed : .failed,
                                           comparison: comparison, actual: actual, seconds: seconds))
            if case .exited(let code) = outcome { exited = (code, command.lineNumber) }
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds &- started) / 1e9
        return ReplayResult(document: document, outcomes: outcomes, seconds: seconds)
    }

    /// The command with each masked secret filled in, and the secrets used (to mask them again in the output).
    /// A transcript masks what was bound to a sensitive parameter however it was spelt (`-Pa '********'`,
    /// `@{Password = '********'}`), so with a shell every `'********'` literal is a secret to fill, named by the
    /// parameter it is given to as the binder resolves it; without one, the arguments spelt like passwords.
    func fillSecrets(_ text: String, shell: Shell? = nil) -> (String, [String]) {
        let masked: [CommandSecrets.Argument]
        var accounts: [String: String] = [:]
        if let shell, let literals = SecretLiterals(text, shell: shell) {
            masked = literals.literals.filter { $0.value == CommandSecrets.mask }.map { literal in
                CommandSecrets.Argument(parameter: literal.parameter ?? "", range: literal.range, value: literal.value)
            }
            accounts = literals.accountNames
        } else {
            masked = CommandSecrets.arguments(in: text).filter { $0.value == CommandSecrets.mask }
        }
        guard !masked.isEmpty else { return (text, []) }
        var used: [String] = []
        let user = accounts["user"] ?? accounts["username"]
            ?? CommandSecrets.literalArgument(of: "User", in: text) ?? CommandSecrets.literalArgument(of: "Username", in: text)
        let server = accounts["server"] ?? CommandSecrets.literalArgument(of: "Server", in: text)
        let filled = CommandSecrets.replacing(masked, in: text) { argument in
            let request = SecretRequest(parameter: argument.parameter, user: user, server: server, command: text)
            guard let secret = environmentPassword ?? secretSource(request) else { return CommandSecrets.quoted(CommandSecrets.mask) }
            if secret.count >= 4 { used.append(secret) }
            return CommandSecrets.quoted(secret)
        }
        return (filled, used)
    }
}
