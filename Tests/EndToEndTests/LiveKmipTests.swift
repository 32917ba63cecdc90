import Foundation
import Testing
import TestSupport

/// The documented procedure against a real key server: the built `vtash` and a PyKMIP server on 127.0.0.1
/// (Scripts/kmip-test-server, a free port), named in the lab with `New-LabKeyServer -Live`. Walks the three
/// trust routes and checks every intermediate `$kp.Status`, then a server certificate that changed after it
/// was trusted, and a server that is down. Never skipped: without PyKMIP (the pinned one in .venv, made by
/// Scripts/setup-pykmip) the test fails and says why.
///
/// PyKMIP trusts only the certificates in its `ca_path`, so "upload the client certificate to the KMS" is done
/// by appending the exported certificate to the server's CA bundle and restarting the server.
@Suite(.serialized)
struct LiveKmipTests {
    @Test func theThreeTrustRoutesAChangedServerCertificateAndADownServer() throws {
        let server = try PyKMIPServer.start()
        defer { server.remove() }
        var keys = KeyCounter()
        try uploadRoute(server, keys: &keys)
        try kmsIssuedRoute(server, keys: &keys)
        try csrRouteThenChangedCertificateThenDownServer(server, keys: &keys)
    }

    /// Self-signed client certificate (New-TrustAuthorityKeyProviderClientCertificate), uploaded to the KMS.
    private func uploadRoute(_ server: PyKMIPServer, keys: inout KeyCounter) throws {
        let session = try LiveVtashSession.start(server: server, primaryKeyId: keys.next, name: "clkp-upload")
        defer { session.close() }

        var status = try session.status()
        #expect(status.health == "Error" && status.flags == ["False", "False"], "upload, nothing trusted: \(status)")
        #expect(status.details.contains("has no client certificate"))
        #expect(status.details.contains("does not trust the certificate of key server 127.0.0.1"))

        // The lab does not administer a live server.
        let refused = try session.run("New-LabKeyServerKey -KeyServer 127.0.0.1")
        #expect(refused.errors.contains("is live"), "\(refused)")
        let listed = try session.run("Get-LabKeyServer -Address 127.0.0.1 | ForEach-Object { 'Mode=' + $_.Mode + ':' + $_.Port }")
        #expect(listed.lines.contains("Mode=Live:\(server.port)"), "\(listed)")

        _ = try session.run("""
        New-TrustAuthorityKeyProviderClientCertificate -KeyProvider $kp | Out-Null
        Export-TrustAuthorityKeyProviderClientCertificate -KeyProvider $kp -FilePath clientcert.pem
        """)
        try server.trustClientCertificate(at: session.directory.appendingPathComponent("clientcert.pem"))
        // The server would accept the client certificate, but the provider does not trust the server: the
        // certificate is not sent, so the server's trust of it is unknown (False, and a detail saying so).
        var log = try server.logMark()
        status = try session.status()
        #expect(status.health == "Error" && status.flags == ["False", "False"], "upload, only client trusted: \(status)")
        #expect(status.details.contains("Add-TrustAuthorityKeyProviderServerCertificate"))
        #expect(status.details.contains("Whether key server 127.0.0.1 trusts the client certificate of the key provider is unknown"), "\(status)")
        try expectNoClientCertificateReached(server, since: log, "upload, only client trusted")
        // Reading the server's certificate (before trusting it) shows it nothing of the client either.
        log = try server.logMark()
        _ = try session.run("Get-TrustAuthorityKeyProviderServerCertificate -KeyProviderServer $kp.KeyProviderServers | Out-Null")
        try expectNoClientCertificateReached(server, since: log, "server certificate read")

        try session.trustServerCertificate(expectedThumbprint: server.serverThumbprint())
        status = try session.status()
        #expect(status.health == "Error" && status.flags == ["True", "True"], "upload, both trusted: \(status)")
        #expect(status.details.contains("The primary key '\(keys.current)' was not found on key server 127.0.0.1."))

        try server.createActiveKey(expected: keys.current)
        let sessionsBefore = try server.sessionCount()
        status = try session.status()
        #expect(status.health == "Ok" && status.flags == ["True", "True"] && status.details.isEmpty, "upload, key present: \(status)")
        // The provider trusts the server's own (leaf) certificate: one TLS connection decides everything.
        #expect(try server.sessionCount() - sessionsBefore == 1, "TLS sessions for one status check with a pinned leaf")
    }

    /// Certificate and key issued by the KMS's CA (openssl), uploaded with its key.
    private func kmsIssuedRoute(_ server: PyKMIPServer, keys: inout KeyCounter) throws {
        let session = try LiveVtashSession.start(server: server, primaryKeyId: keys.next, name: "clkp-kms")
        defer { session.close() }

        var status = try session.status()
        #expect(status.health == "Error" && status.flags == ["False", "False"], "kms-issued, nothing trusted: \(status)")

        try session.trustServerCertificate(expectedThumbprint: server.serverThumbprint())
        status = try session.status()
        #expect(status.health == "Error" && status.flags == ["True", "False"], "kms-issued, only server trusted: \(status)")

        try server.issueClientCertificate(commonName: "clkp-kms", certificate: session.path("kms.pem"), key: session.path("kms.key"))
        let upload = try session.run("Set-TrustAuthorityKeyProviderClientCertificate -KeyProvider $kp -CertificateFilePath kms.pem -PrivateKeyFilePath kms.key")
        #expect(upload.errors.isEmpty, "\(upload)")
        status = try session.status()
        #expect(status.health == "Error" && status.flags == ["True", "True"], "kms-issued, key missing: \(status)")
        #expect(status.details.contains("was not found on key server 127.0.0.1"))

        try server.createKey(expected: keys.current)
        status = try session.status()
        #expect(status.health == "Warning" && status.details.contains("The primary key '\(keys.current)' on key server 127.0.0.1 is not active."),
                "kms-issued, key pre-active: \(status)")

        try server.activate(keys.current)
        status = try session.status()
        #expect(status.health == "Ok" && status.flags == ["True", "True"], "kms-issued, key active: \(status)")
    }

    /// A CSR (New-TrustAuthorityKeyProviderClientCertificateCSR) signed by the KMS's CA (openssl); then the
    /// server certificate is reissued by the same CA, and finally the server stops.
    private func csrRouteThenChangedCertificateThenDownServer(_ server: PyKMIPServer, keys: inout KeyCounter) throws {
        let session = try LiveVtashSession.start(server: server, primaryKeyId: keys.next, name: "clkp-csr")
        defer { session.close() }

        try session.trustServerCertificate(expectedThumbprint: server.serverThumbprint())
        var status = try session.status()
        #expect(status.health == "Error" && status.flags == ["True", "False"], "csr, only server trusted: \(status)")

        _ = try session.run("""
        New-TrustAuthorityKeyProviderClientCertificateCSR -KeyProvider $kp | Out-Null
        Get-TrustAuthorityKeyProviderClientCertificateCSR -KeyProvider $kp | Set-Content clkp.csr
        """)
        try server.sign(request: session.path("clkp.csr"), into: session.path("signed.pem"))
        let upload = try session.run("Set-TrustAuthorityKeyProviderClientCertificate -KeyProvider $kp -CertificateFilePath signed.pem")
        #expect(upload.errors.isEmpty, "\(upload)")
        status = try session.status()
        #expect(status.health == "Error" && status.flags == ["True", "True"], "csr, key missing: \(status)")

        try server.createActiveKey(expected: keys.current)
        status = try session.status()
        #expect(status.health == "Ok", "csr, key present: \(status)")

        let trustedThumbprint = try server.serverThumbprint()
        try server.reissueServerCertificate()
        #expect(try server.serverThumbprint() != trustedThumbprint)
        let log = try server.logMark()
        status = try session.status()
        #expect(status.health == "Error" && status.flags == ["False", "False"], "csr, server certificate changed: \(status)")
        #expect(status.details.contains("trusts the client certificate of the key provider is unknown"), "\(status)")
        try expectNoClientCertificateReached(server, since: log, "csr, server certificate changed")
        #expect(status.details.contains("is not the trusted one"), "\(status)")
        #expect(status.details.contains("changed after it was trusted"), "\(status)")
        let shown = try session.run("(Get-TrustAuthorityKeyProviderServerCertificate -KeyProviderServer $kp.KeyProviderServers) | ForEach-Object { 'Shown=' + $_.Certificate.Thumbprint + '|' + $_.Trusted }")
        #expect(shown.lines.contains("Shown=\(try server.serverThumbprint())|False"), "\(shown)")

        server.stop()
        status = try session.status()
        #expect(status.health == "Error" && status.flags == ["False", "False"], "csr, server down: \(status)")
        #expect(status.details.contains("Cannot connect to the key server 127.0.0.1:\(server.port)"), "\(status)")
    }
}

/// PyKMIP's log after `mark` shows one TLS session, ended by a failed handshake, and no KMIP request
/// authenticated by a client certificate ("Session client identity:" is logged for each request whose
/// certificate the server read; kmip/services/server/session.py). A client that sent its certificate to the
/// server would have completed the handshake (the server trusts it) and be named there.
private func expectNoClientCertificateReached(_ server: PyKMIPServer, since mark: Int, _ step: String,
                                              sourceLocation: SourceLocation = #_sourceLocation) throws {
    let log = try server.log(since: mark)
    #expect(log.components(separatedBy: "Starting session:").count - 1 == 1, "\(step): sessions in \(log)", sourceLocation: sourceLocation)
    #expect(log.contains("Failure running TLS handshake"), "\(step): \(log)", sourceLocation: sourceLocation)
    #expect(!log.contains("Session client identity:"), "\(step): the server read the client certificate: \(log)", sourceLocation: sourceLocation)
}

/// The ids PyKMIP hands out: "1", "2", ... in creation order, never reused, and only this suite creates keys.
private struct KeyCounter {
    private var last = 0

    /// The id the next key created on the server will get.
    var next: String {
        mutating get {
            last += 1
            return String(last)
        }
    }

    var current: String { String(last) }
}

/// One `$kp.Status` as the suite prints it.
private struct LiveStatus: CustomStringConvertible {
    var health: String
    /// ClientTrustServer, ServerTrustClient.
    var flags: [String]
    var details: String

    var description: String { "Health=\(health) Client/ServerTrust=\(flags) Details=\(details)" }
}


/// `vtash` reading statements from a pipe, one exchange at a time, so the test can act as the KMS administrator
/// between the steps of one session (the lab lives in that process).
private final class LiveVtashSession {
    let directory: URL
    private let vtash: RunningVtash
    private var output: StreamCollector { vtash.output }
    private var errors: StreamCollector { vtash.errors }
    private var exchange = 0

    struct Exchange: CustomStringConvertible {
        var lines: [String]
        var errors: String
        var description: String { "output: \(lines.joined(separator: "\\n")) errors: \(errors)" }
    }

    private init(directory: URL, vtash: RunningVtash) {
        self.directory = directory
        self.vtash = vtash
    }

    /// Starts vtash, connects, names the server as live and creates the key provider `name` on it.
    static func start(server: PyKMIPServer, primaryKeyId: String, name: String) throws -> LiveVtashSession {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("vtash-live-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let session = LiveVtashSession(directory: directory,
                                       vtash: try RunningVtash(in: directory, environment: ["XDG_DATA_HOME": directory.path]))
        let setup = try session.run("""
        Connect-VIServer -server 192.168.210.22 -User trustedadmin@vsphere.local -Password 'VMware1!' | Out-Null
        $vTA = Get-TrustAuthorityCluster 'vTA Cluster'
        New-LabKeyServer -Address 127.0.0.1 -Port \(server.port) -Live | Out-Null
        New-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA -PrimaryKeyId \(primaryKeyId) -Name \(name) -KmipServerAddress 127.0.0.1 -KmipServerPort \(server.port) -ConnectionTimeOutSeconds 5 | Out-Null
        $kp = Get-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA
        """)
        guard setup.errors.isEmpty else { throw LiveKmipError(description: "setup failed: \(setup)") }
        return session
    }

    func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    /// Sends statements, then a marker, and returns what they printed once the marker arrives.
    func run(_ statements: String, timeout: TimeInterval = 30) throws -> Exchange {
        exchange += 1
        let marker = "@@exchange-\(exchange)"
        let outputStart = output.count, errorStart = errors.count
        // A marker on each stream: stdout and stderr are separate pipes, so the statements' errors are only
        // known to be read once an error written after them has arrived.
        let errorMarker = "Write-Error '\(marker)'"
        vtash.send(statements + "\n'\(marker)'\n\(errorMarker)\n")
        guard output.waitFor(line: marker, after: outputStart, timeout: timeout),
              errors.waitFor(text: errorMarker, after: errorStart, timeout: timeout) else {
            throw LiveKmipError(description: "vtash did not finish within \(timeout) s: \(statements) \(errors.text(from: errorStart))")
        }
        let text = output.text(from: outputStart)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).filter { $0 != marker }
        let errorText = errors.text(from: errorStart)
        let ownErrors = errorText.range(of: errorMarker).map { String(errorText[..<$0.lowerBound]) } ?? errorText
        return Exchange(lines: lines, errors: ownErrors)
    }

    /// Reads `$kp` again and prints its status (objects are snapshots, as in PowerCLI).
    func status() throws -> LiveStatus {
        let result = try run("""
        $kp = Get-TrustAuthorityKeyProvider -TrustAuthorityCluster $vTA
        'Health=' + $kp.Status.Health
        foreach ($s in $kp.Status.ServerStatus) { 'Server=' + $s.ClientTrustServer + '|' + $s.ServerTrustClient + '|' + ($s.HealthDetails -join ' ') }
        """)
        let health = result.lines.first { $0.hasPrefix("Health=") }.map { String($0.dropFirst(7)) } ?? "<missing: \(result)>"
        let server = result.lines.first { $0.hasPrefix("Server=") }.map { $0.dropFirst(7).split(separator: "|", maxSplits: 2, omittingEmptySubsequences: false).map(String.init) } ?? []
        return LiveStatus(health: health, flags: Array(server.prefix(2)), details: server.count > 2 ? server[2] : "")
    }

    /// Get-TrustAuthorityKeyProviderServerCertificate shows the live server's real certificate, untrusted; then trust it.
    func trustServerCertificate(expectedThumbprint: String) throws {
        let shown = try run("""
        $cert = Get-TrustAuthorityKeyProviderServerCertificate -KeyProviderServer $kp.KeyProviderServers
        'Shown=' + $cert.Certificate.Thumbprint + '|' + $cert.Trusted + '|' + $cert.Certificate.Subject
        Add-TrustAuthorityKeyProviderServerCertificate -ServerCertificate $cert | Out-Null
        """)
        #expect(shown.lines.contains("Shown=\(expectedThumbprint)|False|CN=127.0.0.1"), "\(shown)")
        #expect(shown.errors.isEmpty, "\(shown)")
    }

    func close() {
        vtash.finish(grace: 5)
        try? FileManager.default.removeItem(at: directory)
    }
}

private struct LiveKmipError: Error, CustomStringConvertible {
    let description: String
}
