import Foundation
import PowerShellSyntax

/// Wraps a stage whose output is redirected to a file or whose errors are silenced.
final class RedirectingStage: PipelineStage {
    let shell: Shell
    let inner: PipelineStage
    let redirections: [Redirection]
    let silenceErrors: Bool
    var collected: [Value] = []
    var downstream: Emit = { _ in }
    var failed: Bool { inner.failed }
    let redirectsOutput: Bool

    init(shell: Shell, inner: PipelineStage, redirections: [Redirection], silenceErrors: Bool) {
        self.shell = shell
        self.inner = inner
        self.redirections = redirections
        self.silenceErrors = silenceErrors
        self.redirectsOutput = redirections.contains { ($0.stream == 1 || $0.stream == 0) && { if case .file = $0.target { return true } else { return false } }($0) }
    }

    func begin() throws {
        if redirectsOutput {
            inner.downstream = { [unowned self] value in self.collected.append(value) }
        } else {
            inner.downstream = downstream
        }
        try withErrorsSilenced { try inner.begin() }
    }

    func process(_ input: Value?) throws { try withErrorsSilenced { try inner.process(input) } }

    func end() throws {
        try withErrorsSilenced { try inner.end() }
        if redirectsOutput { try shell.redirectOutput(collected, redirections: redirections) }
    }

    /// `2>&1` (or `*>&1`): the command's errors go down the pipeline as ErrorRecord objects (about_Redirection).
    var mergesErrors: Bool {
        redirections.contains { ($0.stream == 2 || $0.stream == 0) && $0.target == .stream(1) }
    }

    func withErrorsSilenced(_ body: () throws -> Void) throws {
        if mergesErrors {
            shell.errorMerges.append { [unowned self] value in try self.downstream(value) }
            defer { shell.errorMerges.removeLast() }
            return try body()
        }
        guard silenceErrors else { return try body() }
        let saved = shell.variable("ErrorActionPreference")
        shell.setVariable("ErrorActionPreference", .string("SilentlyContinue"))
        defer { shell.setVariable("ErrorActionPreference", saved ?? .string("Continue")) }
        try body()
    }
}
