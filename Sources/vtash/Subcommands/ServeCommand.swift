import ArgumentParser
import Foundation
import VAPIServer

/// `vtash serve`: parses its arguments and hands the lab to the VAPIServer target.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the lab as a vCenter's vSphere Automation API over HTTPS.",
        discussion: """
        JSON-RPC on POST /api, as the vSphere Automation SDK speaks it, and the REST forms under /api, until
        SIGINT or SIGTERM. Without --cert/--key a certificate is made on first start and kept next to the lab
        (PATH-serve/ca.pem is the CA a client trusts).
        """)

    @Option(name: [.customLong("lab"), .customLong("lab", withSingleDash: true)], help: ArgumentHelp("The lab to serve (default: the lab vtash uses without --lab).", valueName: "path"))
    var lab: String?

    @Option(name: .customLong("listen"), help: ArgumentHelp("Where to listen (port 0 picks a free one).", valueName: "host:port"))
    var listen = "127.0.0.1:\(ServeConfiguration.defaultPort)"

    @Option(name: .customLong("cert"), help: "The TLS certificate (PEM, chain after the leaf).")
    var certificate: String?

    @Option(name: .customLong("key"), help: "The TLS certificate's key (PEM).")
    var key: String?

    @Flag(name: [.long, .customShort("v")], help: "A log line per request.")
    var verbose = false

    @Option(name: .customLong("session-idle-timeout"), help: ArgumentHelp("A session ends after this long without a request.", valueName: "seconds"))
    var sessionIdleTimeout: Double = ServeConfiguration.defaultSessionIdleTimeout

    @Option(name: .customLong("vcenter"), help: "The lab vCenter to serve (default: the first with a Trust Authority cluster).")
    var vCenter: String?

    func validate() throws {
        guard (certificate == nil) == (key == nil) else { throw ValidationError("--cert and --key go together") }
        guard Self.endpoint(listen) != nil else {
            throw ValidationError("--listen needs HOST:PORT with a port from 0 to 65535, e.g. 127.0.0.1:8443, not '\(listen)'")
        }
        guard sessionIdleTimeout > 0, sessionIdleTimeout.isFinite else {
            throw ValidationError("--session-idle-timeout needs a number of seconds greater than 0, not '\(sessionIdleTimeout)'")
        }
    }

    func run() throws {
        let code = VAPIServer.runUntilStopped(try configuration())
        if code != 0 { throw ExitCode(code) }
    }

    /// What the server is started with: the arguments checked, paths made absolute.
    func configuration() throws -> ServeConfiguration {
        guard let (host, port) = Self.endpoint(listen) else { throw ValidationError("--listen needs HOST:PORT") }
        guard let path = lab.map(LabLocation.absolute) ?? LabLocation.defaultPath() else {
            throw SubcommandFailure(subcommand: "serve", message: "no lab to serve: give --lab PATH (there is no home folder to keep the default lab in)", exitCode: 64)
        }
        return ServeConfiguration(labPath: path, host: host, port: port, certificatePath: certificate.map(LabLocation.absolute),
                                  keyPath: key.map(LabLocation.absolute), verbose: verbose, sessionIdleTimeout: sessionIdleTimeout, vCenter: vCenter)
    }

    /// `HOST:PORT`, `[IPv6]:PORT`.
    static func endpoint(_ text: String) -> (String, Int)? {
        guard let colon = text.lastIndex(of: ":"), let port = Int(text[text.index(after: colon)...]), (0...65535).contains(port) else { return nil }
        var host = String(text[..<colon])
        if host.hasPrefix("[") && host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        return host.isEmpty ? nil : (host, port)
    }
}
