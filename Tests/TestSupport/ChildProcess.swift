import Foundation

/// A program run to completion with its standard streams collected: the one process runner of the tests
/// (vtash itself, openssl, tar, the PyKMIP script and its Python).
package enum ChildProcess {
    package struct Result: Sendable, CustomStringConvertible {
        package var status: Int32
        package var output: String
        package var errors: String

        package var outputLines: [String] { output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }
        package var description: String { "exit \(status)\nstdout:\n\(output)\nstderr:\n\(errors)" }
    }

    /// The repository's root (where `Scripts/` and `docs/` are), from this file's place in `Tests/TestSupport`.
    package static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Runs `executable ARGUMENTS` in `directory` with `input` on stdin and `environment` over the test's own
    /// (a nil value removes the variable). Both output streams are read while the child runs, so a full
    /// pipe never blocks it.
    package static func run(_ executable: URL, _ arguments: [String], input: String? = nil, in directory: URL? = nil,
                            environment: [String: String?] = [:]) throws -> Result {
        try run(executable, arguments, input: input, in: directory, environment: environment, waitingForExit: true)
    }

    private static func run(_ executable: URL, _ arguments: [String], input: String?, in directory: URL?,
                            environment: [String: String?], waitingForExit: Bool) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        var merged = ProcessInfo.processInfo.environment
        for (name, value) in environment { merged[name] = value }
        process.environment = merged
        let stdout = Pipe(), stderr = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        let stdin: Pipe? = input == nil ? nil : Pipe()
        process.standardInput = stdin ?? FileHandle.nullDevice
        try process.run()
        let errors = StreamCollector(stderr.fileHandleForReading)
        if let stdin, let input {
            // A child that exits without reading its input must not kill the test with SIGPIPE.
            signal(SIGPIPE, SIG_IGN)
            try? stdin.fileHandleForWriting.write(contentsOf: Data(input.utf8))
            try? stdin.fileHandleForWriting.close()
        }
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        var status: Int32 = -1
        if waitingForExit {
            process.waitUntilExit()
            status = process.terminationStatus
            errors.waitForEnd()
        } else {
            errors.waitForEnd(timeout: 5)
        }
        return Result(status: status, output: String(decoding: output, as: UTF8.self), errors: errors.text(from: 0))
    }

    /// Runs a program through `/bin/bash`, which prints its exit status last, and never waits on the process:
    /// Foundation's `waitUntilExit` can miss an exit on Linux when the program leaves a server running (the
    /// PyKMIP script), so the status comes from that line and the end of standard output.
    package static func runReportingStatus(_ executable: String, _ arguments: [String]) throws -> Result {
        var result = try run(URL(fileURLWithPath: "/bin/bash"), ["-c", "\"$0\" \"$@\" </dev/null; echo \"exit-status=$?\"", executable] + arguments,
                             input: nil, in: nil, environment: [:], waitingForExit: false)
        var lines = result.output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        while lines.last == "" { lines.removeLast() }
        guard let last = lines.last, last.hasPrefix("exit-status="), let status = Int32(last.dropFirst("exit-status=".count)) else {
            result.status = -1
            return result
        }
        lines.removeLast()
        result.status = status
        result.output = lines.joined(separator: "\n") + "\n"
        return result
    }
}
