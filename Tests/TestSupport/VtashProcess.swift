import Foundation

/// The built `vtash` run as a separate process, each run on its own fresh default lab unless the test names
/// a data folder or a lab.
package enum VtashProcess {
    package typealias Result = ChildProcess.Result

    /// `.build/<config>/vtash`, found by walking up from the test bundle.
    package static let executable: URL = {
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<6 {
            let candidate = directory.appendingPathComponent("vtash")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory.deleteLastPathComponent()
        }
        return repository.appendingPathComponent(".build/debug/vtash")
    }()

    /// The repository's root (where `docs/` lives).
    package static var repository: URL { ChildProcess.repository }

    /// Runs `vtash ARGS` in `directory` with `input` on stdin. No colour, UTC, no password from the
    /// environment, and a fresh data folder, unless `environment` says otherwise.
    package static func run(_ arguments: [String], input: String = "", in directory: URL? = nil,
                            environment: [String: String] = [:]) throws -> Result {
        var variables: [String: String?] = [
            "NO_COLOR": "1", "TZ": "UTC", "VTASH_PASSWORD": nil,
            "XDG_DATA_HOME": FileManager.default.temporaryDirectory.appendingPathComponent("vtash-e2e-data-\(UUID().uuidString)").path,
        ]
        for (name, value) in environment { variables[name] = value }
        return try ChildProcess.run(executable, arguments, input: input, in: directory, environment: variables)
    }

    /// Writes `script` into a fresh temporary directory and runs it with `-File` there.
    package static func runScript(_ script: String, files: [String: String] = [:]) throws -> (Result, URL) {
        let directory = try temporaryDirectory()
        for (name, text) in files { try Data(text.utf8).write(to: directory.appendingPathComponent(name)) }
        let path = directory.appendingPathComponent("script.ps1")
        try Data(script.utf8).write(to: path)
        return (try run(["-File", path.path], in: directory), directory)
    }

    /// A fresh temporary directory.
    package static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("vtash-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
