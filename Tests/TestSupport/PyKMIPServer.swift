import Foundation

/// A real PyKMIP server on 127.0.0.1 (a free port), started by `Scripts/kmip-test-server` in a temporary
/// directory with its PKI, for the live KMIP tests of every target. Never skipped: when the pinned PyKMIP
/// cannot be made ready, starting fails and says why.
///
/// PyKMIP trusts only the certificates in its `ca_path`, so "the KMS administrator uploads a client
/// certificate" appends it to the server's CA bundle and restarts the server.
package final class PyKMIPServer: Sendable {
    package struct Failure: Error, CustomStringConvertible {
        package let description: String
    }

    package let directory: URL
    package let port: Int
    /// What the script printed when it started (`port=`, and the paths of the PKI's PEM files).
    package let values: [String: String]

    package static let script = ChildProcess.repository.appendingPathComponent("Scripts/kmip-test-server")
    package static let python = ChildProcess.repository.appendingPathComponent(".venv/bin/python")

    /// Makes sure the pinned PyKMIP is ready (the script's `install`: Scripts/setup-pykmip, checked in full and
    /// rebuilt when stale, under one lock for every caller), once per test process.
    package static let preparation: Result<Void, Failure> = {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("vtash-kmip-install-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        do {
            let result = try ChildProcess.runReportingStatus(script.path, [scratch.path, "install"])
            guard result.status == 0 else {
                return .failure(Failure(description:
                    "PyKMIP is not available, so the live KMIP tests cannot run (run Scripts/setup-system): \(result.errors)"))
            }
            return .success(())
        } catch {
            return .failure(Failure(description: "cannot run \(script.path): \(error)"))
        }
    }()

    private init(directory: URL, port: Int, values: [String: String]) {
        self.directory = directory
        self.port = port
        self.values = values
    }

    package static func start() throws -> PyKMIPServer {
        try preparation.get()
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("vtash-kmip-\(UUID().uuidString)")
        let result = try ChildProcess.runReportingStatus(script.path, [directory.path])
        var values: [String: String] = [:]
        for line in result.output.split(separator: "\n") {
            let parts = line.split(separator: "=", maxSplits: 1)
            if parts.count == 2 { values[String(parts[0])] = String(parts[1]) }
        }
        guard result.status == 0, let port = values["port"].flatMap(Int.init) else {
            throw Failure(description: "kmip-test-server exited \(result.status): \(result.output) \(result.errors)")
        }
        return PyKMIPServer(directory: directory, port: port, values: values)
    }

    /// The text of a PEM file the script named at start (`ca_certificate`, `client_key`, ...).
    package func pem(_ key: String) throws -> String {
        guard let path = values[key] else { throw Failure(description: "the script printed no \(key)") }
        return try String(contentsOfFile: path, encoding: .utf8)
    }

    /// A file of the server's PKI folder (`ca.crt`, `server.crt`, `client.key`, ...).
    package func pki(_ name: String) -> String { directory.appendingPathComponent("pki/\(name)").path }

    package func stop() {
        _ = try? ChildProcess.runReportingStatus(Self.script.path, [directory.path, "stop"])
    }

    /// Stops the server and deletes its folder.
    package func remove() {
        stop()
        try? FileManager.default.removeItem(at: directory)
    }

    /// Starts the server again on the same port, with what its folder holds now.
    package func restart() throws {
        stop()
        let result = try ChildProcess.runReportingStatus(Self.script.path, [directory.path, String(port)])
        guard result.status == 0 else { throw Failure(description: "restart failed: \(result.output) \(result.errors)") }
    }

    /// Creates an AES-256 key with the "shared" policy (Pre-Active, as PyKMIP creates it); returns its id.
    package func createKey(named name: String) throws -> String {
        let result = try ChildProcess.runReportingStatus(Self.script.path, [directory.path, "create-key", name])
        guard result.status == 0 else { throw Failure(description: "create-key failed: \(result.output)\(result.errors)") }
        return result.output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Creates a key and checks the id the server gave it.
    package func createKey(expected: String) throws {
        let id = try createKey(named: "primary-\(expected)")
        guard id == expected else { throw Failure(description: "create-key gave '\(id)', expected '\(expected)'") }
    }

    package func createActiveKey(expected: String) throws {
        try createKey(expected: expected)
        try activate(expected)
    }

    /// Activates a key with PyKMIP's own client, as its owner (the script's client certificate).
    package func activate(_ id: String) throws {
        let program = """
        import sys, warnings
        warnings.filterwarnings("ignore")
        from kmip.pie.client import ProxyKmipClient
        port, pki, uid = int(sys.argv[1]), sys.argv[2], sys.argv[3]
        client = ProxyKmipClient(hostname="127.0.0.1", port=port, cert=pki + "/client.crt", key=pki + "/client.key",
                                 ca=pki + "/ca.crt", config_file="/dev/null")
        with client:
            client.activate(uid)
        """
        let result = try ChildProcess.run(Self.python, ["-c", program, String(port), directory.appendingPathComponent("pki").path, id])
        guard result.status == 0 else { throw Failure(description: "activate \(id) failed: \(result.errors)") }
    }

    /// The length of the server's log so far, to read only what a step adds.
    package func logMark() throws -> Int {
        try Data(contentsOf: directory.appendingPathComponent("server.log")).count
    }

    /// What the server logged after `mark`, once the sessions opened since have ended (PyKMIP logs
    /// "Stopping session" when it closes a connection, after the handshake or the requests).
    package func log(since mark: Int) throws -> String {
        var text = ""
        for _ in 0..<200 {
            let data = try Data(contentsOf: directory.appendingPathComponent("server.log"))
            text = String(decoding: data.dropFirst(mark), as: UTF8.self)
            let started = text.components(separatedBy: "Starting session:").count
            if started > 1, text.components(separatedBy: "Stopping session:").count == started { return text }
            usleep(50_000)
        }
        return text
    }

    /// The TLS sessions the server has started so far (PyKMIP logs one line per accepted connection).
    package func sessionCount() throws -> Int {
        let log = try String(contentsOf: directory.appendingPathComponent("server.log"), encoding: .utf8)
        return log.components(separatedBy: "Starting session:").count - 1
    }

    /// The KMS administrator uploads a client certificate: PyKMIP trusts what its CA bundle holds.
    package func trustClientCertificate(at file: URL) throws {
        let bundle = URL(fileURLWithPath: pki("ca.crt"))
        let handle = try FileHandle(forWritingTo: bundle)
        defer { try? handle.close() }
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(("\n" + String(contentsOf: file, encoding: .utf8)).utf8))
        try restart()
    }

    /// The server certificate's SHA-1 thumbprint, as .NET shows it (upper-case hex, no colons).
    package func serverThumbprint() throws -> String {
        let output = try openssl(["x509", "-noout", "-fingerprint", "-sha1", "-in", pki("server.crt")])
        guard let equals = output.firstIndex(of: "=") else { throw Failure(description: "no fingerprint: \(output)") }
        return output[output.index(after: equals)...].trimmingCharacters(in: .whitespacesAndNewlines)
            .replacingOccurrences(of: ":", with: "").uppercased()
    }

    /// The KMS's CA issues a client certificate and key (EKU clientAuth, which PyKMIP requires).
    package func issueClientCertificate(commonName: String, certificate: String, key: String) throws {
        let request = certificate + ".csr"
        try openssl(["req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=\(commonName)", "-keyout", key, "-out", request])
        try sign(request: request, into: certificate)
    }

    /// The KMS's CA signs a CSR as a client certificate.
    package func sign(request: String, into certificate: String) throws {
        let extensions = directory.appendingPathComponent("client.ext").path
        try Data("basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature,keyEncipherment\nextendedKeyUsage=clientAuth\n".utf8)
            .write(to: URL(fileURLWithPath: extensions))
        try openssl(["x509", "-req", "-in", request, "-CA", pki("ca.crt"), "-CAkey", pki("ca.key"), "-CAcreateserial", "-sha256",
                     "-days", "30", "-extfile", extensions, "-out", certificate])
    }

    /// A new server certificate from the same CA (new key, same subject and SAN), then a restart.
    package func reissueServerCertificate() throws {
        let extensions = directory.appendingPathComponent("server.ext").path
        try Data("basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\nsubjectAltName=IP:127.0.0.1\n".utf8)
            .write(to: URL(fileURLWithPath: extensions))
        try openssl(["req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-subj", "/CN=127.0.0.1",
                     "-keyout", pki("server.key"), "-out", pki("server.csr")])
        // Sign with the CA certificate alone: the bundle may also hold uploaded client certificates.
        let caOnly = pki("ca-only.crt")
        let bundle = try String(contentsOfFile: pki("ca.crt"), encoding: .utf8)
        guard let end = bundle.range(of: "-----END CERTIFICATE-----") else { throw Failure(description: "no CA certificate") }
        try Data((bundle[..<end.upperBound] + "\n").utf8).write(to: URL(fileURLWithPath: caOnly))
        try openssl(["x509", "-req", "-in", pki("server.csr"), "-CA", caOnly, "-CAkey", pki("ca.key"), "-CAcreateserial", "-sha256",
                     "-days", "30", "-extfile", extensions, "-out", pki("server.crt")])
        try restart()
    }

    @discardableResult
    private func openssl(_ arguments: [String]) throws -> String {
        let result = try ExternalTool("openssl").run(arguments)
        guard result.status == 0 else { throw Failure(description: "openssl \(arguments.joined(separator: " ")): \(result.errors)") }
        return result.output
    }
}
