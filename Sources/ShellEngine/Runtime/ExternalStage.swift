import Foundation
import PowerShellSyntax

/// A native program (`openssl`, `ls -l`): arguments as strings, stdout lines into the pipeline,
/// `$LASTEXITCODE` set from its exit status.
final class ExternalStage: PipelineStage {
    let shell: Shell
    let executable: String
    let arguments: [CommandArgument]
    let span: SourceSpan
    var downstream: Emit = { _ in }
    var failed = false
    var input: [Value] = []

    init(shell: Shell, executable: String, arguments: [CommandArgument], span: SourceSpan) {
        self.shell = shell
        self.executable = executable
        self.arguments = arguments
        self.span = span
    }

    static func find(_ name: String) -> String? {
        guard !name.isEmpty, !name.contains("/") else { return nil }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = String(directory) + "/" + name
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    func begin() throws {}
    func process(_ item: Value?) throws {
        if let item { input.append(item) }
    }

    func end() throws {
        var words: [String] = []
        for argument in arguments {
            switch argument {
            case .named(_, let value, let text, _):
                if let value {
                    words.append(text + LanguagePrimitives.toString(value))
                } else {
                    words.append(text)
                }
            case .positional(let value, _):
                words.append(contentsOf: value.enumerated.map { LanguagePrimitives.toString($0) })
            }
        }
        // Foundation traps on paths and arguments that cannot be C strings: refuse them as PowerShell would fail to start the program.
        guard !executable.contains("\0"), !shell.location.contains("\0"), !words.contains(where: { $0.contains("\0") }) else {
            throw shell.error("Program '\((executable as NSString).lastPathComponent)' failed to run: an argument or path contains a NUL character.", id: "NativeCommandFailed", category: .resourceUnavailable, span: span, reason: "ApplicationFailedException")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = words
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: shell.location, isDirectory: &isDirectory), isDirectory.boolValue {
            process.currentDirectoryURL = URL(fileURLWithPath: shell.location, isDirectory: true)
        }
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        let stdin = Pipe()
        process.standardInput = input.isEmpty ? FileHandle.nullDevice : stdin
        do {
            try process.run()
        } catch {
            throw shell.error("Program '\((executable as NSString).lastPathComponent)' failed to run: \(error.localizedDescription)", id: "NativeCommandFailed", category: .resourceUnavailable, span: span, reason: "ApplicationFailedException")
        }
        if !input.isEmpty {
            let text = input.map { LanguagePrimitives.toString($0) }.joined(separator: "\n") + "\n"
            stdin.fileHandleForWriting.write(Data(text.utf8))
            try? stdin.fileHandleForWriting.close()
        }
        let errorBox = DataBox()
        let errorHandle = errors.fileHandleForReading
        let errorReader = Thread { errorBox.set(errorHandle.readDataToEndOfFile()) }
        errorReader.start()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        while !errorReader.isFinished { usleep(1000) }
        let errorData = errorBox.get()
        let text = String(decoding: data, as: UTF8.self)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { String($0.hasSuffix("\r") ? $0.dropLast() : $0) }
        if lines.last == "" { lines.removeLast() }
        for line in String(decoding: errorData, as: UTF8.self).split(separator: "\n") { shell.host.writeErrorLine(String(line)) }
        shell.setVariable("LASTEXITCODE", .int(Int(process.terminationStatus)), scope: "global")
        shell.lastExitCode = process.terminationStatus
        failed = process.terminationStatus != 0
        for line in lines { try downstream(.string(line)) }
    }
}
