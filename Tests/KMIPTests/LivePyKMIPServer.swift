import Foundation
import Testing

/// A PyKMIP server started through Scripts/kmip-test-server for the live tests, with its PKI as PEM text.
struct LivePyKMIPServer: Sendable {
    let directory: URL
    let port: Int
    let values: [String: String]

    @TaskLocal static var current: LivePyKMIPServer?

    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let script = repository.appendingPathComponent("Scripts/kmip-test-server")
    /// Makes sure the pinned PyKMIP is ready (Scripts/setup-pykmip through the script's `install`: checked in
    /// full, rebuilt when stale) once per test process. A missing PyKMIP fails the suite with the reason; the
    /// live tests are never skipped.
    static let preparation: Result<Void, LiveServerError> = {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("vtash-kmip-install-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        do {
            let result = try run([scratch.path, "install"])
            guard result.status == 0 else {
                return .failure(LiveServerError(description:
                    "PyKMIP is not available, so the live KMIP tests cannot run (run Scripts/setup-system): \(result.errors)"))
            }
            return .success(())
        } catch {
            return .failure(LiveServerError(description: "cannot run \(script.path): \(error)"))
        }
    }()

    func pem(_ key: String) throws -> String {
        let path = try #require(values[key], "the script printed no \(key)")
        return try String(contentsOfFile: path, encoding: .utf8)
    }

    static func start() throws -> LivePyKMIPServer {
        try preparation.get()
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("vtash-kmip-\(UUID().uuidString)")
        let result = try run([directory.path])
        guard result.status == 0 else {
            throw LiveServerError(description: "kmip-test-server exited \(result.status): \(result.output)\(result.errors)")
        }
        var values: [String: String] = [:]
        for line in result.output.split(separator: "\n") {
            let parts = line.split(separator: "=", maxSplits: 1)
            if parts.count == 2 { values[String(parts[0])] = String(parts[1]) }
        }
        guard let port = values["port"].flatMap(Int.init) else {
            throw LiveServerError(description: "no port in: \(result.output)")
        }
        return LivePyKMIPServer(directory: directory, port: port, values: values)
    }

    func createKey(named name: String) throws -> String {
        let result = try Self.run([directory.path, "create-key", name])
        guard result.status == 0 else { throw LiveServerError(description: "create-key failed: \(result.output)\(result.errors)") }
        return result.output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func stop() {
        _ = try? Self.run([directory.path, "stop"])
        try? FileManager.default.removeItem(at: directory)
    }

    /// Runs the script and returns its exit status, standard output and standard error. The status comes from
    /// a trailing line the shell prints, because Foundation's waitUntilExit can miss the exit on Linux.
    @discardableResult
    static func run(_ arguments: [String]) throws -> (status: Int32, output: String, errors: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", "\"$0\" \"$@\"; echo \"exit-status=$?\"", script.path] + arguments
        let pipe = Pipe()
        let errorFile = FileManager.default.temporaryDirectory.appendingPathComponent("vtash-kmip-stderr-\(UUID().uuidString)")
        guard FileManager.default.createFile(atPath: errorFile.path, contents: nil) else {
            throw LiveServerError(description: "cannot create \(errorFile.path)")
        }
        defer { try? FileManager.default.removeItem(at: errorFile) }
        let errorHandle = try FileHandle(forWritingTo: errorFile)
        process.standardOutput = pipe
        process.standardError = errorHandle
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        try errorHandle.close()
        let errors = (try? String(contentsOf: errorFile, encoding: .utf8)) ?? ""
        var lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        while lines.last == "" { lines.removeLast() }
        guard let last = lines.last, last.hasPrefix("exit-status="), let status = Int32(last.dropFirst("exit-status=".count)) else {
            return (-1, lines.joined(separator: "\n"), errors)
        }
        lines.removeLast()
        return (status, lines.joined(separator: "\n") + "\n", errors)
    }
}

struct LiveServerError: Error, CustomStringConvertible {
    let description: String
}

/// Starts one PyKMIP server for the whole suite and stops it afterwards.
struct LivePyKMIPServerTrait: SuiteTrait, TestScoping {
    var isRecursive: Bool { false }

    func provideScope(
        for test: Test, testCase: Test.Case?, performing function: @Sendable () async throws -> Void
    ) async throws {
        let server = try LivePyKMIPServer.start()
        defer { server.stop() }
        try await LivePyKMIPServer.$current.withValue(server) {
            try await function()
        }
    }
}

extension Trait where Self == LivePyKMIPServerTrait {
    static var livePyKMIPServer: LivePyKMIPServerTrait { LivePyKMIPServerTrait() }
}
