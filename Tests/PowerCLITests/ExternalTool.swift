import Foundation

/// Runs a system tool (openssl, tar) on a file a cmdlet wrote, to read it back with something other than
/// vtash. A missing tool is a failure with its reason, never a skipped check (`Scripts/setup-system` installs openssl).
struct ExternalTool {
    struct Missing: Error, CustomStringConvertible {
        let tool: String
        var description: String { "\(tool) is not installed: the artifact cannot be read back (run Scripts/setup-system)" }
    }

    let path: String

    init(_ name: String) throws {
        guard let found = ["/usr/bin/", "/bin/", "/usr/local/bin/"].map({ $0 + name }).first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            throw Missing(tool: name)
        }
        path = found
    }

    /// Standard output and the exit status.
    func run(_ arguments: [String]) throws -> (output: String, status: Int32) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = Pipe()
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (String(decoding: data, as: UTF8.self), process.terminationStatus)
    }
}
