import Foundation

/// A system tool (openssl, tar) run on what vtash wrote, to read it back with something other than vtash.
/// A missing tool is a failure with its reason, never a skipped check (`Scripts/setup-system` installs openssl).
package struct ExternalTool {
    package struct Missing: Error, CustomStringConvertible {
        package let tool: String
        package var description: String { "\(tool) is not installed: the artifact cannot be read back (run Scripts/setup-system)" }
    }

    package let path: String

    package init(_ name: String) throws {
        guard let found = ["/usr/bin/", "/bin/", "/usr/local/bin/"].map({ $0 + name }).first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            throw Missing(tool: name)
        }
        path = found
    }

    /// Runs the tool in `directory` (the test's own when nil) and returns its status and both streams.
    package func run(_ arguments: [String], in directory: URL? = nil) throws -> ChildProcess.Result {
        try ChildProcess.run(URL(fileURLWithPath: path), arguments, in: directory)
    }
}
