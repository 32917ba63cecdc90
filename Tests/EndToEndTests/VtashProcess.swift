import Foundation

/// Runs the built `vtash` as a separate process with piped stdin/stdout/stderr.
struct VtashProcess {
    struct Result {
        var status: Int32
        var output: String
        var errors: String
        var outputLines: [String] { output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }
    }

    /// `.build/<config>/vtash`, found by walking up from the test bundle.
    static let executable: URL = {
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<6 {
            let candidate = directory.appendingPathComponent("vtash")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory.deleteLastPathComponent()
        }
        return URL(fileURLWithPath: ".build/debug/vtash")
    }()

    /// Runs `vtash ARGS` in `directory` with `input` on stdin.
    static func run(_ arguments: [String], input: String = "", in directory: URL? = nil, environment: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        env["TZ"] = "UTC"
        // Each run starts on its own fresh default lab unless the test names a data folder or a lab.
        env["XDG_DATA_HOME"] = FileManager.default.temporaryDirectory.appendingPathComponent("vtash-e2e-data-\(UUID().uuidString)").path
        env.merge(environment) { $1 }
        process.environment = env
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let errorReader = ReadBox()
        let errorHandle = stderr.fileHandleForReading
        let thread = Thread { errorReader.set(errorHandle.readDataToEndOfFile()) }
        thread.start()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        while !thread.isFinished { usleep(1000) }
        return Result(status: process.terminationStatus, output: String(decoding: output, as: UTF8.self),
                      errors: String(decoding: errorReader.get(), as: UTF8.self))
    }

    /// Writes `script` into a fresh temporary directory and runs it with `-File` there.
    static func runScript(_ script: String, files: [String: String] = [:]) throws -> (Result, URL) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("vtash-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for (name, text) in files { try Data(text.utf8).write(to: directory.appendingPathComponent(name)) }
        let path = directory.appendingPathComponent("script.ps1")
        try Data(script.utf8).write(to: path)
        return (try run(["-File", path.path], in: directory), directory)
    }
}

final class ReadBox: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()
    func set(_ value: Data) { lock.lock(); data = value; lock.unlock() }
    func get() -> Data { lock.lock(); defer { lock.unlock() }; return data }
}
