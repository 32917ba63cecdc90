import Foundation

/// `vtash` started as a process that reads statements from a pipe while the test watches what it prints:
/// sessions that span several steps, or a process killed at a chosen point.
package final class RunningVtash: @unchecked Sendable {
    package let process = Process()
    package let output: StreamCollector
    package let errors: StreamCollector
    private let input: FileHandle

    /// Starts `vtash ARGS` in `directory`; no colour, UTC, and `environment` over the test's own.
    package init(_ arguments: [String] = [], in directory: URL, environment: [String: String] = [:]) throws {
        process.executableURL = VtashProcess.executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var merged = ProcessInfo.processInfo.environment
        merged["NO_COLOR"] = "1"
        merged["TZ"] = "UTC"
        merged["VTASH_PASSWORD"] = nil
        merged.merge(environment) { $1 }
        process.environment = merged
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        input = stdin.fileHandleForWriting
        output = StreamCollector(stdout.fileHandleForReading)
        errors = StreamCollector(stderr.fileHandleForReading)
    }

    /// Sends `text` to vtash's standard input. A process already gone is not an error here: what it printed
    /// before is what the test looks at.
    package func send(_ text: String) {
        signal(SIGPIPE, SIG_IGN)
        try? input.write(contentsOf: Data(text.utf8))
    }

    package func kill(_ number: Int32 = SIGKILL) {
        Glibc.kill(process.processIdentifier, number)
    }

    /// Closes standard input and waits for vtash to exit (it ends at the end of its input); with `grace`, a
    /// vtash still running after that many seconds is terminated. Its exit status.
    @discardableResult
    package func finish(grace: TimeInterval? = nil) -> Int32 {
        try? input.close()
        if let grace {
            let deadline = Date().addingTimeInterval(grace)
            while process.isRunning && Date() < deadline { usleep(10_000) }
            if process.isRunning { process.terminate() }
        }
        process.waitUntilExit()
        output.waitForEnd(timeout: 30)
        errors.waitForEnd(timeout: 30)
        return process.terminationStatus
    }
}
