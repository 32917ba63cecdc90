import Foundation
import TestSupport

/// Runs `/usr/bin/openssl` on files in a private temporary directory, to cross-check our
/// certificates and keys against an independent implementation.
struct OpenSSLTool {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    struct Result {
        var status: Int32
        var output: String
    }

    let directory: URL

    init() throws {
        directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("vtash-certs-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String {
        directory.appendingPathComponent(name).path
    }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path(name)))
        return path(name)
    }

    func write(_ name: String, bytes: [UInt8]) throws {
        try Data(bytes).write(to: URL(fileURLWithPath: path(name)))
    }

    func read(_ name: String) throws -> String {
        String(decoding: try Data(contentsOf: URL(fileURLWithPath: path(name))), as: UTF8.self)
    }

    /// Runs openssl with `arguments` in the directory; standard output, then standard error.
    func run(_ arguments: [String]) throws -> Result {
        let result = try ExternalTool("openssl").run(arguments, in: directory)
        return Result(status: result.status, output: result.output + result.errors)
    }

    /// Runs openssl and returns its output, failing the test when it exits non-zero.
    func succeed(_ arguments: [String]) throws -> String {
        let result = try run(arguments)
        guard result.status == 0 else {
            throw Failure(description: "openssl \(arguments.joined(separator: " ")) exited \(result.status): \(result.output)")
        }
        return result.output
    }

    /// The value after `prefix=` on the line that starts with it (`serial=`, `notBefore=` …).
    static func field(_ prefix: String, in output: String) -> String? {
        output.split(separator: "\n").first { $0.hasPrefix(prefix + "=") }
            .map { String($0.dropFirst(prefix.count + 1)).trimmingCharacters(in: .whitespaces) }
    }

    /// Parses openssl's `Aug 10 23:16:12 2015 GMT`.
    static func date(_ text: String) -> Date? {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "MMM d HH:mm:ss yyyy zzz"
        let collapsed = text.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
        return formatter.date(from: collapsed)
    }

    /// `openssl x509 -fingerprint -sha1` without colons: what .NET calls the thumbprint.
    func thumbprint(ofCertificateFile name: String) throws -> String? {
        let output = try succeed(["x509", "-in", name, "-noout", "-fingerprint", "-sha1"])
        let line = output.split(separator: "\n").first { $0.lowercased().hasPrefix("sha1 fingerprint=") }
        return line.map { String($0.dropFirst("sha1 fingerprint=".count)).replacingOccurrences(of: ":", with: "") }
    }

    func remove() {
        try? FileManager.default.removeItem(at: directory)
    }
}
