import Foundation

/// A running `Start-Transcript`: writes PowerShell's transcript format to a file as the session goes,
/// line by line, so nothing is lost if the process ends. Secrets never reach the file.
public final class Transcript {
    public let path: String
    public let includeInvocationHeader: Bool
    private let handle: FileHandle
    /// Plain texts that must not appear in the file (from masked command lines and secret prompts).
    private var secrets: Set<String> = []
    /// The session whose secrets (values bound to sensitive parameters) are masked in the file.
    public weak var shell: Shell?
    /// The statement being run and what it printed so far: written once it has run, when the binder has
    /// said which of its words are secrets (`-Pa 'x'`, a splatted `@{Password = 'x'}`), or when it printed
    /// more than ``pendingLimit`` lines (then with what is known by then).
    private var pending: PendingCommand?
    static let pendingLimit = 4096
    private var partial = ""
    /// Start-Transcript's own "Transcript started" line is written with the header; its echo on the
    /// console must not be written twice.
    private var pendingEcho: String?

    package static let stars = String(repeating: "*", count: 22)

    /// Opens (or appends to) the file and writes the header block. The file is private (``PrivateFile``):
    /// a new one is born 0600, an overwritten one is a new 0600 file, an appended one is made 0600 before
    /// anything is written to it. With `noClobber` an existing file is refused by the create itself.
    public init(path: String, append: Bool, noClobber: Bool = false, includeInvocationHeader: Bool, header: [String]) throws(TranscriptError) {
        self.path = path
        self.includeInvocationHeader = includeInvocationHeader
        let descriptor: Int32
        do {
            descriptor = try PrivateFile.openForWriting(path, append ? .append : noClobber ? .createNew : .replace)
        } catch {
            throw .unreadable(path: path, reason: error.message)
        }
        self.handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        write(header)
        let started = "Transcript started, output file is \(path)"
        write([started])
        pendingEcho = started
    }

    /// The 5.1 header: start time, user, machine, host application, process id and `$PSVersionTable`.
    /// `hostApplication` is the process's command line as it may be shown (secrets masked by the caller).
    public static func header(start: Date, versionTable: [(String, String)], hostApplication: String) -> [String] {
        let process = ProcessInfo.processInfo
        let user = process.environment["USER"] ?? NSUserName()
        let machine = process.hostName.split(separator: ".").first.map(String.init) ?? process.hostName
        var lines = [
            stars,
            "Windows PowerShell transcript start",
            "Start time: \(timestamp(start))",
            "Username: \(machine.uppercased())\\\(user)",
            "RunAs User: \(machine.uppercased())\\\(user)",
            "Configuration Name: ",
            "Machine: \(machine.uppercased()) (\(process.operatingSystemVersionString))",
            "Host Application: \(hostApplication)",
            "Process ID: \(process.processIdentifier)",
        ]
        lines += versionTable.map { "\($0.0): \($0.1)" }
        lines.append(stars)
        return lines
    }

    /// `yyyyMMddHHmmss`, local time.
    package static func timestamp(_ date: Date) -> String {
        let parts = Calendar(identifier: .gregorian).dateComponents(in: TimeZone.current, from: date)
        func two(_ value: Int?) -> String { let v = value ?? 0; return v < 10 ? "0\(v)" : "\(v)" }
        return "\(parts.year ?? 0)" + two(parts.month) + two(parts.day) + two(parts.hour) + two(parts.minute) + two(parts.second)
    }

    /// A statement typed at the prompt: `{prompt}{first line}`, then `>> {line}` for the others; written
    /// (masked) by ``finishCommand()``, after the statement has run.
    public func recordCommand(_ text: String, prompt: String) {
        flushPartial()
        flushPending()
        pendingEcho = nil
        pending = PendingCommand(text: text, prompt: prompt, started: Date())
    }

    /// The statement given to ``recordCommand(_:prompt:)`` has run: writes it and its output.
    public func finishCommand() {
        flushPending()
    }

    /// A line shown by the host.
    public func recordLine(_ line: String) {
        if let echo = pendingEcho, partial.isEmpty, line == echo {
            pendingEcho = nil
            return
        }
        flushPartial()
        write([line])
    }

    /// `Write-Host -NoNewline` text: kept until the line is complete.
    public func recordText(_ text: String, newline: Bool) {
        partial += text
        if newline { flushPartial(force: true) }
    }

    /// A secret typed at a prompt: the prompt is written with `********`, the secret never.
    public func recordSecretPrompt(_ prompt: String, answer: String?) {
        if let answer {
            addSecret(answer)
            shell?.secrets.remember(answer)
        }
        flushPartial()
        write([prompt + CommandSecrets.mask])
    }

    public func addSecret(_ secret: String) {
        // Very short secrets would blank out ordinary text; they are still masked on command lines.
        if secret.count >= 4 && secret != CommandSecrets.mask { secrets.insert(secret) }
    }

    /// Writes the footer and closes the file.
    public func stop() {
        flushPartial()
        flushPending()
        write([Self.stars, "Windows PowerShell transcript end", "End time: \(Self.timestamp(Date()))", Self.stars])
        try? handle.close()
    }

    private func flushPartial(force: Bool = false) {
        guard force || !partial.isEmpty else { return }
        let line = partial
        partial = ""
        write([line])
    }

    private func flushPending() {
        guard let command = pending else { return }
        pending = nil
        var lines: [String] = []
        if includeInvocationHeader {
            lines += [Self.stars, "Command start time: \(Self.timestamp(command.started))", Self.stars]
        }
        let masked = shell?.maskingSecrets(inCommand: command.text) ?? maskedBySpelling(command.text)
        for (index, line) in masked.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            lines.append(index == 0 ? command.prompt + line : ">> " + line)
        }
        writeNow(lines + command.lines)
    }

    /// Without a session (a transcript object used on its own): the arguments spelt like passwords.
    private func maskedBySpelling(_ text: String) -> String {
        let masked = CommandSecrets.masked(text)
        for secret in masked.secrets { addSecret(secret) }
        return masked.text
    }

    private func write(_ lines: [String]) {
        guard pending != nil else { return writeNow(lines) }
        pending?.lines += lines
        if let count = pending?.lines.count, count > Self.pendingLimit { flushPending() }
    }

    private func writeNow(_ lines: [String]) {
        var text = ""
        for line in lines {
            var clean = String(decoding: ConsoleText.normalizeKeepingSpaces(line), as: UTF8.self)
            for secret in secrets where clean.contains(secret) {
                clean = clean.replacingOccurrences(of: secret, with: CommandSecrets.mask)
            }
            if let shell { clean = shell.maskingSecrets(inOutput: clean) }
            while clean.hasSuffix(" ") { clean.removeLast() }
            text += clean + "\n"
        }
        handle.write(Data(text.utf8))
    }
}

extension Transcript {
    /// A typed statement waiting to be written, with the lines it printed meanwhile.
    struct PendingCommand {
        var text: String
        var prompt: String
        var started: Date
        var lines: [String] = []
    }
}
